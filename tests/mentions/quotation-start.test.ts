import { describe, expect, it } from "vitest";
import { entityNameOf } from "./speaker-lines";

describe("a quotation's first word is capitalised by its place, as a sentence's is", () => {
  it("does not glue an opening adverb onto the name after it", () => {
    const curly = "He added, \u201cSo Norway should have been one of the first to recognize it.\u201d Norway has refused to do so.";
    expect(entityNameOf(curly, "Norway", "last")).toBe("Norway");
    const straight = 'He added, "So Norway should have been one of the first to recognize it." Norway has refused to do so.';
    expect(entityNameOf(straight, "Norway", "last")).toBe("Norway");
  });

  it("still reads a name of common words that opens a quotation", () => {
    expect(entityNameOf("Lee said: \u201cWill Young is the best candidate we have.\u201d Young thanked him.", "Young", "last")).toBe("Will Young");
  });
});
