import { describe, expect, it } from "vitest";
import { entityNameOf, speakerLines } from "./speaker-lines";

describe("a definite role description to the person the text is about", () => {
  it("takes the senator the nearest sentences are about, not the one titled senator last", () => {
    const text =
      'Sen. Ann Lee spoke first. Sen. Ruth Vale of Ohio backs the plan, and Lee and Vale met on Monday. Vale said the bill would pass. The vote is set for May.\n\nLee defends her record in an ad running on local TV: "I fought for every family in this state," the senator says.';
    expect(entityNameOf(text, "the senator")).toBe("Ann Lee");
    expect(speakerLines(text)).toEqual([
      "the bill would pass -> Ruth Vale via Vale",
      "I fought for every family in this state -> Ann Lee via the senator",
    ]);
  });

  it("takes the person whose title shares the epithet's capitalised word over the one named most", () => {
    const text =
      'Republican contender Tom Hale met Russian President Ivan Orlov on Monday. Orlov thanked him. Orlov spoke for an hour. "We will talk again," Hale told reporters.\n\nThe Republican presidential nominee for the November election later said he was joking.';
    expect(entityNameOf(text, "The Republican presidential nominee")).toBe("Tom Hale");
    expect(speakerLines(text)).toEqual([
      "We will talk again -> Tom Hale via Hale",
      "he was joking -> Tom Hale via The Republican presidential nominee",
    ]);
  });
});
