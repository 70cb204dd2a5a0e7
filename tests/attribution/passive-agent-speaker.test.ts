import { describe, expect, it } from "vitest";
import { quoteMentions as speakers } from "./quote-mentions";

describe("a passive cue's agent says the quoted words, not its subject", () => {
  it("the agent after `by`, right after the cue or right after the quote", () => {
    expect(speakers("Ann Lee was asked by host Tom Ray, \u201cHave you changed your mind about the plan?\u201d")).toEqual([
      ["Have you changed your mind about the plan?", "Tom Ray"],
    ]);
    expect(speakers("Ann Lee was asked by moderator Tom Ray whether the plan would risk \u201cadding another program to the budget.\u201d")).toEqual([
      ["adding another program to the budget.", "Tom Ray"],
    ]);
    expect(speakers("The scheme has been called \u201cstrategic ambiguity\u201d by Tom Ray, a professor at the university.")).toEqual([
      ["strategic ambiguity", "Tom Ray"],
    ]);
  });

  it("not past a relative clause with its own cue between the agent and the quote", () => {
    expect(speakers("The attacks were echoed by her aides and the mayor, who highlighted comments Ray made saying he \u201csort of hopes\u201d the bubble bursts.")).toEqual([
      ["sort of hopes", "who"],
    ]);
  });
});
