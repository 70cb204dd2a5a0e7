import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lazyIndex, MISSES_BEFORE_FULL } from "../../src/document/lazy-index";

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

  it("becomes a plain table after many unknown words, reading as before", () => {
    const list = ["the", "said", "The", "said", "Lynch"];
    const table = lazyIndex(list);
    expect(table["said"]).toBe(3);
    list.push("Obama");
    table["Obama"] = 5;
    list.push("U.S.");
    table["U.S."] = 6;
    delete table["U.S."];
    for (let k = 0; k < MISSES_BEFORE_FULL - 1; k++) expect(table[`unknown${k}`]).toBeUndefined();
    expect(Object.getPrototypeOf(table)).not.toBeNull();
    expect(table["also unknown"]).toBeUndefined();
    expect(Object.getPrototypeOf(table)).toBeNull();
    expect({ ...table }).toEqual({ the: 0, said: 3, The: 2, Lynch: 4, Obama: 5 });
    expect("U.S." in table).toBe(false);
    expect("unknown1" in table).toBe(false);
  });
});
