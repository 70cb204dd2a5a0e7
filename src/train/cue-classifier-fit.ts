import type { Features } from "../quotes/reported/cue-features";

/** One candidate cue: its features and whether it introduces reported content in the annotations. */
export interface Example {
  features: Features;
  label: 0 | 1;
  /** The article it comes from, for folds. */
  article: number;
}

/** A fitted model: bias and weights by feature name. */
export interface Fitted {
  bias: number;
  weights: Record<string, number>;
}

/** Fitting settings; the defaults fit the PolNeAR train candidates in about a second. */
export const FIT = {
  /** Features seen in fewer examples are dropped (a lemma seen twice says little). */
  minCount: 3,
  epochs: 200,
  /** Adagrad's step size. */
  rate: 0.5,
  /** L2 penalty per example. */
  l2: 1e-4,
};

/**
 * Logistic regression by full-batch gradient descent with Adagrad steps, from zero weights:
 * deterministic (the same examples in the same order give the same weights).
 */
export function fitLogistic(examples: readonly Example[]): Fitted {
  const index = featureIndex(examples);
  const rows = examples.map((e) => [...e.features].filter(([name]) => index.has(name)).map(([name, v]) => [index.get(name)!, v] as const));
  const n = index.size + 1; // the last is the bias
  const w = new Float64Array(n);
  const squares = new Float64Array(n).fill(1e-8);
  const gradient = new Float64Array(n);
  for (let epoch = 0; epoch < FIT.epochs; epoch++) {
    gradient.fill(0);
    rows.forEach((row, k) => {
      let z = w[n - 1]!;
      for (const [j, v] of row) z += w[j]! * v;
      const error = 1 / (1 + Math.exp(-z)) - examples[k]!.label;
      for (const [j, v] of row) gradient[j]! += error * v;
      gradient[n - 1]! += error;
    });
    for (let j = 0; j < n; j++) {
      const g = gradient[j]! / rows.length + (j < n - 1 ? FIT.l2 * w[j]! : 0);
      squares[j]! += g * g;
      w[j]! -= (FIT.rate * g) / Math.sqrt(squares[j]!);
    }
  }
  const weights: Record<string, number> = {};
  for (const [name, j] of [...index].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const value = Math.round(w[j]! * 1e4) / 1e4;
    if (value !== 0) weights[name] = value;
  }
  return { bias: Math.round(w[n - 1]! * 1e4) / 1e4, weights };
}

/** Feature name -> column, for features in at least FIT.minCount examples, in first-seen order. */
function featureIndex(examples: readonly Example[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of examples) for (const name of e.features.keys()) counts.set(name, (counts.get(name) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [name, count] of counts) if (count >= FIT.minCount) index.set(name, index.size);
  return index;
}
