import { describe, expect, it } from "vitest";
import { createExtractor } from "../../src/index";

const extractor = createExtractor();

function speakers(text: string): Array<[string, string | null]> {
  return extractor.extract(text).quotes.map((q) => [q.text, q.speaker ? text.slice(q.speaker.mention.start, q.speaker.mention.end) : null]);
}

describe("`\"...!\" beamed Ann Lee of Madison, Alabama, who ...`: an unlisted inverted verb before a name and its hometown", () => {
  it("the name speaks, past `of` or `from` and a place (and its state)", () => {
    expect(speakers("Supporters snapped pictures.\n\n\u201cThis is fantastic!\u201d beamed Ann Lee of Madison, Alabama, who snuck onto the floor.")).toEqual([
      ["This is fantastic!", "Ann Lee"],
    ]);
    expect(speakers("\u201cThis is fantastic!\u201d beamed Ann Lee from Madison.")).toEqual([["This is fantastic!", "Ann Lee"]]);
  });

  it("not past `of` and a lower-case phrase, which goes on with the verb's clause", () => {
    expect(speakers("\u201cThis is fantastic!\u201d beamed Ann Lee of the union.")).toEqual([["This is fantastic!", null]]);
  });
});
