import { describe, expect, it } from "vitest";
import { quoteMentions as speakers } from "./quote-mentions";

describe("a participle that modifies the noun before it does not make that noun the speaker", () => {
  it("a name or title given with no agent is the sentence subject's", () => {
    expect(speakers("Later that day, Ann Lee shared a syllabus for a biology course called \u201cPerception\u201d on her website.")).toEqual([
      ["Perception", "Ann Lee"],
    ]);
    expect(speakers("On Monday, campaign chief Tom Ray released a memo titled \u201cWhere the Race Stands.\u201d")).toEqual([
      ["Where the Race Stands.", "Tom Ray"],
    ]);
  });

  it("the agent after `by` says the words", () => {
    expect(speakers("Members met to discuss ballot access for a third candidate, an option seen by organizers as a \u201clifeboat\u201d for voters.")).toEqual([
      ["lifeboat", "organizers"],
    ]);
  });

  it("a verdict with no agent is not credited to the noun", () => {
    const found = speakers("The server held messages later deemed \u201ctop secret\u201d by nobody in particular, the report found.");
    expect(found.every(([, speaker]) => speaker !== "messages")).toBe(true);
  });

  it("a finite verb of a clause a verb of saying reports keeps its subject", () => {
    expect(speakers("Ann Lee said the union warned \u201cnobody will win this fight.\u201d")).toEqual([
      ["nobody will win this fight.", "the union"],
    ]);
  });
});
