import { base64Bytes } from "./base64";
import { lazyIndex, type WordIndex } from "./lazy-index";

/**
 * wink's English model, loaded as the package's `core()` loads it, in a fraction of the time.
 * The package's loader deep-copies its 3 MB model JSON by a JSON round trip, decodes the packed
 * lexicon with `atob` and a character loop, and builds a word -> position object for every
 * feature list (88,000 words for the lexemes): together well over a third of whosaid's cold start.
 * Here the parts wink can change are copied (the feature lists, the small objects), the read-only
 * base64 strings are decoded directly, and the word tables are lazy (see lazy-index.ts). The result
 * reads the same as the package's own `core()` (checked in tests/document/model-load.test.ts).
 */

interface ModelJson {
  lexicon: string;
  xpansions: string;
  features: Record<string, { list: unknown[] }>;
  packing: { layout: Record<string, number[]> };
  [key: string]: unknown;
}

interface Feature {
  list: string[];
  hash?: WordIndex;
  intrinsicSize?: number;
  index?: number;
  maxIndex?: number;
}

export interface CoreModel {
  lexicon: Uint32Array;
  xpansions: Uint32Array;
  features: Record<string, Feature> & { lexeme: Required<Pick<Feature, "list" | "hash" | "index" | "intrinsicSize">> };
  packing: { layout: Record<string, number[]>; efList: string[] };
  pos: { hash: Record<string, number> };
  tcat: { hash: Record<string, number> };
  /** The recursive tokenizer's regular expressions: [source, flags, token category]. */
  trex: { rtc: Array<[string, string, number]> };
  [key: string]: unknown;
}

const isModelJson = (value: unknown): value is ModelJson => {
  const m = value as Partial<ModelJson> | null;
  return typeof m === "object" && m !== null && typeof m.lexicon === "string" && typeof m.xpansions === "string" &&
    typeof m.features === "object" && m.features !== null && Array.isArray(m.features["lexeme"]?.list);
};

/**
 * The package's model JSON. Its loader module is the only way to it that works alike in ESM, CJS
 * and browsers (JSON imports do not), and the loader's first step is `JSON.stringify(model)`: that
 * call is caught, the model kept, and the rest of the loader skipped by throwing.
 */
export function captureModelJson(packageCore: () => unknown): ModelJson {
  const { stringify } = JSON;
  const stop = Symbol("model captured");
  let captured: ModelJson | null = null;
  JSON.stringify = function (this: JSON, value: unknown, ...more: unknown[]): string {
    if (captured === null && isModelJson(value)) {
      captured = value;
      throw stop;
    }
    return (stringify as (...a: unknown[]) => string).call(this, value, ...more);
  } as JSON["stringify"];
  try {
    packageCore();
  } catch (error) {
    if (error !== stop) throw error;
  } finally {
    JSON.stringify = stringify;
  }
  if (!captured) throw new Error("wink-eng-lite-web-model: its core() no longer copies the model JSON; whosaid cannot load it");
  return captured;
}

let modelJson: ModelJson | null = null;

const copyJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** A fresh core model (each wink instance adds words to its own), from the package's `core` loader. */
export function loadCoreModel(packageCore: () => unknown): CoreModel {
  modelJson ??= captureModelJson(packageCore);
  const { lexicon, xpansions, features, ...rest } = modelJson;
  const model = copyJson(rest) as unknown as CoreModel;
  model.lexicon = new Uint32Array(base64Bytes(lexicon).buffer);
  model.xpansions = new Uint32Array(base64Bytes(xpansions).buffer);
  model.features = {} as CoreModel["features"];
  for (const [name, { list, ...more }] of Object.entries(features)) {
    model.features[name] = { ...copyJson(more), list: list.slice() as string[] };
  }
  // What the package's loader adds to the JSON: word tables, POS clusters as sets, sizes.
  const { layout } = model.packing;
  const tabled = [...Object.keys(layout).filter((name) => layout[name]![3] === 0), "lexeme"];
  for (const name of tabled) model.features[name]!.hash = lazyIndex(model.features[name]!.list);
  const clusters = model.features["posClusters"]!.list as unknown[];
  for (let k = 0; k < clusters.length; k++) {
    clusters[k] = new Set((clusters[k] as string).split("_").map((tag) => model.pos.hash[tag] || 0));
  }
  model.packing.efList = [];
  for (const name of Object.keys(layout)) {
    const [, mask, shift, packed, extractable] = layout[name]!;
    if (packed === 0) {
      const feature = model.features[name]!;
      feature.intrinsicSize = feature.index = feature.list.length;
      feature.maxIndex = mask! >>> shift!;
    }
    if (extractable === 1) model.packing.efList.push(name);
  }
  const lexeme = model.features.lexeme;
  lexeme.intrinsicSize = lexeme.index = lexeme.list.length;
  return model;
}
