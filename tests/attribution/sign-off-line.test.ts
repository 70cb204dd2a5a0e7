import { describe, expect, it } from "vitest";
import { createExtractor } from "../../src/index";

const extractor = createExtractor();

function speakers(text: string): Array<[string, string | null]> {
  return extractor.extract(text).quotes.map((q) => [q.text, q.speaker ? text.slice(q.speaker.mention.start, q.speaker.mention.end) : null]);
}

describe("a sign-off on a line of its own under a quote that is a paragraph of its own", () => {
  it("`\"...\"` then `- Name.`: the name speaks (a fact-check's list of claims)", () => {
    expect(speakers("The claims were many, and the voters heard them all.\n\n\"Boeing and other firms pay zero taxes.\"\n\n- Tom Ray.\n\n\"We went to Wall Street before the crash.\"\n\n\u2014 Ann Lee.")).toEqual([
      ["Boeing and other firms pay zero taxes.", "Tom Ray"],
      ["We went to Wall Street before the crash.", "Ann Lee"],
    ]);
  });

  it("not a line that a second dash closes, nor one under a quote with words before it in its paragraph", () => {
    expect(speakers("Tom Ray spoke first.\n\n\"We will not go back.\"\n\n\u2013 Ann Lee in her own words \u2013.")[0]).toEqual(["We will not go back.", "Tom Ray"]);
    expect(speakers("Tom Ray spoke first. He said \"we will not go back.\"\n\n- Ann Lee.")[0]).toEqual(["we will not go back.", "He"]);
  });
});
