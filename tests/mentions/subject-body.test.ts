import { describe, expect, it } from "vitest";
import { createExtractor } from "../../src/index";

const extractor = createExtractor();

/** Each quote as `text -> speaker name`. */
function speakers(input: string): string[] {
  return extractor.extract(input).quotes.map((q) => `${q.text} -> ${q.speaker?.name ?? "none"}`);
}

describe("`the group`, `the news service`: a generic body's description goes on with the body that was the subject before", () => {
  it("takes up a body no list knows, named as the subject of the sentence before", () => {
    expect(speakers("Factcheckly examined the charge and rated it false. The news service pointed to the board's own finding that staff were few.")).toEqual([
      "staff were few -> Factcheckly",
    ]);
    expect(speakers("The Harbor Light Foundation did not comment, telling a radio station that it is busy. “We are focused on our mission,” the group said.")).toEqual([
      "telling a radio station that it is busy -> Harbor Light Foundation",
      "We are focused on our mission -> Harbor Light Foundation",
    ]);
  });

  it("not a head that tells one body from another, nor a description written as a name", () => {
    expect(speakers("Brightwater examined the figures on Monday. The ministry said the numbers were wrong.")).toEqual(["the numbers were wrong -> ministry"]);
    expect(speakers("Brightwater examined the figures on Monday. The Refugee Data Service said the numbers were wrong.")).toEqual([
      "the numbers were wrong -> Refugee Data Service",
    ]);
  });
});
