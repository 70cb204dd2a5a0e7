import { describe, expect, it } from "vitest";
import { createExtractor } from "../../src/index";

const extractor = createExtractor();

function speakers(text: string): Array<[string, string | null]> {
  return extractor.extract(text).quotes.map((q) => [
    q.text, q.speaker ? text.slice(q.speaker.mention.start, q.speaker.mention.end) : null,
  ]);
}

describe("a quote nested at the end of another: the punctuation before its closing mark sets the attribution off", () => {
  it("curly marks, the outer quote over two sentences", () => {
    expect(speakers("\u201cHe said, \u2018We have to win the county. How?\u2019\u201d Tom Ray, the county chairman, said.")).toEqual([
      ["He said, \u2018We have to win the county. How?\u2019", "Tom Ray"],
      ["We have to win the county. How?", "He"],
    ]);
  });

  it("British order: single marks outside, double inside", () => {
    expect(speakers("\u2018He said, \u201cWe have to win the county. How?\u201d\u2019 Tom Ray, the county chairman, said.")[0]).toEqual([
      "He said, \u201cWe have to win the county. How?\u201d", "Tom Ray",
    ]);
  });
});
