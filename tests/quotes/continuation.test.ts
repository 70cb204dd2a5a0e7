import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/index";

/** The reported clauses of `text` with their speaker's mention. */
const reported = (text: string) =>
  extractQuotes(text).quotes.filter((q) => q.type === "indirect").map((q) => [q.text, q.speaker?.mention.text ?? null]);

describe("a clause that goes on after a closing attribution", () => {
  it("is the same speaker's: CLAUSE, X said on DAY, and CLAUSE2.", () => {
    expect(reported("The fire at the depot is under control, the harbour authority said on Thursday, and the 140 residents can go home on Friday.")).toEqual([
      ["The fire at the depot is under control", "the harbour authority"],
      ["the 140 residents can go home on Friday", "the harbour authority"],
    ]);
  });

  it("not without a subject of its own, nor when it holds an attribution of its own", () => {
    expect(reported("Fares will rise next year, the mayor said, and left the room.")).toEqual([["Fares will rise next year", "the mayor"]]);
    expect(reported("Fares will rise next year, the mayor said, and Ruiz said the ferry would stop.")).toEqual([
      ["Fares will rise next year", "the mayor"],
      ["the ferry would stop", "Ruiz"],
    ]);
  });
});
