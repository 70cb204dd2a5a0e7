/**
 * The speaker ranker's trainer: a logistic regression per quote category over the candidates of
 * ranker-data.ts, and the threshold below which the ranker gives no speaker. Node-free, like the
 * rest of src/train; scripts/train-command.ts reads the folder and writes the JSON.
 */
import { FEATURE_NAMES } from "../attribution/ranker/features";
import type { RankerModelWeights, RankerWeights } from "../attribution/ranker/model";
import { fitLogistic, FIT_DEFAULTS } from "./ranker-fit";
import type { RankerCategory, RankerQuote } from "./ranker-data";

export { collectRankerQuotes, type RankerQuote } from "./ranker-data";

/** Abstaining may cost at most this share of the training quotes' right answers. */
const ABSTAIN_COST = 0.002;
const THRESHOLDS = Array.from({ length: 26 }, (_, k) => k / 50);

/** The weights of both models, fitted on `quotes` (the result depends only on them and their order). */
export function trainRanker(quotes: readonly RankerQuote[], corpus: string): RankerWeights {
  const count = (category: RankerCategory) => quotes.filter((q) => q.category === category).length;
  return {
    meta: {
      corpus,
      quotes: { direct: count("direct"), reported: count("reported") },
      candidates: quotes.reduce((n, q) => n + q.labels.length, 0),
      l2: FIT_DEFAULTS.l2,
      abstainCost: ABSTAIN_COST,
    },
    direct: fitCategory(quotes.filter((q) => q.category === "direct")),
    reported: fitCategory(quotes.filter((q) => q.category === "reported")),
  };
}

function fitCategory(quotes: readonly RankerQuote[]): RankerModelWeights {
  const rows = quotes.flatMap((q) => q.features);
  const labels = quotes.flatMap((q) => q.labels);
  // Nothing to learn from: every candidate scores 0.5, and the first (the first rule's proposal) wins.
  if (rows.length === 0) return { bias: 0, threshold: 0, weights: {} };
  const fit = fitLogistic(rows, labels);
  // Rounded before the threshold is chosen: it is chosen for the weights as written.
  const bias = significant(fit.bias);
  const weights: Record<string, number> = {};
  FEATURE_NAMES.forEach((name, j) => {
    if (fit.weights[j] !== 0) weights[name] = significant(fit.weights[j]!);
  });
  const vector = FEATURE_NAMES.map((name) => weights[name] ?? 0);
  return { bias, threshold: chooseThreshold(quotes, bias, vector), weights };
}

/** The highest threshold whose abstentions lose at most ABSTAIN_COST of the quotes answered right. */
function chooseThreshold(quotes: readonly RankerQuote[], bias: number, weights: readonly number[]): number {
  const tops = quotes.map((q) => ({ ...topCandidate(q, bias, weights), confident: q.confident }));
  // Where a rule was confident the ranker never abstains (see rank.ts).
  const right = (threshold: number) => tops.filter((t) => t.right && (t.confident || t.score >= threshold)).length;
  const all = right(0);
  let chosen = 0;
  for (const threshold of THRESHOLDS) if (all - right(threshold) <= ABSTAIN_COST * quotes.length) chosen = threshold;
  return chosen;
}

/** The best-scoring candidate of a quote (the first of equals, as the ranker takes it). */
export function topCandidate(q: RankerQuote, bias: number, weights: readonly number[]): { score: number; right: boolean; index: number } {
  let best = { score: -1, right: false, index: -1 };
  q.features.forEach((row, k) => {
    let z = bias;
    for (let j = 0; j < weights.length; j++) z += weights[j]! * row[j]!;
    const score = 1 / (1 + Math.exp(-z));
    if (score > best.score) best = { score, right: q.labels[k]!, index: k };
  });
  return best;
}

function significant(x: number): number {
  return Number(x.toPrecision(6));
}

/** The weights as written to weights.json: one feature per line, in the order of FEATURE_NAMES. */
export function serialiseRanker(weights: RankerWeights): string {
  const model = (m: RankerModelWeights) =>
    `{"bias":${m.bias},"threshold":${m.threshold},"weights":{\n${Object.entries(m.weights).map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(",\n")}\n}}`;
  return `{\n"meta":${JSON.stringify(weights.meta ?? {})},\n"direct":${model(weights.direct)},\n"reported":${model(weights.reported)}\n}\n`;
}
