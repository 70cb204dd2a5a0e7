import { isVerb } from "../../document/pos";
import type { Token } from "../../document/types";
import type { CueMatch } from "../../lexicon/match";
import type { Region } from "./region";
import { BE } from "./stance";

// Cue words used for something other than reporting speech: a time clause's event, a condition,
// a name ("a group called X"), a view ("saw them as"), "declined to comment", or a request not to
// be named.

/** Verbs that name what someone or something is: "X called Y a fraud". */
export const NAMING = new Set(["call", "dub", "brand", "label"]);

const CONDITIONAL = new Set(["unless", "if", "whether", "until"]);

export const TEMPORAL = new Set(["after", "before", "since", "once", "when", "while"]);

/** `after Russia threatened to attack ...`: an event in a time clause, not something reported. */
export function backgrounded(tokens: readonly Token[], r: Region, cue: CueMatch): boolean {
  for (let k = cue.firstToken - 1; k >= r.first && cue.firstToken - k <= 5; k--) {
    if (TEMPORAL.has(tokens[k]!.lower)) return true;
    if (tokens[k]!.text === "," || isVerb(tokens[k])) return false;
  }
  return false;
}

/** `unless Nato promised to ...`: a condition, not a statement. */
export function conditional(tokens: readonly Token[], r: Region, cue: CueMatch): boolean {
  for (let k = cue.firstToken - 1; k >= r.first && cue.firstToken - k <= 4; k--) {
    if (CONDITIONAL.has(tokens[k]!.lower)) return true;
    if (tokens[k]!.text === ",") return false;
  }
  return false;
}

/** `a group called X`, `another called X`, `has been called X`, `so-called`: a name, not a statement. */
export function namesAThing(tokens: readonly Token[], cue: CueMatch): boolean {
  let k = cue.firstToken - 1;
  if (BE.has(tokens[k]?.lower ?? "") || tokens[k]?.lower === "so" || tokens[k]?.text === "-") return true;
  while (k > 0 && /^(NOUN|PROPN|ADJ)$/.test(tokens[k]!.pos)) k--;
  return INDEFINITE.has(tokens[k]?.lower ?? "");
}

const INDEFINITE = new Set(["a", "an", "another", "one"]);

/** "commentators saw them as a pretext": a view, not something said. */
export function seenAs(tokens: readonly Token[], cue: CueMatch): boolean {
  if (!SEEING.has(tokens[cue.firstToken]!.lower)) return false;
  for (let k = cue.endToken; k < cue.endToken + 6 && k < tokens.length; k++) if (tokens[k]!.lower === "as") return true;
  return false;
}

const SEEING = new Set(["see", "sees", "saw", "seen", "seeing"]);

/** `declined to comment (further)`: `to` and a verb with nothing after it report no content. */
export function bareInfinitive(tokens: readonly Token[], cue: CueMatch, last: number): boolean {
  if (tokens[cue.endToken]?.lower !== "to") return false;
  const rest = last - cue.endToken;
  return rest <= 1 || (rest === 2 && /^(ADV|ADJ)$/.test(tokens[last]!.pos));
}

const ANONYMOUS = new Set(["named", "identified", "quoted"]);

/**
 * `asked not to be named`, `requested not to be identified`: a condition of the interview, not a
 * statement; neither the request nor the "named" in it reports anything.
 */
export function asksAnonymity(tokens: readonly Token[], cue: CueMatch): boolean {
  const notToBe = (k: number) => tokens[k]?.lower === "not" && tokens[k + 1]?.lower === "to" && tokens[k + 2]?.lower === "be";
  return (notToBe(cue.endToken) && ANONYMOUS.has(tokens[cue.endToken + 3]?.lower ?? "")) ||
    (ANONYMOUS.has(tokens[cue.firstToken]!.lower) && notToBe(cue.firstToken - 3));
}
