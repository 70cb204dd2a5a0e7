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

  it("reads a first line `date YYYY-MM-DD` as the article date; a line naming no real day is text, and leaves the article undated", () => {
    const body = '"We are ready," the minister said on Monday.';
    const dated = extractQuotes(`date 2021-12-28\n${body}`);
    expect([dated.articleDate, dated.quotes[0]!.date?.value, dated.quotes[0]!.start]).toEqual(["2021-12-28", "2021-12-27", 17]);
    for (const header of ["date 2021-13-45", "date 28/12/2021"]) {
      const undated = extractQuotes(`${header}\n${body}`);
      expect([undated.articleDate, undated.quotes[0]!.date, undated.quotes[0]!.start]).toEqual([null, null, header.length + 2]);
    }
  });

  it("ignores dates inside the quoted words", () => {
    expect(datesOf('"We met on Friday," the envoy said.')).toEqual([{ value: "2021-12-28", source: "article", span: undefined }]);
  });

  it("gives no date without an article date", () => {
    expect(extractQuotes('"Yes," he said.').quotes[0]!.date).toBeNull();
  });

  describe("a bare weekday is the most recent one on or before the article date", () => {
    const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    const said = (when: string, articleDate: string) => datesOf(`"Hi," Smith said ${when}.`, articleDate)[0]?.value;

    it("from a Sunday (2021-03-14)", () => {
      expect(WEEKDAYS.map((day) => said(`on ${day}`, "2021-03-14"))).toEqual([
        "2021-03-08", "2021-03-09", "2021-03-10", "2021-03-11", "2021-03-12", "2021-03-13", "2021-03-14",
      ]);
    });

    it("from a Wednesday (2021-03-17)", () => {
      expect(WEEKDAYS.map((day) => said(`on ${day}`, "2021-03-17"))).toEqual([
        "2021-03-15", "2021-03-16", "2021-03-17", "2021-03-11", "2021-03-12", "2021-03-13", "2021-03-14",
      ]);
    });

    it('"next" still looks ahead, "last" back, and a weekday with its date keeps the date', () => {
      expect(said("next Tuesday", "2021-03-14")).toBe("2021-03-16");
      expect(said("last Tuesday", "2021-03-14")).toBe("2021-03-09");
      expect(said("on Tuesday, March 16", "2021-03-14")).toBe("2021-03-16");
      expect(said("on Tuesday night", "2021-03-14")).toBe("2021-03-09");
      expect(said("on Sunday night", "2021-03-14")).toBe("2021-03-14");
    });
  });

  it("a quote's date stays in the years 0000-9999 at either end of them", () => {
    expect(datesOf('"Hi," Smith said next Monday.', "9999-12-31")).toEqual([{ value: "9999-12-31", source: "article", span: undefined }]);
    expect(datesOf('"Hi," Smith said last Monday.', "0000-01-01")).toEqual([{ value: "0000-01-01", source: "article", span: undefined }]);
    expect(datesOf('"Hi," Smith said on Saturday.', "9999-12-31")).toEqual([{ value: "9999-12-25", source: "explicit", span: "on Saturday" }]);
    expect(datesOf('"Hi," Smith said on March 3.', "0050-06-01")).toEqual([{ value: "0050-03-03", source: "explicit", span: "March 3" }]);
  });
});
