import { BE_FORMS } from "../../document/pos";
import { isQuotationMark } from "../../document/quotation-marks";
import type { Token } from "../../document/types";
import type { CueEntry } from "../../lexicon/cues";
import type { CueMatch, OpenCue } from "../../lexicon/match";

// The features the cue classifier reads for one candidate cue (a match of the cue lexicon outside
// quotation marks): the word and its lexicon statistics, the words around it, what follows it.
// Shared by the trainer (src/train/cue-classifier.ts) and the extractor, so both see the same.

/** Feature name -> value; absent features are 0. */
export type Features = Map<string, number>;
/** Receives each feature once, in a fixed order: a Map for the trainer, a running score for the extractor. */
export type FeatureSink = (name: string, value: number) => void;

const SUBJECT_PRONOUNS = new Set(["he", "she", "they", "it", "we", "i", "you"]);

/** The features of `cue` in the sentence of tokens [first, end), `quoted` telling whether the sentence holds a quotation. */
export function cueFeatures(tokens: readonly Token[], first: number, end: number, cue: CueMatch, entry: CueEntry | undefined, quoted: boolean): Features {
  const features: Features = new Map();
  writeCueFeatures((name, value) => features.set(name, value), tokens, first, end, cue, entry, quoted);
  return features;
}

/** The features of `cueFeatures`, given one by one to `f` (no name is given twice). */
export function writeCueFeatures(
  f: FeatureSink, tokens: readonly Token[], first: number, end: number, cue: CueMatch, entry: CueEntry | undefined, quoted: boolean,
): void {
  const word = tokens[cue.firstToken]!;
  f(`lemma=${cue.lemma}`, 1);
  if (cue.open) openFeatures(f, tokens, first, cue, cue.open);
  f("weight", cue.weight);
  if (entry) {
    f("sourced", Math.min(1, entry.sourced));
    f("content-before", entry.contentBefore);
    f(`takes=${entry.takes}`, 1);
    if (entry.builtIn) f("built-in", 1);
  }
  if (cue.endToken - cue.firstToken > 1) f("phrase", 1);
  if (word.lower.endsWith("ing")) f("-ing", 1);
  if (word.lower.endsWith("ed")) f("-ed", 1);
  f(`pos=${word.pos}`, 1);
  if (cue.firstToken === first) f("opens-sentence", 1);
  if (quoted) f("quotation-in-sentence", 1);
  before(tokens, first, cue, f);
  after(tokens, end, cue, f);
}

/** The inflection an open cue's stem leaves ("ed", "s", "" ...). */
function suffixOf(word: string, stem: string): string {
  return word.slice(stem.length);
}

/**
 * What tells an open cue reporting speech ("the senator insisted that") from one reporting a
 * finding ("the study found that", "this means that"): its stem (a back-off for the form) and
 * inflection, whether the lexicon holds it in another form, and its subject's kind and word.
 */
function openFeatures(f: FeatureSink, tokens: readonly Token[], first: number, cue: CueMatch, open: OpenCue): void {
  f("open", 1);
  f(`open-stem=${open.stem}`, 1);
  f(`open-suffix=${suffixOf(cue.lemma, open.stem)}`, 1);
  if (open.known) f("open-known", 1);
  const subject = subjectBefore(tokens, first, cue.firstToken);
  if (!subject) {
    f("open-subject=none", 1);
    return;
  }
  const kind = SUBJECT_PRONOUNS.has(subject.lower) ? (subject.lower === "it" ? "it" : "person-pronoun") : subject.pos;
  f(`open-subject=${kind}`, 1);
  if (subject.pos === "NOUN") f(`open-subject-word=${subject.lower}`, 1);
}

/** Words that may stand between a verb and its subject: adverbs and auxiliaries ("has long argued"). */
const SUBJECT_GAP_TAGS = new Set(["ADV", "AUX", "PART"]);
const MAX_SUBJECT_GAP = 3;

/** The word before the verb at `verb` past a few adverbs and auxiliaries, when a noun or pronoun. */
function subjectBefore(tokens: readonly Token[], first: number, verb: number): Token | null {
  for (let k = verb - 1; k >= first && verb - k <= MAX_SUBJECT_GAP + 1; k--) {
    const t = tokens[k]!;
    if (SUBJECT_GAP_TAGS.has(t.pos)) continue;
    return t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "PRON" ? t : null;
  }
  return null;
}

function before(tokens: readonly Token[], first: number, cue: CueMatch, f: FeatureSink): void {
  const prev = cue.firstToken > first ? tokens[cue.firstToken - 1] : undefined;
  if (!prev) return;
  f(`prev-pos=${prev.pos}`, 1);
  if (prev.lower === "to") f("prev=to", 1);
  if (BE_FORMS.has(prev.lower)) f("prev=be", 1);
  if (prev.text === ",") f("prev=comma", 1);
  if (isQuotationMark(prev)) f("prev=quote", 1);
  if (SUBJECT_PRONOUNS.has(prev.lower)) f("prev=subject-pronoun", 1);
}

function after(tokens: readonly Token[], end: number, cue: CueMatch, f: FeatureSink): void {
  const next = cue.endToken < end ? tokens[cue.endToken] : undefined;
  if (!next) {
    f("next=end", 1);
    return;
  }
  f(`next-pos=${next.pos}`, 1);
  const lower = next.lower;
  if (lower === "that" || lower === "to" || lower === "by" || lower === "," || lower === ":" || lower === "." || lower === "whether" || lower === "as") f(`next=${lower}`, 1);
  if (isQuotationMark(next)) f("next=quote", 1);
  if (SUBJECT_PRONOUNS.has(lower)) f("next=subject-pronoun", 1);
  const second = tokens[cue.endToken + 1];
  if (second && cue.endToken + 1 < end && isQuotationMark(second)) f("second=quote", 1);
}
