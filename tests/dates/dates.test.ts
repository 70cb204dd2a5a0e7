import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/index";

const datesOf = (text: string, articleDate = "2021-12-28") =>
  extractQuotes(text, { articleDate }).quotes.map((q) => q.date && { value: q.date.value, source: q.date.source, span: q.date.span?.text });

describe("dates stage", () => {
  it("resolves a weekday in the attribution against the article date, past-leaning", () => {
    expect(datesOf('"We are ready," the minister said on Monday.')).toEqual([
      { value: "2021-12-27", source: "explicit", span: "on Monday" },
    ]);
  });

  it('joins "Monday (27 December)" into one expression', () => {
    expect(datesOf('"We are ready," a spokesman said on Monday (27 December).')).toEqual([
      { value: "2021-12-27", source: "explicit", span: "on Monday (27 December)" },
    ]);
  });

  it("carries a speaker's date to the next statement, then falls back to the article date", () => {
    const text = 'Ann Lee said on Sunday that the deal was done.\n\n"It is signed," she added.\n\n"We lost," Bob Hart said.';
    expect(datesOf(text)).toEqual([
      { value: "2021-12-26", source: "explicit", span: "on Sunday" },
      { value: "2021-12-26", source: "context", span: undefined },
      { value: "2021-12-28", source: "article", span: undefined },
    ]);
  });

  it("ignores dates inside the quoted words", () => {
    expect(datesOf('"We met on Friday," the envoy said.')).toEqual([{ value: "2021-12-28", source: "article", span: undefined }]);
  });

  it("gives no date without an article date", () => {
    expect(extractQuotes('"Yes," he said.').quotes[0]!.date).toBeNull();
  });
});
