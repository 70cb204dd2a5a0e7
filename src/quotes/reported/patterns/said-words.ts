import { isQuotationMark } from "../../../document/quotation-marks";
import { clause, type Span } from "../clause";
import { approximateNumber } from "../phrases";
import { nominalSubject, subjectBeforeAside } from "../subject";
import { NP_START, TIME_WORD } from "../words";
import { afterCue } from "./after-cue";
import type { CueContext, Outcome, Pattern } from "./pattern";

/**
 * `X said yes`, `X said the same`, `X said his dealing powers would ...`: what "say" takes when it
 * is no clause with a verb the tagger saw (the tagger often reads a clause's verb as a noun:
 * "each year yields a bump"). Only after "say" with its subject right before it, or before an
 * aside ("X, who runs the shop, said the family deserved better"): "said Thursday" and "said a
 * spokesman for X" (its subject after it) are not content.
 */
export const saidWords: Pattern = { name: "said-words", find };

/** One-word answers that stand for what was said. */
const ANSWERS = new Set(["yes", "no", "so"]);
/** The fewest tokens a noun phrase after "said" needs to be content rather than a name or a day. */
const MIN_WORDS = 3;

function find(c: CueContext): Outcome {
  const { tokens, r, cue } = c;
  if (cue.lemma !== "say" || tokens[cue.firstToken]!.pos !== "VERB" || !(nominalSubject(tokens, r, cue) || subjectBeforeAside(tokens, r, cue))) return "pass";
  const j = afterCue(c);
  const next = tokens[j];
  if (!next || j > r.last) return "pass";
  if (ANSWERS.has(next.lower) && (j === r.last || tokens[j + 1]!.pos !== "NOUN")) return answer(c, j);
  const same = next.lower === "the" && tokens[j + 1]?.lower === "same";
  // "said nearly 200 patients drank the water": a number made approximate starts a noun phrase too.
  if (!(NP_START.test(next.pos) || approximateNumber(tokens, j)) || TIME_WORD.test(next.lower) || (r.last - j + 1 < MIN_WORDS && !same)) return "pass";
  const found = clause(tokens, r, j, r.last);
  if (!found || tokens.slice(j, r.last + 1).some((t) => t.start < found.end && isQuotationMark(t))) return "pass";
  return found;
}

/** "said yes while ...": the answer alone; "said no to the plan": with what it answers. */
function answer({ tokens, r }: CueContext, j: number): Span {
  const to = tokens[j]!.lower === "no" && tokens[j + 1]?.lower === "to" ? clause(tokens, r, j, r.last) : null;
  return to ?? { start: tokens[j]!.start, end: tokens[j]!.end };
}
