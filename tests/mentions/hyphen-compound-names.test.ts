import { describe, expect, it } from "vitest";
import { speakerNames } from "./speaker-lines";

describe("a lower-case hyphenated compound before the head is left out of a phrase's name as one word", () => {
  it("drops 'third-party' of 'third-party candidates', not only 'third'", () => {
    expect(speakerNames("In the north, third-party candidates say the race is rigged.")).toEqual([["the race is rigged", "candidates"]]);
  });

  it("drops 'far-right' of 'far-right parties'", () => {
    expect(speakerNames("In the east, far-right parties warn that the pact will fail.")).toEqual([["the pact will fail", "parties"]]);
  });
});
