import { isVerb } from "../../document/pos";
import type { Doc } from "../../document/types";
import { cueEntryAt, type CueMatch, type CueMatcher } from "../../lexicon/match";
import { isRelativePronoun } from "../../document/relatives";
import { MIN_ASIDE_MAIN_WEIGHT } from "./thresholds";

// A cue in an aside between a subject and its verb reports no further than the aside.

/** Marks that open or close an aside: "Lee, wearing ..., said", "Lee -- whose aide ... -- said". */
function asideMark(text: string): boolean {
  return text === "," || text === "--" || text === "\u2014" || text === "\u2013";
}

/** An aside a cue stands in: the token indices of the marks opening and closing it. */
export interface Aside {
  open: number;
  close: number;
  /** It is a relative clause ("Lee, who covered the race for years, said"). */
  relative: boolean;
}

/**
 * `Lee, wearing a shirt covered in buttons, said he ...`, `Lee, in the wake of a poll showing X,
 * told`, `Lee -- whose husband signed the law -- has derided`: the cue stands in an aside that a
 * comma or dash opens after the subject (no verb before that mark); words follow the cue up to the
 * mark closing the aside (no verb between; "Lee, they said, ordered" is a parenthetical), and the
 * sentence's main verb follows that mark, itself a cue (past adverbs and auxiliaries). What the
 * aside's cue reports ends with the aside, and the main verb reports too. Null when not so.
 */
export function asideOf(doc: Doc, cue: CueMatch, firstToken: number, endToken: number, matcher: CueMatcher): Aside | null {
  const { tokens } = doc;
  let open = cue.firstToken - 1;
  while (open > firstToken && !asideMark(tokens[open]!.text)) open--;
  if (open <= firstToken) return null;
  for (let k = firstToken; k < open; k++) if (isVerb(tokens[k]) || asideMark(tokens[k]!.text)) return null;
  let close = cue.endToken;
  while (close < endToken && !asideMark(tokens[close]!.text)) {
    if (isVerb(tokens[close])) return null;
    close++;
  }
  if (close === cue.endToken) return null;
  let main = close + 1;
  while (main < endToken && (tokens[main]!.pos === "ADV" || tokens[main]!.pos === "AUX")) main++;
  const verb = tokens[main];
  if (!verb || main >= endToken || verb.pos !== "VERB" || verb.lower.endsWith("ing")) return null;
  const entry = cueEntryAt(tokens, main, matcher);
  if (!entry || entry.weight < MIN_ASIDE_MAIN_WEIGHT) return null;
  return { open, close, relative: isRelativePronoun(tokens[open + 1]?.lower ?? "", true) };
}
