import { isAttachedHyphen, isPossessiveS } from "../../../document/pos";
import type { Token } from "../../../document/types";
import type { CueMatch } from "../../../lexicon/match";
import { clause } from "../clause";
import { capitalised, hasVerb, objectFollows } from "../phrases";
import { MIN_OBJECT_WEIGHT } from "../thresholds";
import { SUBJECT_END } from "../words";
import { settled, type CueContext, type Outcome, type Pattern } from "./pattern";

/**
 * `As the mayor noted on Monday, CLAUSE`, `CLAUSE, as Lee has acknowledged.`, `As reported by
 * the Herald, CLAUSE`: a cue in a clause that "as" opens is an attribution of the main clause,
 * which is what was said. Tried before the cue's subject is required (the passive has none).
 */
export const asAttribution: Pattern = { name: "as-attribution", find };

/** The most tokens between "as" and the cue: the subject, auxiliaries and adverbs ("as the Post's
 * investigative unit has reported"). */
const MAX_BEFORE_CUE = 8;
/** The most tokens between the cue and the end of the as-clause ("said last week in Tel Aviv"). */
const MAX_AFTER_CUE = 8;

/** Words of the subject between "as" and the cue. */
const SUBJECT_WORD = /^(DET|PROPN|NOUN|ADJ|NUM|PRON)$/;
/** Words between the subject and the cue. */
const VERB_GROUP = /^(AUX|ADV|PART)$/;
/** Words of the attribution after the cue: a time, a place, a medium, the hearer of "told". */
const AFTER_CUE_WORD = /^(ADP|DET|NOUN|PROPN|ADJ|NUM|ADV|PRON)$/;

/** An as-clause holding an attribution: where its "as" stands and the comma that closes it (-1 at
 * the sentence's end). */
export interface AsClause {
  as: number;
  close: number;
}

/**
 * The as-clause the cue stands in, within tokens [first, last]: "as" opening the sentence (past a
 * conjunction) or after a comma, then a subject (or nothing before a participle: "as reported
 * by"), auxiliaries and adverbs, the cue, and a short attribution up to a comma or the end. Not
 * "as" in a comparison ("as many as 40 percent said"), nor a time clause whose verb has an
 * object or a clause ("as Lee told the crowd he would stay", "as she thanked her supporters" stays
 * with its comma only when nothing but a short phrase follows).
 */
export function asClause(tokens: readonly Token[], first: number, last: number, cue: CueMatch): AsClause | null {
  const as = asBefore(tokens, first, cue);
  if (as < 0) return null;
  const opens = as === first || (as === first + 1 && tokens[first]!.pos === "CCONJ");
  // An object after the cue makes "as" a time clause ("as she thanked her supporters").
  if ((!opens && tokens[as - 1]?.text !== ",") || cue.weight < MIN_OBJECT_WEIGHT || objectFollows(tokens, cue)) return null;
  for (let k = cue.endToken; k <= last && k - cue.endToken <= MAX_AFTER_CUE; k++) {
    const t = tokens[k]!;
    if (t.text === ",") return { as, close: k };
    if (!(AFTER_CUE_WORD.test(t.pos) || isPossessiveS(t) || (capitalised(t) && k > cue.endToken)) || t.lower === "that" || t.lower === "as") return null;
  }
  // At the sentence's end: "CLAUSE, as Lee has acknowledged."
  return !opens && last - cue.endToken < MAX_AFTER_CUE ? { as, close: -1 } : null;
}

/** The "as" before the cue's subject, auxiliaries and adverbs; or -1. */
function asBefore(tokens: readonly Token[], first: number, cue: CueMatch): number {
  const near = (k: number) => k >= first && cue.firstToken - k <= MAX_BEFORE_CUE + 1;
  let k = cue.firstToken - 1;
  while (near(k) && VERB_GROUP.test(tokens[k]!.pos) && !isPossessiveS(tokens[k])) k--;
  const afterSubject = k;
  let noun = false;
  while (near(k) && tokens[k]!.lower !== "as" && (SUBJECT_WORD.test(tokens[k]!.pos) || isPossessiveS(tokens[k]) || isAttachedHyphen(tokens, k) || tokens[k]!.lower === "of")) {
    if (SUBJECT_END.has(tokens[k]!.pos)) noun = true;
    k--;
  }
  if (!near(k) || tokens[k]!.lower !== "as" || tokens[k + 1]?.lower === "of") return -1;
  // "As reported by the Herald", "as noted above": a participle right after "as".
  const participle = k === afterSubject && tokens[cue.firstToken]!.lower.endsWith("ed");
  return noun || participle ? k : -1;
}

function find({ tokens, r, cue }: CueContext): Outcome {
  const found = asClause(tokens, r.first, r.last, cue);
  if (!found) return "pass";
  const { as, close } = found;
  // "CLAUSE, as Lee has acknowledged." / "CLAUSE, as Lee said last week, and ...": the clause before.
  if (as > r.first && hasVerb(tokens, r.first, as - 2)) return settled(clause(tokens, r, r.first, as - 2));
  // "As the mayor noted on Monday, CLAUSE" / "SUBJECT, as Lee said, VERB ...": the words after.
  return close >= 0 && hasVerb(tokens, close + 1, r.last) ? settled(clause(tokens, r, close + 1, r.last)) : "pass";
}
