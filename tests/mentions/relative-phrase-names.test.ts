import { describe, expect, it } from "vitest";
import { speakerNames } from "./speaker-lines";

/** The speaker name of the quotation whose text starts with `start`. */
function nameOf(input: string, start: string): string | null | undefined {
  return speakerNames(input).find(([text]) => text.startsWith(start))?.[1];
}

describe("a speaker that is only a relative pronoun is named after the noun phrase it stands for", () => {
  it("names ', which' after the noun phrase before the comma: 'a review panel, which said'", () => {
    expect(nameOf("The inquiry ended with a report by a review panel, which said the council had broken its own rules.", "the council")).toBe("review panel");
    expect(nameOf("Ann Lee wrote to the staff association, which urged the board to delay the vote.", "the board")).toBe("staff association");
  });

  it("names a restrictive 'that' after the noun right before it: 'an account called \"Hypo-Lane\" that showed'", () => {
    expect(nameOf('Rubio\'s campaign posted a video from an account called "Hypo-Lane" that showed Lane praising the bill.', "Lane praising")).toBe("Hypo-Lane");
  });

  it("reads a hyphenated compound as part of the phrase: 'the deferred-action program, which'", () => {
    expect(nameOf("Ann Lee criticised the deferred-action program, which allows parents to stay in the country.", "parents")).toBe("program");
  });

  it("names the phrase an -ing clause modifies: 'super PACs backing candidates, which reported'", () => {
    expect(nameOf("The money went to super PACs backing the candidates, which reported spending $10 million on ads.", "spending")).toBe("super PACs");
  });

  it("names ', which' after a passive clause after that clause's subject: 'Once the video was released, which showed'", () => {
    expect(nameOf("Once the video was released, which showed the officer shooting the teenager, the city erupted.", "the officer")).toBe("video");
  });

  it("leaves a relative after a time alone: 'released on Tuesday, which said'", () => {
    expect(nameOf("The report was released on Tuesday, which said that the town had lost money.", "the town")).toBe("which");
  });
});
