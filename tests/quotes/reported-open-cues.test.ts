import { describe, expect, it } from "vitest";
import { createExtractor } from "../../src";

// Open cues (src/quotes/reported/open-cue.ts): a verb outside the cue lexicon right before a
// that-clause, which the trained cue classifier admits only above its own threshold. Invented sentences.

const extractor = createExtractor();
const reported = (text: string) =>
  extractor.extract(text).quotes.filter((q) => q.type === "indirect").map((q) => [q.text, q.cue?.text, q.speaker?.mention?.text ?? null]);

describe("reported speech: open cues", () => {
  it("reports the that-clause of a verb outside the lexicon that the classifier admits, credited to its subject", () => {
    expect(reported("The mayor calculates that the new bridge will cost twelve million dollars.")).toEqual([
      ["the new bridge will cost twelve million dollars", "calculates", "The mayor"],
    ]);
    expect(reported("The treasurer calculated that the levy would raise nine million dollars.")).toEqual([
      ["the levy would raise nine million dollars", "calculated", "The treasurer"],
    ]);
  });

  it("turns down an open cue whose clause is a consequence, not something said", () => {
    expect(reported("The new schedule ensures that riders reach the city by nine.")).toEqual([]);
    expect(reported("This means that the ferry will stop at noon.")).toEqual([]);
  });
});
