import { describe, expect, it } from "vitest";
import { createExtractor } from "../../src/index";

const extractor = createExtractor();

/** Each quote as `text -> speaker name`. */
function speakers(input: string): string[] {
  return extractor.extract(input).quotes.map((q) => `${q.text} -> ${q.speaker?.name ?? "none"}`);
}

describe("a relative closing a description names the person the description is of", () => {
  it("a copula's complement: `X is a retired teacher who says`", () => {
    expect(speakers("Mrs. Tull is a retired teacher who says the plan is unfair.")).toEqual(["the plan is unfair -> Tull"]);
  });

  it("an apposition to a copula's complement, a modifier between the article and the speaker phrase", () => {
    const text = "In her time, Mrs. Tull was one of the most polarizing figures in town, a self-described farmer who said the tax was a theft.";
    expect(speakers(text)).toEqual(["the tax was a theft -> Tull"]);
  });

  it("past a preposition when the name before `who` is no person: `X, a graduate of Corvale Law School who`", () => {
    expect(speakers("The panel heard from Tom Reyes, a graduate of Corvale Law School who said the rules were unfair.")).toEqual([
      "the rules were unfair -> Tom Reyes",
    ]);
  });

  it("not past a preposition before a person, nor after a copula that is no noun phrase's", () => {
    expect(speakers("Tom Reyes, a friend of Ann Lee who said the plan was unfair, left.")).toEqual(["the plan was unfair, left -> Ann Lee"]);
    expect(speakers("Ann Lee was at the meeting, a farmer who said the plan was unfair.")).toEqual(["the plan was unfair -> farmer"]);
  });
});

describe("'who' after a person's name, a prepositional phrase with an owner and the body's name", () => {
  it("`X of the teachers' union, Unitas, who said` is X, the owner included in the phrase", () => {
    expect(speakers("Then came Anna Berg of the teachers' union, Unitas, who said that schools would close.")).toEqual([
      "schools would close -> Anna Berg",
    ]);
    expect(speakers("Next came Oli Jakobsen of the ferry crews' union, Ferjufelag, who said that 40 jobs would go.")).toEqual([
      "40 jobs would go -> Oli Jakobsen",
    ]);
  });
});
