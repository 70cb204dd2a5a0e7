import { describe, expect, it } from "vitest";
import { speakerLines } from "./speaker-lines";

describe("'the former' and 'the latter'", () => {
  it("are the first and the second of the two people named last, in the sentence before", () => {
    const text =
      "Cardinal Ann Lee, the Secretary of State, and Cardinal Tom Ray, the prefect of the Dicastery for Bishops, will accompany the pope. " +
      "The former told reporters that the trip would focus on the poor, while the latter said he would be \u201cgoing home with the man I most admire\u201d.";
    expect(speakerLines(text)).toEqual([
      "the trip would focus on the poor -> Ann Lee via The former",
      "going home with the man I most admire -> Tom Ray via the latter",
    ]);
  });

  it("are the first and the second of two bodies where fewer than two people are named", () => {
    const text = "Talks between Acme Corp and the Globex Group broke down on Monday. The former said the offer was too low.";
    expect(speakerLines(text)).toEqual(["the offer was too low -> Acme Corp via The former"]);
  });

  it("before a noun they are an adjective, no mention of their own: 'the former senator'", () => {
    expect(speakerLines("The former senator said the plan was bad.")).toEqual(["the plan was bad -> senator via The former senator"]);
  });
});
