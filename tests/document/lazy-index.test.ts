import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lazyIndex } from "../../src/document/lazy-index";

describe("lazyIndex", () => {
  it("finds every listed word at its (last) position and nothing else, as an object built by assignment would", () => {
    fc.assert(fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 60 }), fc.array(fc.string({ maxLength: 6 })), (list, probes) => {
      const table = lazyIndex(list);
      const built: Record<string, number> = Object.create(null);
      list.forEach((word, k) => (built[word] = k));
      for (const word of [...list, ...probes, "__proto__", "constructor", "toString"]) {
        expect(table[word]).toBe(built[word]);
        expect(word in table).toBe(word in built);
      }
    }));
  });

  it("keeps a found word as an own property, and takes words wink learns or forgets as own properties", () => {
    const list = ["the", "said", "The"];
    const table = lazyIndex(list);
    expect(Object.keys(table)).toEqual([]);
    expect(table["said"]).toBe(1);
    expect(Object.keys(table)).toEqual(["said"]);
    // wink learns a word: pushes it onto the list and writes its position.
    list.push("Obama");
    expect(table["Obama"]).toBeUndefined();
    table["Obama"] = 3;
    expect(table["Obama"]).toBe(3);
    // whosaid forgets it again between articles: it reads as unknown, the listed words stay.
    delete table["Obama"];
    expect(table["Obama"]).toBeUndefined();
    expect(table["The"]).toBe(2);
    expect(table["said"]).toBe(1);
  });

  it("answers undefined for symbols", () => {
    const table = lazyIndex(["a"]) as unknown as Record<symbol, unknown>;
    expect(table[Symbol.iterator]).toBeUndefined();
  });
});
