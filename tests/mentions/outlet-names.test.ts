import { describe, expect, it } from "vitest";
import { createExtractor } from "../../src/index";

const extractor = createExtractor();

/** Each quote as `text -> speaker name`. */
function speakers(input: string): string[] {
  return extractor.extract(input).quotes.map((q) => `${q.text} -> ${q.speaker?.name ?? "none"}`);
}

describe("an outlet described by its name and its kind goes by the name alone", () => {
  it("`the national Kotari newspaper`, `the Tass news agency`, `the Pulse tabloid`", () => {
    expect(speakers("A column in the national Kotari newspaper attacked the comment on Monday.")).toEqual(["the comment on Monday -> Kotari"]);
    expect(speakers("The Tass news agency said the talks had failed.")).toEqual(["the talks had failed -> Tass"]);
    expect(speakers("The Pulse tabloid said the senator was wrong.")).toEqual(["the senator was wrong -> Pulse"]);
  });

  it("not a place's paper, nor an outlet with no name", () => {
    expect(speakers("A New Hampshire paper said the senator was wrong.")).toEqual(["the senator was wrong -> New Hampshire paper"]);
    expect(speakers("The news agency said the talks had failed.")).toEqual(["the talks had failed -> news agency"]);
  });
});
