import * as chrono from "chrono-node/en";
import { describe, expect, it } from "vitest";
import { casualDates } from "../../src/dates/parser";

const reference = { instant: new Date("2016-09-20T12:00:00Z"), timezone: 0 };
const parse = (parser: typeof chrono.casual, text: string) =>
  parser.parse(text, reference, { forwardDate: false }).map((r) => ({ index: r.index, text: r.text, date: r.start.date().toISOString() }));

describe("casualDates (chrono's casual parser with guarded patterns)", () => {
  it("guards exactly the 'ago' and 'later' parsers", () => {
    const changed = casualDates.parsers.filter((p, k) => p !== chrono.casual.parsers[k]).map((p) => p.constructor.name);
    expect(changed).toEqual(["ENTimeUnitAgoFormatParser", "ENTimeUnitLaterFormatParser"]);
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
  ])("finds the same dates as chrono.casual in %j", (text) => {
    expect(parse(casualDates, text)).toEqual(parse(chrono.casual, text));
  });
});
