import * as chrono from "chrono-node/en";
import { describe, expect, it } from "vitest";
import { casualDates, guardOf } from "../../src/dates/parser";

const reference = { instant: new Date("2016-09-20T12:00:00Z"), timezone: 0 };
const parse = (parser: typeof chrono.casual, text: string) =>
  parser.parse(text, reference, { forwardDate: false }).map((r) => ({ index: r.index, text: r.text, date: r.start.date().toISOString() }));

describe("casualDates (chrono's casual parser with guarded patterns)", () => {
  it("guards the month and 'ago'/'later' parsers of the installed chrono (the patterns the guards were read from)", () => {
    const changed = casualDates.parsers.filter((p, k) => p !== chrono.casual.parsers[k]).map((p) => p.constructor.name);
    expect(changed).toEqual([
      "ENMonthNameLittleEndianParser", "ENMonthNameMiddleEndianParser", "ENTimeUnitAgoFormatParser",
      "ENTimeUnitLaterFormatParser", "ENYearMonthNameParser", "ENMonthNameParser",
    ]);
  });

  it("skips the month parsers in a text with a weekday and no month, and the day-first ones without a day number", () => {
    const skipped = (text: string) =>
      chrono.casual.parsers.filter((p) => guardOf(p)?.every((words) => words.test(text)) === false).map((p) => p.constructor.name);
    expect(skipped("Hollande said Friday as he entered the talks.")).toEqual([
      "ENMonthNameLittleEndianParser", "ENMonthNameMiddleEndianParser", "ENTimeUnitAgoFormatParser",
      "ENTimeUnitLaterFormatParser", "ENYearMonthNameParser", "ENMonthNameParser",
    ]);
    expect(skipped("She said they would have a plan by March of next year.")).toEqual([
      "ENMonthNameLittleEndianParser", "ENMonthNameMiddleEndianParser", "ENTimeUnitAgoFormatParser",
      "ENTimeUnitLaterFormatParser", "ENYearMonthNameParser",
    ]);
  });

  it.each([
    "He said three days ago that the talks had failed.",
    "Two weeks LATER, on Monday, she said it again.",
    "The vote came 5 days before the summit on Sept. 12.",
    "A month earlier, and a year from now, they said.",
    "About 2 hours after the meeting on Tuesday, officials said.",
    "She said on Monday, September 12, that it was fine.",
    "In March 2016 the minister said so; last week he said more.",
    "Nothing here but words.",
    "On the twenty-first of March, the thirteenth of May, 3rd June and 12 Sept. 2016 they met.",
    "March 12th, April the second, June 3 to 5 and Dec. 25, 2015: all dates.",
    "In 2016 March, 1999 of December, 2017/Jan and in May 2016 it rained; in May they said.",
    "MARCH 3RD, TWENTIETH OF APRIL, thirtieth of June, Sep 30.",
  ])("finds the same dates as chrono.casual in %j", (text) => {
    expect(parse(casualDates, text)).toEqual(parse(chrono.casual, text));
  });
});
