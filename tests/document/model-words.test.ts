/** isModelWord: the tagger model's own words, not the words it learned from articles read before. */
import { describe, expect, it } from "vitest";
import { buildDocument } from "../../src/document";
import { isModelWord } from "../../src/document/wink";

describe("isModelWord", () => {
  it("knows English words and not honorifics of other languages written in English articles", () => {
    expect(isModelWord("group")).toBe(true);
    expect(isModelWord("junior")).toBe(true);
    expect(isModelWord("saheb")).toBe(false);
    expect(isModelWord("chechi")).toBe(false);
  });

  it("does not count a word the model learned from an article read before", () => {
    buildDocument("Plorvat zindleby said the road was closed.");
    expect(isModelWord("zindleby")).toBe(false);
  });
});
