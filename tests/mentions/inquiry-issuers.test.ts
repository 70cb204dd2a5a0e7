import { describe, expect, it } from "vitest";
import { createExtractor } from "../../src/index";

const extractor = createExtractor();

/** Each quote as `text -> speaker name`. */
function speakers(input: string): string[] {
  return extractor.extract(input).quotes.map((q) => `${q.text} -> ${q.speaker?.name ?? "none"}`);
}

describe("an inquiry or records speak for the body named before their head", () => {
  it("`an FBI investigation said`, `Norvex reports show`, `Federal Election Commission records show`", () => {
    expect(speakers('The senator criticised the mayor, whose conduct an FBI investigation said was "extremely careless" last year.')).toEqual([
      "extremely careless -> FBI",
    ]);
    expect(speakers("Sales rose to $100 million last year, Norvex reports show.")).toEqual(["Sales rose to $100 million last year -> Norvex"]);
    expect(speakers("The host committee raised $57 million, Federal Election Commission records show.")).toEqual([
      "The host committee raised $57 million -> Federal Election Commission",
    ]);
  });

  it("not a place after `from`, nor past a possessive pronoun that owns them", () => {
    expect(speakers("According to reports from the convention, the delegates would walk out.")).toEqual(["the delegates would walk out -> reports"]);
    // Whoever "its" is, not the commission that keeps the reports.
    expect(speakers("The Lee campaign spent little on data, according to its FEC reports.")).not.toContain("The Lee campaign spent little on data -> FEC");
  });
});
