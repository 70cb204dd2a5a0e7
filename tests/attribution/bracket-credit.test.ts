import { describe, expect, it } from "vitest";
import { createExtractor } from "../../src/index";

const extractor = createExtractor();

function speakers(text: string): Array<[string, string | null, string]> {
  return extractor.extract(text).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.rule]);
}

describe("a news digest's credit in brackets closing the paragraph", () => {
  it("gives the item's quote to the outlet or writer credited: `HEADING \"...\" [WaPo.]`", () => {
    const text =
      "Tuesday's Digest.\n\nTOP STORIES.\n\n" +
      "CHINA SLOWS DOWN \u201cThe slowdown is fostering a cycle of decline across the world.\u201d [WaPo.]\n\n" +
      "STORM NEWS \u201cThe storm was the worst the coast has seen in years.\u201d [Lee Moran, HuffPost]";
    expect(speakers(text)).toEqual([
      ["The slowdown is fostering a cycle of decline across the world.", "WaPo", "bracket-credit"],
      ["The storm was the worst the coast has seen in years.", "Lee Moran", "bracket-credit"],
    ]);
  });

  it("leaves a quoted term of the item alone", () => {
    const text = "Tuesday's Digest.\n\nTAX ENDS The state ended the \u201ctampon tax\u201d on Thursday. [HuffPost]";
    expect(speakers(text)).toEqual([]);
  });

  it("leaves a quote whose cue names its speaker to that speaker", () => {
    const text =
      "Tuesday's Digest.\n\n\u201cWe will rebuild,\u201d Mayor Ann Lee said. [Reuters.]\n\n" +
      "CITY VOTES Ann Lee said the deal was \u201ca fair and square bargain for all.\u201d [NYT.]";
    expect(speakers(text)).toEqual([
      ["We will rebuild", "Ann Lee", "trailing-speaker-cue"],
      ["a fair and square bargain for all.", "Ann Lee", "sentence-cue"],
    ]);
  });
});
