import { describe, expect, it } from "vitest";
import { createExtractor } from "../../src/index";

const extractor = createExtractor();

function speakers(input: string): string[] {
  return extractor.extract(input).quotes.map((q) => {
    if (q.speaker) expect(input.slice(q.speaker.mention.start, q.speaker.mention.end)).toBe(q.speaker.mention.text);
    return `${q.text} -> ${q.speaker?.name ?? "none"} via ${q.speaker?.mention.text ?? "none"}`;
  });
}

describe("a place's name in the possessive before a person's name", () => {
  it("is where the person is from: the person speaks", () => {
    expect(speakers("\"We lost the county,\" said Oregon\u2019s Sam Hale, a Republican consultant.")).toEqual([
      "We lost the county -> Sam Hale via Sam Hale",
    ]);
  });

  it("before a role noun stays the speaker's phrase", () => {
    expect(speakers("\"We lost the county,\" said Oregon's governor.")).toEqual([
      "We lost the county -> Oregon governor via Oregon's governor",
    ]);
  });
});
