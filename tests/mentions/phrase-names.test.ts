import { describe, expect, it } from "vitest";
import { speakerNames as speakers } from "./speaker-lines";

describe("a speaker phrase that is no detected mention is named as a description is", () => {
  it("drops an ordinal or a quantifier before the head: 'A third source', 'Few politicians'", () => {
    expect(speakers("A third source said that the mayor knew of the plan.")).toEqual([["the mayor knew of the plan", "source"]]);
    expect(speakers("Few politicians would admit that the race is lost.")).toEqual([["the race is lost", "politicians"]]);
  });

  it("drops a cardinal before the head, in words or digits: 'Two other emails', 'two dozen towns', '3,000 bikers'", () => {
    expect(speakers("The mayor sent many emails. Two other emails show that the city paid for the trip.")).toEqual([["the city paid for the trip", "emails"]]);
    expect(speakers("When two businesses write a deal, benefits are rarely discussed.")).toEqual([["a deal", "businesses"]]);
    expect(speakers("In May, two dozen towns said the levy was too high.")).toEqual([["the levy was too high", "towns"]]);
    expect(speakers("In Reno, 3,000 bikers said the levy was too high.")).toEqual([["the levy was too high", "bikers"]]);
  });

  it("keeps a cardinal that opens a compound: 'three-fourths'", () => {
    expect(speakers("Of the voters polled, three-fourths said the levy was too high.")[0]?.[1]).not.toBe("- fourths");
  });

  it("drops a verb contraction after the head and an adjective before it", () => {
    expect(speakers("The Danes wanna see something new? Just wait for the spring.")).toEqual([["something new", "Danes"]]);
    expect(speakers("It is up to the board to make damn sure everyone knows how the deal failed.")).toEqual([["how the deal failed", "everyone"]]);
  });

  it("reads a hyphenated compound as one word of the phrase: 'Full-blown', 'tub-thumper'", () => {
    expect(speakers("Full-blown capitalists are saying that the levy is fair.")).toEqual([["the levy is fair", "capitalists"]]);
    expect(speakers("Ms. Vane spoke on Sunday after the Green tub-thumper had said on Saturday that she was wrong.")).toEqual([
      ["she was wrong", "Green tub-thumper"],
    ]);
  });

  it("keeps the owner that makes the group, past an adverb of degree: 'Lund's most passionate supporters'", () => {
    expect(speakers("Increasingly, Lund's most passionate supporters claim that the primary has been rigged.")).toEqual([
      ["the primary has been rigged", "Lund supporters"],
    ]);
  });

  it("names a possessive span after its owner, as an owned description is: 'Some of her admirers' after Ann Lee", () => {
    expect(speakers("Ann Lee won the primary on Tuesday. Some of her admirers say the race is over.")).toEqual([["the race is over", "Lee admirers"]]);
  });
});
