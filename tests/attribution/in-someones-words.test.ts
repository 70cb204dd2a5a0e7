import { describe, expect, it } from "vitest";
import { createExtractor } from "../../src/index";

const extractor = createExtractor();

function speakers(text: string): Array<[string, string | null]> {
  return extractor.extract(text).quotes.map((q) => [
    q.text, q.speaker ? text.slice(q.speaker.mention.start, q.speaker.mention.end) : null,
  ]);
}

describe("a quotation framed as someone's words or view is theirs", () => {
  it("`in X's words` and `in X's view`, before or after the quote", () => {
    expect(speakers("The two towns were chosen because, in Ann Lee\u2019s words, \u201cthey are the liveliest places on the coast.\u201d")).toEqual([
      ["they are the liveliest places on the coast.", "Ann Lee"],
    ]);
    expect(speakers("\u201cThis is a failure across the board,\u201d in Tom Ray\u2019s view.")).toEqual([
      ["This is a failure across the board", "Tom Ray"],
    ]);
  });

  it("`in the words of X`", () => {
    expect(speakers("In the words of one senior aide, \u201cthis campaign is over for good.\u201d")).toEqual([
      ["this campaign is over for good.", "one senior aide"],
    ]);
  });

  it("not a phrase without an owner", () => {
    expect(speakers("In other words, \u201cthe plan is dead and buried for now.\u201d")).toEqual([
      ["the plan is dead and buried for now.", null],
    ]);
  });
});
