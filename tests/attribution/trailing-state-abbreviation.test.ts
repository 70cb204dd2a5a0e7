import { describe, expect, it } from "vitest";
import { createExtractor } from "../../src/index";

const extractor = createExtractor();

function speakers(text: string): Array<[string, string | null]> {
  return extractor.extract(text).quotes.map((q) => [q.text, q.speaker ? text.slice(q.speaker.mention.start, q.speaker.mention.end) : null]);
}

describe("`\"...!\" Rand Paul, R-Ky., said.`: an abbreviation's full stop inside the apposition after the speaker", () => {
  it("the name before the party and state speaks, after a quote that ends its sentence", () => {
    expect(speakers("\u201cThe plan is a disaster!\u201d Rand Paul, R-Ky., said.")).toEqual([["The plan is a disaster!", "Rand Paul"]]);
    expect(speakers("\u201cIs the plan a disaster?\u201d Ann Lee, D-Calif., asked.")).toEqual([["Is the plan a disaster?", "Ann Lee"]]);
  });
});
