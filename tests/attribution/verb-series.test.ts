import { describe, expect, it } from "vitest";
import { createExtractor } from "../../src/index";
import { quoteMentions } from "./quote-mentions";

const extractor = createExtractor();

/** Each reported-speech quotation of `text` with its cue and the words of its speaker mention, or null. */
function reported(text: string): Array<[string, string | null]> {
  return extractor.extract(text).quotes.filter((q) => q.type === "indirect").map((q) => [
    q.cue?.text ?? "", q.speaker ? text.slice(q.speaker.mention.start, q.speaker.mention.end) : null,
  ]);
}

describe("a verb in the middle of a series (`X V1 ..., V2 ... and V3`) shares the first verb's subject", () => {
  it("after a quoted term closing the first member", () => {
    expect(reported("Ruiz further summed up the plan as \u201cweak,\u201d denounced its cost and said the council should start again.")).toContainEqual(["denounced", "Ruiz"]);
  });

  it("after a phrase opening the sentence", () => {
    expect(reported("In the senate, Ann Moss secured money for farmers, blocked banks from hiring abroad and said the rules were unfair.")).toContainEqual(["blocked", "Ann Moss"]);
  });

  it("not a passive participle set off by commas", () => {
    expect(reported("Gun groups have started a petition, signed by more than 4,000 people, and asked the mayor to act.")).not.toContainEqual(["signed", "Gun groups"]);
  });

  it("not without a closing `and` and verb", () => {
    expect(reported("Ann Moss praised the mayor, blocked the vote.")).not.toContainEqual(["blocked", "Ann Moss"]);
  });
});

describe("a quoted term closing the first member of a series is the series' subject's", () => {
  it("not the object of the verb after it, read as an inverted speaker", () => {
    expect(quoteMentions("Ruiz further summed up the plan as \u201cweak,\u201d denounced its cost and said the council should start again.")).toEqual([["weak", "Ruiz"]]);
  });

  it("an inverted speaker after a quotation opening the sentence is kept", () => {
    expect(quoteMentions("\u201cIt is weak,\u201d said Ann Moss, and the council agreed.")).toEqual([["It is weak", "Ann Moss"]]);
  });
});
