import { describe, expect, it } from "vitest";
import model from "wink-eng-lite-web-model";
import { withCheapModelCopy } from "../../src/document/model-copy";

type Core = Record<string, unknown> & { features: { lexeme: { list: string[]; hash: Record<string, number> } } };
const core = () => (model as unknown as { core: () => Core }).core();

describe("withCheapModelCopy", () => {
  it("loads a model equal to the package's own core(), in every feature, hash, list and typed array", () => {
    const cheap = withCheapModelCopy(core);
    const own = core();
    expect(cheap).toEqual(own);
    expect(Object.keys(cheap.features.lexeme.hash).length).toBe(own.features.lexeme.list.length);
  });

  it("gives each load its own word lists, as the deep copy did", () => {
    const a = withCheapModelCopy(core);
    const b = withCheapModelCopy(core);
    a.features.lexeme.list.push("zzwhosaidtest");
    expect(b.features.lexeme.list).not.toContain("zzwhosaidtest");
    expect(core().features.lexeme.list).not.toContain("zzwhosaidtest");
  });

  it("restores JSON and passes other JSON calls through, also when loading throws", () => {
    const { parse, stringify } = JSON;
    const seen = withCheapModelCopy(() => [JSON.stringify({ a: [1, "x"] }), JSON.parse('{"b":2}'), JSON.stringify({ c: 1 }, null, 1)]);
    expect(seen).toEqual(['{"a":[1,"x"]}', { b: 2 }, '{\n "c": 1\n}']);
    expect(() => withCheapModelCopy(() => {
      throw new Error("boom");
    })).toThrow("boom");
    expect(JSON.parse).toBe(parse);
    expect(JSON.stringify).toBe(stringify);
  });
});
