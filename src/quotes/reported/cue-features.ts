import { isQuotationMark } from "../../document/quotation-marks";
import type { Token } from "../../document/types";
import type { CueEntry } from "../../lexicon/cues";
import type { CueMatch } from "../../lexicon/match";

// The features the cue classifier reads for one candidate cue (a match of the cue lexicon outside
// quotation marks): the word and its lexicon statistics, the words around it, what follows it.
// Shared by the trainer (src/train/cue-classifier.ts) and the extractor, so both see the same.

/** Feature name -> value; absent features are 0. */
export type Features = Map<string, number>;

const BE = new Set(["is", "are", "was", "were", "be", "been", "being"]);
const SUBJECT_PRONOUNS = new Set(["he", "she", "they", "it", "we", "i", "you"]);

/** The features of `cue` in the sentence of tokens [first, end), `quoted` telling whether the sentence holds a quotation. */
export function cueFeatures(tokens: readonly Token[], first: number, end: number, cue: CueMatch, entry: CueEntry | undefined, quoted: boolean): Features {
  const f: Features = new Map();
  const word = tokens[cue.firstToken]!;
  f.set(`lemma=${cue.lemma}`, 1);
  f.set("weight", cue.weight);
  if (entry) {
    f.set("sourced", Math.min(1, entry.sourced));
    f.set("content-before", entry.contentBefore);
    f.set(`takes=${entry.takes}`, 1);
    if (entry.builtIn) f.set("built-in", 1);
  }
  if (cue.endToken - cue.firstToken > 1) f.set("phrase", 1);
  if (word.lower.endsWith("ing")) f.set("-ing", 1);
  if (word.lower.endsWith("ed")) f.set("-ed", 1);
  f.set(`pos=${word.pos}`, 1);
  if (cue.firstToken === first) f.set("opens-sentence", 1);
  if (quoted) f.set("quotation-in-sentence", 1);
  before(tokens, first, cue, f);
  after(tokens, end, cue, f);
  return f;
}

function before(tokens: readonly Token[], first: number, cue: CueMatch, f: Features): void {
  const prev = cue.firstToken > first ? tokens[cue.firstToken - 1] : undefined;
  if (!prev) return;
  f.set(`prev-pos=${prev.pos}`, 1);
  if (prev.lower === "to") f.set("prev=to", 1);
  if (BE.has(prev.lower)) f.set("prev=be", 1);
  if (prev.text === ",") f.set("prev=comma", 1);
  if (isQuotationMark(prev)) f.set("prev=quote", 1);
  if (SUBJECT_PRONOUNS.has(prev.lower)) f.set("prev=subject-pronoun", 1);
}

function after(tokens: readonly Token[], end: number, cue: CueMatch, f: Features): void {
  const next = cue.endToken < end ? tokens[cue.endToken] : undefined;
  if (!next) {
    f.set("next=end", 1);
    return;
  }
  f.set(`next-pos=${next.pos}`, 1);
  const lower = next.lower;
  if (lower === "that" || lower === "to" || lower === "by" || lower === "," || lower === ":" || lower === "." || lower === "whether" || lower === "as") f.set(`next=${lower}`, 1);
  if (isQuotationMark(next)) f.set("next=quote", 1);
  if (SUBJECT_PRONOUNS.has(lower)) f.set("next=subject-pronoun", 1);
  const second = tokens[cue.endToken + 1];
  if (second && cue.endToken + 1 < end && isQuotationMark(second)) f.set("second=quote", 1);
}
