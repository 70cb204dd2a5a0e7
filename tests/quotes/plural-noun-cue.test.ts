import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/index";

const indirect = (text: string) =>
  extractQuotes(text).quotes.filter((q) => q.type === "indirect").map((q) => q.text);

// "states" after a preposition, an article, a possessive, a number or an adjective is the plural
// noun ("in states that vote in May"), not the verb of "The memo states that ...".
describe("a cue's plural-noun homograph after a modifier", () => {
  it("reports nothing for the noun after a preposition, a possessive or a number", () => {
    expect(indirect("Ruiz will campaign in states that Lee won easily last year.")).toEqual([]);
    expect(indirect("Senators with vacancies in their states that need judges are worried.")).toEqual([]);
    expect(indirect("His poor showings in the four states that voted on Saturday hurt him.")).toEqual([]);
  });

  it("still reads the verb after its subject", () => {
    expect(indirect("The memo states that the ferry will run on Sundays.")).toEqual(["the ferry will run on Sundays"]);
    expect(indirect("It states that courts must wait before ruling.")).toEqual(["courts must wait before ruling"]);
  });
});

describe("a numbered provision before the verb", () => {
  it("reads Article 5 states that as the verb", () => {
    expect(indirect("Article 5 states that members must pay their dues.")).toEqual(["members must pay their dues"]);
  });
});

describe("a demonstrative or relative subject before the verb", () => {
  it("reads This states that and which states that as the verb", () => {
    expect(indirect("The charter is long. This states that members must pay their dues.")).toContain("members must pay their dues");
    expect(indirect("Lee cited the charter, which states that members must pay their dues.")).toContain("members must pay their dues");
  });
});
