import { WhosaidError } from "../../errors";
import type { QuoteType } from "../../types";
import { FEATURE_NAMES } from "./features";

/** One logistic regression: score = 1 / (1 + e^-(bias + Σ weight·feature)). */
export interface RankerModelWeights {
  bias: number;
  /** Below this score no candidate is taken: the quote gets no speaker. */
  threshold: number;
  /** By feature name; a feature the model does not name weighs 0. */
  weights: Record<string, number>;
}

/**
 * The speaker ranker's weights, as `npm run train` writes them (src/attribution/ranker/weights.json):
 * one model for quotations in marks, one for reported speech.
 */
export interface RankerWeights {
  meta?: Record<string, unknown>;
  direct: RankerModelWeights;
  reported: RankerModelWeights;
}

/** A model ready to score: weights in the order of FEATURE_NAMES. */
export interface CompiledModel {
  bias: number;
  threshold: number;
  weights: Float64Array;
}

export interface Ranker {
  direct: CompiledModel;
  reported: CompiledModel;
}

/** Checks weights given as an option (or read from JSON) and lays them out for scoring. */
export function compileRanker(weights: RankerWeights): Ranker {
  if (typeof weights !== "object" || weights === null) fail("an object with direct and reported models");
  return { direct: compileModel(weights.direct, "direct"), reported: compileModel(weights.reported, "reported") };
}

function compileModel(model: RankerModelWeights | undefined, which: string): CompiledModel {
  if (typeof model !== "object" || model === null) fail(`a "${which}" model`);
  const { bias, threshold, weights } = model;
  if (!Number.isFinite(bias)) fail(`a finite ${which}.bias`);
  if (!(typeof threshold === "number" && threshold >= 0 && threshold <= 1)) fail(`${which}.threshold in 0..1`);
  if (typeof weights !== "object" || weights === null) fail(`${which}.weights as { feature: number }`);
  const array = new Float64Array(FEATURE_NAMES.length);
  for (const [name, value] of Object.entries(weights)) {
    if (!Number.isFinite(value)) fail(`a finite number for ${which}.weights["${name}"]`);
    const k = FEATURE_INDEX.get(name);
    // A feature this version does not compute (weights from another version) cannot count.
    if (k !== undefined) array[k] = value;
  }
  return { bias, threshold, weights: array };
}

const FEATURE_INDEX = new Map(FEATURE_NAMES.map((name, k) => [name, k]));

function fail(what: string): never {
  throw new WhosaidError("INVALID_OPTION", `ranker weights need ${what} (the format npm run train writes)`);
}

export function modelFor(ranker: Ranker, type: QuoteType): CompiledModel {
  return type === "indirect" ? ranker.reported : ranker.direct;
}

/** The model's probability for one feature vector. */
export function score(model: CompiledModel, features: readonly number[]): number {
  return sigmoid(linear(model, features));
}

/** The model's score before the logistic function: bias + Σ weight·feature. */
export function linear(model: CompiledModel, features: readonly number[]): number {
  let z = model.bias;
  const { weights } = model;
  for (let k = 0; k < weights.length; k++) z += weights[k]! * features[k]!;
  return z;
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
