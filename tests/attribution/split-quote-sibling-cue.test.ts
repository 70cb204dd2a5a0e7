import { describe, expect, it } from "vitest";
import { createExtractor } from "../../src/index";

const extractor = createExtractor();

function speakers(text: string): Array<[string, string | null, string]> {
  return extractor.extract(text).quotes.map((q) => [q.text, q.speaker ? text.slice(q.speaker.mention.start, q.speaker.mention.end) : null, q.rule]);
}

describe("a quotation split by its speaker: the first part's words are no cue of the second", () => {
  it("`\"The way I see it,\" she elaborated, \"...\"`: the second part is hers, not the phrase before \"see\"", () => {
    const text =
      "Dana Woods spoke to reporters on Monday. " +
      "\u201cThe way I see it,\u201d she elaborated, \u201cno one ever questioned the captain or his service.\u201d";
    expect(speakers(text)).toEqual([
      ["The way I see it", "she", "trailing-speaker-cue"],
      ["no one ever questioned the captain or his service.", "she", "continued-speaker"],
    ]);
  });

  it("a quote nested in a larger one still reads the cue inside the one that holds it", () => {
    const text = "Tom Ray spoke last. \u201cMy aide told me, \u2018the vote is lost,\u2019 and I agreed,\u201d he said.";
    expect(speakers(text)[1]).toEqual(["the vote is lost", "My aide", "leading-speaker-cue"]);
  });
});
