import { describe, expect, it } from "vitest";
import { createExtractor } from "../../src";

// An attribution in a clause opened by "as" reports the main clause, on invented sentences
// (docs/reported-speech.md, "Round 21"): `As X noted on Monday, CLAUSE`, `CLAUSE, as X has said.`,
// `As reported by X, CLAUSE`.

const extractor = createExtractor();
const reported = (text: string) =>
  extractor.extract(text).quotes.filter((q) => q.type === "indirect").map((q) => [q.text, q.cue?.text, q.speaker?.mention?.text ?? null]);

describe("reported speech: an attribution opened by `as`", () => {
  it("reports the clause after an as-clause that opens the sentence, past a day or place after the cue", () => {
    expect(reported("As Mayor Lena Ortiz noted on Monday, the ferry will not run in winter.")).toEqual([
      ["the ferry will not run in winter", "noted", "Lena Ortiz"],
    ]);
    expect(reported("As Tom Reyes said last week in Dayton, the plant will close by June.")).toEqual([
      ["the plant will close by June", "said", "Tom Reyes"],
    ]);
    expect(reported("But as Ana Kim points out in a column for the Herald, the tunnel will cost too much.")).toEqual([
      ["the tunnel will cost too much", "points out", "Ana Kim"],
    ]);
  });

  it("reports the clause before an as-clause that closes the sentence, past auxiliaries and adverbs", () => {
    expect(reported("The fares rose twice over the summer, as Lena Ortiz has sometimes acknowledged.")).toEqual([
      ["The fares rose twice over the summer", "acknowledged", "Lena Ortiz"],
    ]);
  });

  it("takes the agent of a participle after `as` for the speaker", () => {
    expect(reported("As reported by the Dayton Herald, the plant will close by June.")).toEqual([
      ["the plant will close by June", "reported", "the Dayton Herald"],
    ]);
  });

  it("leaves a time clause whose verb has an object, and a comparison, to the other patterns", () => {
    expect(reported("As she thanked her supporters, the crowd cheered.")).toEqual([["her supporters", "thanked", "she"]]);
    expect(reported("As many as 40 percent of voters said they would stay home.")).toEqual([["they would stay home", "said", "voters"]]);
  });
});
