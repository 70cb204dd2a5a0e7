import type { Token } from "../../document/types";
import type { CueEntry } from "../../lexicon/cues";
import type { CueMatch } from "../../lexicon/match";
import { writeCueFeatures, type Features } from "./cue-features";
import model from "./cue-classifier.json";

/** A logistic regression over cue features (see cue-features.ts), as `npm run train` writes it. */
export interface CueModel {
  bias: number;
  weights: Record<string, number>;
  /** The least probability with which a cue introduces reported content. */
  threshold: number;
}

/** The probability that the features' cue introduces reported content. */
export function cueProbability(m: CueModel, features: Features): number {
  let z = m.bias;
  for (const [name, value] of features) z += (m.weights[name] ?? 0) * value;
  return logistic(z);
}

const logistic = (z: number): number => 1 / (1 + Math.exp(-z));

const trained: CueModel = model;

/**
 * Whether the trained classifier takes `cue` to introduce reported content. The score is summed as
 * the features are written (in the order cueProbability reads them, so the sum is the same) rather
 * than collected into a Map of names first.
 */
export function introducesContent(tokens: readonly Token[], first: number, end: number, cue: CueMatch, entry: CueEntry | undefined, quoted: boolean): boolean {
  let z = trained.bias;
  writeCueFeatures((name, value) => (z += (trained.weights[name] ?? 0) * value), tokens, first, end, cue, entry, quoted);
  return logistic(z) >= trained.threshold;
}
