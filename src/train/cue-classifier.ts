/**
 * Trains the cue classifier (src/quotes/reported/cue-classifier.json): for each candidate cue of
 * the training articles, as the extractor finds them, whether an annotated Cue there introduces
 * Content outside quotation marks. Node-free; scripts/train-cue-classifier.ts writes the file.
 */
import { buildCueLexicon } from "../lexicon/cues";
import { cueMatcher, type CueMatcher } from "../lexicon/match";
import { cueEntry } from "../quotes/reported/cue-entry";
import { reportingCueAt } from "../quotes/reported/open-cue";
import { cueFeatures } from "../quotes/reported/cue-features";
import { cueProbability, type CueModel } from "../quotes/reported/cue-classifier";
import { analyseCorpus, type CorpusDocument, type TrainingArticle } from "./corpus";
import { fitLogistic, type Example } from "./cue-classifier-fit";

/** Folds for cross-validation, and the least probability kept (chosen on them, see docs/reported-speech.md). */
const FOLDS = 5;
export const CUE_THRESHOLD = 0.12;
/** An open cue (reported/open-cue.ts) is kept from the least of these probabilities at which the
 * open candidates kept across the folds report content this often: its clause is nearly always
 * found. At least as likely as not: fewer do not pay on train (see docs/reported-speech.md, Round 11). */
const OPEN_THRESHOLDS = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9];
export const MIN_OPEN_PRECISION = 0.5;

/** What {@link trainCueClassifier} returns: the model, its JSON, and the cross-validated figures. */
export interface CueClassifierTraining {
  model: CueModel;
  json: string;
  examples: number;
  positives: number;
  /** Precision, recall and F1 of the kept cues, each article scored by a model trained without its fold. */
  folds: { precision: number; recall: number; f1: number };
  /** For each threshold tried on the open candidates: how many the folds keep and how many of those report content. */
  openFolds: { threshold: number; kept: number; right: number }[];
}

export function trainCueClassifier(articles: readonly TrainingArticle[]): CueClassifierTraining {
  const matcher = cueMatcher(buildCueLexicon());
  const examples = analyseCorpus(articles).flatMap((d, k) => candidateExamples(d, k, matcher));
  const fitted = fitLogistic(examples);
  const { folds, openFolds } = crossValidate(examples);
  const open = openFolds.find((o) => o.kept > 0 && o.right / o.kept >= MIN_OPEN_PRECISION);
  const model: CueModel = { ...fitted, threshold: CUE_THRESHOLD, openThreshold: open?.threshold ?? 1 };
  return {
    model,
    json: `${JSON.stringify(model, null, 1)}\n`,
    examples: examples.length,
    positives: examples.filter((e) => e.label === 1).length,
    folds,
    openFolds,
  };
}

/** The candidate cues of one article, as the extractor finds them, with their labels. */
export function candidateExamples(d: CorpusDocument, article: number, matcher: CueMatcher): Example[] {
  const { tokens, text } = d.doc;
  const inQuote = (offset: number) => d.quoted.some(([a, b]) => offset >= a && offset < b);
  const reportedCues = d.annotations.relations.filter((r) => r.cue && wordsOutside(d, r.content, inQuote)).flatMap((r) => r.cue!);
  const out: Example[] = [];
  for (const s of d.doc.sentences) {
    if (s.endToken - s.firstToken < 4) continue;
    const quoted = d.quoted.some(([a, b]) => a < s.end && b > s.start);
    for (let i = s.firstToken; i < s.endToken; i++) {
      if (inQuote(tokens[i]!.start)) continue;
      const cue = reportingCueAt(text, tokens, i, matcher);
      if (!cue) continue;
      const entry = cueEntry(matcher, cue, tokens[i]!);
      const label = reportedCues.some((c) => c.start < cue.end && c.end > cue.start) ? 1 : 0;
      out.push({ features: cueFeatures(tokens, s.firstToken, s.endToken, cue, entry, quoted), label, article });
      i = cue.endToken - 1;
    }
  }
  return out;
}

/** Content reaches outside quotation marks when letters or digits of it do (at least a short word's
 * worth: a Content often starts with the opening mark, outside the quotation's words). */
function wordsOutside(d: CorpusDocument, content: readonly { start: number; end: number }[], inQuote: (offset: number) => boolean): boolean {
  let outside = 0;
  for (const span of content) {
    for (let k = span.start; k < span.end; k++) if (!inQuote(k) && WORD_CHARACTER.test(d.text[k]!)) outside++;
  }
  return outside >= MIN_WORDS_OUTSIDE;
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const MIN_WORDS_OUTSIDE = 3;

function crossValidate(examples: readonly Example[]): Pick<CueClassifierTraining, "folds" | "openFolds"> {
  let kept = 0;
  let right = 0;
  const positives = examples.filter((e) => e.label === 1 && !e.features.has("open")).length;
  const openFolds = OPEN_THRESHOLDS.map((threshold) => ({ threshold, kept: 0, right: 0 }));
  for (let fold = 0; fold < FOLDS; fold++) {
    const model = { ...fitLogistic(examples.filter((e) => e.article % FOLDS !== fold)), threshold: CUE_THRESHOLD };
    for (const e of examples) {
      if (e.article % FOLDS !== fold) continue;
      const p = cueProbability(model, e.features);
      if (e.features.has("open")) {
        for (const o of openFolds) if (p >= o.threshold) (o.kept++, (o.right += e.label));
        continue;
      }
      if (p < CUE_THRESHOLD) continue;
      kept++;
      right += e.label;
    }
  }
  const precision = kept ? right / kept : 0;
  const recall = positives ? right / positives : 0;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return { folds: { precision: round(precision), recall: round(recall), f1: round(precision + recall ? (2 * precision * recall) / (precision + recall) : 0) }, openFolds };
}
