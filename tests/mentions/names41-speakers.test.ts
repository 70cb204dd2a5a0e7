import { describe, expect, it } from "vitest";
import { speakerLines } from "./speaker-lines";

describe("a word of a persuasion or standing tagged an adjective heads its speaker's description", () => {
  it("links the self-described socialist to the person named before", () => {
    const text = "Tom Hale held a rally in Ames that drew nearly 5,000 people. The self-described democratic socialist said he would win the county if turnout were high.";
    expect(speakerLines(text)).toEqual(["he would win the county if turnout were high -> Tom Hale via The self-described democratic socialist"]);
  });

  it("links the incumbent to the person named before", () => {
    const text = "\u201cI keep my options open,\u201d Nora Vance said. The Republican incumbent said that her position is sincere.";
    expect(speakerLines(text)).toContain("her position is sincere -> Nora Vance via The Republican incumbent");
  });
});

describe("a poll share's group before a percentage set off by commas", () => {
  it("speaks for the share as it does without the aside", () => {
    const text = "Most Democrats back the plan. A third of independents, 33%, say they feel that way.";
    expect(speakerLines(text)).toEqual(["they feel that way -> independents via independents"]);
  });
});
