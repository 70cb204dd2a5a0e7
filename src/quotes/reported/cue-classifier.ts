import type { Token } from "../../document/types";
import type { CueEntry } from "../../lexicon/cues";
import type { CueMatch } from "../../lexicon/match";
import { writeCueFeatures, type FeatureSink, type Features } from "./cue-features";
import model from "./cue-classifier.json";

/** A logistic regression over cue features (see cue-features.ts), as `npm run train` writes it. */
export interface CueModel {
  bias: number;
  weights: Record<string, number>;
  /** The least probability with which a cue introduces reported content. */
  threshold: number;
  /** The least probability with which an open cue (reported/open-cue.ts) is kept; chosen on train folds. */
  openThreshold?: number;
}

/** The probability that the features' cue introduces reported content. */
export function cueProbability(m: CueModel, features: Features): number {
  return probability(m, (sink) => features.forEach((value, name) => sink(name, value)));
}

/** The model's probability for the features that `write` gives, one by one, to the sink it is handed. */
function probability(m: CueModel, write: (sink: FeatureSink) => void): number {
  let z = m.bias;
  write((name, value) => (z += (m.weights[name] ?? 0) * value));
  return 1 / (1 + Math.exp(-z));
}

const trained: CueModel = model;

/**
 * Whether the trained classifier takes `cue` to introduce reported content. The score is summed as
 * the features are written, in the order a Map of them would give them, rather than collected into
 * a Map of names first.
 */
export function introducesContent(tokens: readonly Token[], first: number, end: number, cue: CueMatch, entry: CueEntry | undefined, quoted: boolean): boolean {
  const threshold = cue.open ? trained.openThreshold ?? 1 : trained.threshold;
  return probability(trained, (sink) => writeCueFeatures(sink, tokens, first, end, cue, entry, quoted)) >= threshold;
}
