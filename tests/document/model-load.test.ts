import { describe, expect, it } from "vitest";
import model from "wink-eng-lite-web-model";
import { captureModelJson, loadCoreModel, type CoreModel } from "../../src/document/model-load";

type Feature = { list: unknown[]; hash?: Record<string, number | undefined> };
type Core = Record<string, unknown> & { features: Record<string, Feature> };
const packageCore = (model as unknown as { core: () => Core }).core;

/** The model with its word tables taken out (they are compared by lookups instead). */
function withoutTables(core: Core | CoreModel): { rest: unknown; tables: Map<string, Record<string, number | undefined>> } {
  const tables = new Map<string, Record<string, number | undefined>>();
  const features: Record<string, unknown> = {};
  for (const [name, { hash, ...feature }] of Object.entries(core.features as Record<string, Feature>)) {
    if (hash) tables.set(name, hash);
    features[name] = feature;
  }
  return { rest: { ...core, features }, tables };
}

describe("loadCoreModel", () => {
  it("loads what the package's own core() loads: every feature, list, size and typed array, and the same word tables", () => {
    const own = withoutTables(packageCore());
    const loaded = withoutTables(loadCoreModel(packageCore));
    expect(loaded.rest).toEqual(own.rest);
    expect([...loaded.tables.keys()]).toEqual([...own.tables.keys()]);
    expect([...loaded.tables.keys()]).toEqual(["prefix", "suffix", "shape", "lexeme"]);
    for (const [name, table] of own.tables) {
      const lazy = loaded.tables.get(name)!;
      const words = Object.keys(table);
      expect(words.length, name).toBeGreaterThan(500);
      for (const word of words) if (lazy[word] !== table[word]) expect(lazy[word], `${name} ${JSON.stringify(word)}`).toBe(table[word]);
      for (const absent of ["zzwhosaid", "", "constructor", "__proto__", "Qxq"]) expect(lazy[absent], absent).toBe(table[absent]);
    }
  });

  it("gives each load its own word lists and tables", () => {
    const a = loadCoreModel(packageCore);
    const b = loadCoreModel(packageCore);
    a.features.lexeme.list.push("zzwhosaidtest");
    a.features.lexeme.hash["zzwhosaidtest"] = a.features.lexeme.list.length - 1;
    expect(b.features.lexeme.list).not.toContain("zzwhosaidtest");
    expect(b.features.lexeme.hash["zzwhosaidtest"]).toBeUndefined();
    expect(packageCore().features["lexeme"]!.list).not.toContain("zzwhosaidtest");
  });

  it("reaches the package's model JSON without running the rest of its loader, and restores JSON.stringify", () => {
    const { stringify } = JSON;
    let after = false;
    const json = { lexicon: "", xpansions: "", features: { lexeme: { list: ["a"] } } };
    const captured = captureModelJson(() => {
      expect(JSON.stringify({ a: [1, "x"] })).toBe('{"a":[1,"x"]}');
      JSON.stringify(json);
      after = true;
    });
    expect(captured).toBe(json);
    expect(after).toBe(false);
    expect(JSON.stringify).toBe(stringify);
  });

  it("passes on the loader's own error, and says so when the loader no longer copies its JSON", () => {
    const { stringify } = JSON;
    expect(() => captureModelJson(() => {
      throw new Error("boom");
    })).toThrow("boom");
    expect(() => captureModelJson(() => JSON.stringify({ other: 1 }))).toThrow(/no longer copies the model JSON/);
    expect(JSON.stringify).toBe(stringify);
  });
});
