import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countWords } from "../../src/document";

describe("countWords", () => {
  it("counts runs of non-space characters, as /\\S+/g does", () => {
    expect([countWords(""), countWords("  two\u00A0words\n"), countWords("one")]).toEqual([0, 2, 1]);
    fc.assert(fc.property(fc.string({ unit: "binary" }), (text) => countWords(text) === (text.match(/\S+/g)?.length ?? 0)));
  });
});
