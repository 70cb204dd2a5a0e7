import { describe, expect, it } from "vitest";
import { createExtractor } from "../../src/index";

const extractor = createExtractor();

/** Each quote as `text -> speaker name`. */
function speakers(input: string): string[] {
  return extractor.extract(input).quotes.map((q) => `${q.text} -> ${q.speaker?.name ?? "none"}`);
}

describe("a role joined by `and` without an article of its own shares the person of the definite role before it", () => {
  it("`The secretary of state and 2014 candidate for governor`, `the Ohio senator and Republican presidential candidate`", () => {
    const text =
      "Some of his supporters saw a culprit in Ana Restrepo. The secretary of state and 2014 candidate for governor, " +
      "a longtime ally of Lee, went on television to declare Lee the winner.";
    expect(speakers(text)).toContain("Lee the winner -> Ana Restrepo");
    const quoted = 'Sen. Dale Voss responded first. "We have been warned," the Ohio senator and Republican presidential candidate said.';
    expect(speakers(quoted)).toEqual(["We have been warned -> Dale Voss"]);
  });

  it("not a role with an article of its own: `the mayor and a council member` are two", () => {
    expect(speakers("Ann Lee spoke. The mayor and a council member said the plan was fair.")).toEqual(["the plan was fair -> council member"]);
  });
});
