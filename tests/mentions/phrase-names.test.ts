import { describe, expect, it } from "vitest";
import { speakerNames as speakers } from "./speaker-lines";

describe("a speaker phrase that is no detected mention is named as a description is", () => {
  it("drops an ordinal or a quantifier before the head: 'A third source', 'Few politicians'", () => {
    expect(speakers("A third source said that the mayor knew of the plan.")).toEqual([["the mayor knew of the plan", "source"]]);
    expect(speakers("Few politicians would admit that the race is lost.")).toEqual([["the race is lost", "politicians"]]);
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
