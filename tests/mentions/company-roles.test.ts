import { describe, expect, it } from "vitest";
import { createExtractor } from "../../src/index";

const extractor = createExtractor();

/** Each quote as `text -> speaker name`. */
function speakers(input: string): string[] {
  return extractor.extract(input).quotes.map((q) => `${q.text} -> ${q.speaker?.name ?? "none"}`);
}

describe("`company executives`, `a company spokesman`: the people of the business the article is about", () => {
  it("named after the one business in reach, as `the company's executives` are", () => {
    expect(speakers("Norvex Inc. has struck a deal with unions, ending a strike that company executives said could hurt earnings.")).toEqual([
      "could hurt earnings -> Norvex Inc. executives",
    ]);
    expect(speakers("Norvex Inc. cut 300 jobs on Monday. A company spokesman said the cuts were needed.")).toEqual([
      "the cuts were needed -> Norvex Inc. spokesman",
    ]);
  });

  it("with no business in reach, the description keeps its words", () => {
    expect(speakers("The mayor spoke on Monday. A company spokesman said the cuts were needed.")).toEqual(["the cuts were needed -> company spokesman"]);
  });
});

describe("`a senior agency official`: the people of the agency the article names", () => {
  it("named after the agency in reach, past the role's own modifiers", () => {
    expect(speakers('The CIA said on Monday that it had no comment. "Did he lose 20 minutes? Probably," said one former senior agency official.')).toEqual([
      "it had no comment -> CIA",
      "Did he lose 20 minutes? Probably -> CIA official",
    ]);
    expect(speakers("Norvex Inc. cut 300 jobs on Monday. On Tuesday, senior company executives said the cuts were needed.")).toEqual(["the cuts were needed -> Norvex Inc. executives"]);
  });

  it("with no agency in reach, the description keeps its words", () => {
    expect(speakers('The mayor spoke on Monday. "Did he lose 20 minutes? Probably," said one former senior agency official.')).toEqual([
      "Did he lose 20 minutes? Probably -> agency official",
    ]);
  });
});
