import { isVerb } from "../document/pos";
import { isQuotationMark } from "../document/quotation-marks";
import { WH_RELATIVES } from "../document/relatives";
import type { Token } from "../document/types";
import type { CueMatch } from "../lexicon/match";
import { skipAdverbs } from "./after-quote";

// The context's `relativeClauseOf` (see RuleContext).

/** How far (in tokens) a relative clause set off by commas may run. */
const MAX_RELATIVE_CLAUSE = 25;

/** Parts of speech of a subject after "as": "as he is known", "as neighbours call her". */
const AS_SUBJECT = new Set(["PRON", "NOUN", "PROPN", "DET"]);

/**
 * Whether token `k` opens an aside: a relative word, or "as" before a subject ("Hemi, as he is
 * known to the iwi, told ..."), whose verb is no more the main verb than a relative clause's.
 */
function opensAside(tokens: readonly Token[], k: number): boolean {
  const lower = tokens[k]!.lower;
  return WH_RELATIVES.has(lower) || (lower === "as" && AS_SUBJECT.has(tokens[k + 1]?.pos ?? ""));
}

/**
 * The relative clause set off by commas that a cue stands in, when a verb follows its closing
 * comma: in "Petrilli, who thinks the plan is a power grab, called it "much better"", the clause
 * of "thinks" (from "who" to the comma before "called"), whose verb is not the main verb. Token
 * range [first, end): `first` is the relative word, `end` the closing comma.
 */
export function relativeClauseOf(tokens: readonly Token[], cue: CueMatch): { first: number; end: number } | null {
  const sentence = tokens[cue.firstToken]!.sentence;
  let k = cue.firstToken - 1;
  while (k > 0 && cue.firstToken - k < MAX_RELATIVE_CLAUSE && tokens[k]!.sentence === sentence && tokens[k]!.text !== ",") {
    if (opensAside(tokens, k) && tokens[k - 1]!.text === ",") break;
    k--;
  }
  if (k <= 0 || !opensAside(tokens, k) || tokens[k - 1]!.text !== ",") return null;
  for (let j = cue.endToken; j < tokens.length && j - cue.endToken < MAX_RELATIVE_CLAUSE && tokens[j]!.sentence === sentence; j++) {
    // A clause that runs into a quotation is not set off before the main verb.
    if (isQuotationMark(tokens[j]!)) return null;
    if (tokens[j]!.text === ",") return isVerb(tokens[skipAdverbs(tokens, j + 1)]) ? { first: k, end: j } : null;
  }
  return null;
}
