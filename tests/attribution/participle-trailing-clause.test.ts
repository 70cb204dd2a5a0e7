import { describe, expect, it } from "vitest";
import { quoteMentions as speakers } from "./quote-mentions";

/** Each quotation's text and the text of the speaker mention it was attributed through. */

describe("a participle after a trailing `as`/`when`/`while`/`where` clause goes on with that clause", () => {
  it("the clause's subject speaks, not the main clause's", () => {
    expect(speakers("It was a potent punch by the two women, as Ann Lee echoed the criticism, saying Tom Ray \u201cis not in it for the people.\u201d")).toEqual([
      ["is not in it for the people.", "Ann Lee"],
    ]);
    expect(speakers("Tom Ray tweeted when Ann Lee ended a debate with a joke about the \u201cStar Wars\u201d film hitting theaters, remarking, \u201cMay the Force be with you.\u201d")).toEqual([
      ["May the Force be with you.", "Ann Lee"],
    ]);
  });

  it("not after `as` before a noun, a clause of time that follows the event, or a clause inside the subject", () => {
    expect(speakers("Ann Lee noted her years as senator representing the state, saying \u201cwe faced it together.\u201d")).toEqual([
      ["we faced it together.", "Ann Lee"],
    ]);
    expect(speakers("Tom Ray spoke after the senator won the vote, remarking that \u201cthe fight is over.\u201d")).toEqual([
      ["the fight is over.", "Tom Ray"],
    ]);
    expect(speakers("The hacker who found that Ann Lee used a private address while she was secretary pleaded guilty to theft, admitting that he \u201cdid it.\u201d")).toEqual([
      ["did it.", "The hacker who"],
    ]);
  });
});
