/**
 * Loading wink's English model (`model.core()`) spends about a third of its time on
 * `JSON.parse(JSON.stringify(model))`: a deep copy of the 3 MB model JSON, so that each wink
 * instance can add words to its own lists. Most of that JSON is one long base64 string that is
 * only read. `withCheapModelCopy` runs `core()` with that one round trip replaced by a copy of the
 * parts that can change (every feature list; the small objects by the same JSON round trip), and
 * shares the read-only strings. The result equals the package's own `core()` (checked in
 * tests/document/model-copy.test.ts); any other JSON call is passed through untouched.
 */

interface ModelJson {
  lexicon: string;
  xpansions: string;
  features: Record<string, { list: unknown[] }>;
  [key: string]: unknown;
}

const isModelJson = (value: unknown): value is ModelJson => {
  const m = value as Partial<ModelJson> | null;
  return typeof m === "object" && m !== null && typeof m.lexicon === "string" && typeof m.xpansions === "string" &&
    typeof m.features === "object" && m.features !== null && Array.isArray(m.features["lexeme"]?.list);
};

function copyModel(original: ModelJson, parse: JSON["parse"], stringify: JSON["stringify"]): ModelJson {
  const { lexicon, xpansions, features, ...rest } = original;
  const copy = parse(stringify(rest)) as ModelJson;
  copy.lexicon = lexicon;
  copy.xpansions = xpansions;
  copy.features = {};
  for (const [name, { list, ...more }] of Object.entries(features)) {
    copy.features[name] = { ...(parse(stringify(more)) as object), list: list.slice() };
  }
  return copy;
}

/** Runs `load` (a model's `core()`), copying the model JSON cheaply if it deep-copies it by a JSON round trip. */
export function withCheapModelCopy<T>(load: () => T): T {
  const { parse, stringify } = JSON;
  const token = `\u0000whosaid-model-${Math.random()}`;
  let pending: ModelJson | null = null;
  JSON.stringify = function (this: JSON, value: unknown, ...more: unknown[]): string {
    if (more.every((m) => m === undefined) && isModelJson(value)) {
      pending = value;
      return token;
    }
    return (stringify as (...a: unknown[]) => string).call(this, value, ...more);
  } as JSON["stringify"];
  JSON.parse = function (this: JSON, text: string, ...more: unknown[]): unknown {
    if (text === token && pending && more.every((m) => m === undefined)) {
      const copy = copyModel(pending, parse, stringify);
      pending = null;
      return copy;
    }
    return (parse as (...a: unknown[]) => unknown).call(this, text, ...more);
  } as JSON["parse"];
  try {
    return load();
  } finally {
    JSON.stringify = stringify;
    JSON.parse = parse;
  }
}
