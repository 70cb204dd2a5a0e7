import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createExtractor, extractQuotes } from "../../src/index";
import { checkInvariants } from "./invariants";

/** What the built-in rules look at around a quote: marks, colons, line breaks, dashes, capitals. */
const PIECES = [
  '"', "\u201C", "\u201D", "'", "\u2018", "\u2019", "\u00AB", "\u00BB", ":", ",", ".", "(", ")", "):",
  "\n", "\n\n", "\r\n", " ", "  ", "\t", "-", "--", "\u2014", "\u2013",
  "A", "Q", "MS. LEE", "WALLACE", "Mary Jones", "Smith", "Rep. Ann Lee (D-Mass.)", "He", "she", "they",
  "said", "says", "told", "added", "according to", "from", "by", "to", "We will win", "x",
  // What name particles, family-name-first names, topic lead-ins and declared pronouns look at.
  "al-", "bint", "ter", "Park Ji-hoon", "on", "about", "\u2022", "wrote", "they/them", "made that appeal", "one of the people", "South",
  // What closing attributions, low opening marks and owners look at.
  "'s", "has", "warned", "which", "speaking on condition of anonymity", "after", "\u201E", "Herr", "a report by the", "read",
];
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 4, arbitrary: fc.constantFrom(":", "\n", '"', "\u201C") },
  { weight: 1, arbitrary: fc.string({ maxLength: 3 }) },
);
const oddText = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(""));

describe("the built-in rules never throw", () => {
  it("a colon alone on the line before a quotation", () => {
    // The colon lead-in is empty: leading-speaker-cue looked for a name before the first token.
    expect(extractQuotes(':\n"abc"').quotes).toEqual([]);
    const explained = createExtractor({ explain: true }).extract(':\n"We will win the vote."').quotes;
    expect(explained.map((q) => [q.text, q.speaker, q.rule])).toEqual([["We will win the vote.", null, "none"]]);
    expect(explained[0]!.explain!.find((t) => t.rule === "leading-speaker-cue")).toEqual({
      rule: "leading-speaker-cue",
      outcome: "passed",
      reason: "no cue in the lead-in",
    });
  });

  it("a hyphen opening the text before a capital", () => {
    // A particle joined by a hyphen was looked for before the first token ("-B": found by the property below).
    expect(extractQuotes("-B").quotes).toEqual([]);
    expect(extractQuotes('-B said "we will win."').quotes.map((q) => q.text)).toEqual(["we will win."]);
  });

  it("a cue that ends the text after a quotation mark", () => {
    // The one-name clause read the token after the cue, which a text ending there does not have.
    expect(extractQuotes('" South wrote about').quotes).toEqual([]);
  });

  it("a possessive opening the text, and a comma ending it after a closing attribution", () => {
    // A description's start was looked for before the first token ("'s family Ann Park ...": found by a fuzz run).
    // (Its opening straight mark opens a quotation there.)
    expect(extractQuotes("'s family Ann Park said hello.").quotes.map((q) => q.text)).toEqual(["s family Ann Park said hello."]);
    // The phrase after a closing attribution's last comma was read past the text's end.
    expect(extractQuotes("Ana Ruiz said,").quotes).toEqual([]);
  });

  it("a name before the colon line still speaks", () => {
    const [quote] = extractQuotes('Mary Jones said:\n"We will win the vote."').quotes;
    expect([quote!.text, quote!.speaker?.mention.text, quote!.rule]).toEqual(["We will win the vote.", "Mary Jones", "leading-speaker-cue"]);
  });

  it("on any mix of marks, colons, line breaks, dashes and capitals", () => {
    const explaining = createExtractor({ explain: true });
    fc.assert(
      fc.property(oddText, (input) => {
        checkInvariants(input, extractQuotes(input, { articleDate: "2021-03-14" }));
        checkInvariants(input, explaining.extract(input));
      }),
      { numRuns: 2000 },
    );
  });
});
