/**
 * Quotation styles read without options: British single marks (curly and straight) with double
 * marks nested, apostrophes told from marks, and odd marks. All sentences are invented.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildDocument } from "../../src/document";
import { buildCueLexicon } from "../../src/lexicon/cues";
import { cueMatcher } from "../../src/lexicon/match";
import { createExtractor, extractQuotes, type QuoteStyle } from "../../src/index";
import { DEFAULT_INNER_MARKS, DEFAULT_OUTER_MARKS, findQuotes } from "../../src/quotes";
import { scanSingles } from "../../src/quotes/singles";

const matcher = cueMatcher(buildCueLexicon());

/** Quotations in marks found by the quotes stage (type, text, parent), each checked against the input. */
function marked(text: string, style?: QuoteStyle) {
  const found = findQuotes(buildDocument(text), { outer: DEFAULT_OUTER_MARKS, inner: DEFAULT_INNER_MARKS, ...(style && { style }) }, matcher).quotes;
  for (const q of found) expect(text.slice(q.start, q.end)).toBe(q.text);
  return found.filter((q) => q.type !== "indirect").map((q) => ({ type: q.type, text: q.text, parent: q.parentId ?? null }));
}

/** The extractor's quotations in marks with their speakers' names. */
function spoken(text: string) {
  const result = extractQuotes(text);
  for (const q of result.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  return result.quotes.filter((q) => q.type !== "indirect").map((q) => [q.text, q.speaker?.name ?? null]);
}

const BRITISH = [
  "Harbour Town’s players have voted to stay in the league, ending a season of doubt about the club’s future.",
  "",
  "‘We’ll be here next year,’ said Ana Ruiz, the captain. ‘The players’ decision was unanimous.’",
  "",
  "The chairman, Peter O’Brien, who has run the club since the ’90s, said the vote came at 11 o’clock. ‘I told them “stay and fight” and they did,’ he said. ‘It was a long night.",
  "",
  "‘But nobody left the room before the end.’",
  "",
  "Fans gathered outside the Joneses’ shop, where a band played rock ’n’ roll.",
].join("\n");

describe("British style: single curly marks outside, doubles nested", () => {
  it("finds each quotation in single marks and leaves every apostrophe alone", () => {
    expect(marked(BRITISH)).toEqual([
      { type: "direct", text: "We’ll be here next year", parent: null },
      { type: "direct", text: "The players’ decision was unanimous.", parent: null },
      { type: "direct", text: "I told them “stay and fight” and they did", parent: null },
      { type: "partial", text: "stay and fight", parent: "c4" },
      { type: "direct", text: "It was a long night.\n\n‘But nobody left the room before the end.", parent: null },
    ]);
  });

  it("attributes them as it does double-quoted ones", () => {
    expect(spoken("'We will win,' said Ana Ruiz.")).toEqual([["We will win", "Ana Ruiz"]]);
    expect(spoken("‘We will win,’ said Ana Ruiz.")).toEqual([["We will win", "Ana Ruiz"]]);
    expect(spoken(BRITISH).filter(([text]) => text !== "stay and fight")).toEqual([
      ["We’ll be here next year", "Ana Ruiz"],
      ["The players’ decision was unanimous.", "Ana Ruiz"],
      ["I told them “stay and fight” and they did", "Peter O’Brien"],
      ["It was a long night.\n\n‘But nobody left the room before the end.", "Peter O’Brien"],
    ]);
  });

  it("a plural possessive inside a quotation does not close it", () => {
    expect(marked("‘It was the players’ decision, not mine,’ said Ana Ruiz.").map((q) => q.text)).toEqual(["It was the players’ decision, not mine"]);
    expect(marked("‘I know the fans’ songs,’ she said. ‘They sing them every week.’").map((q) => q.text)).toEqual([
      "I know the fans’ songs",
      "They sing them every week.",
    ]);
    // Also before a word in nested double marks.
    expect(marked("‘The decision is final, and the fans’ “betrayal” banners won’t change it,’ said Ana Ruiz.").map((q) => q.text)).toEqual([
      "The decision is final, and the fans’ “betrayal” banners won’t change it",
      "betrayal",
    ]);
  });

  it("a quotation left open at a blank line closes in the next paragraph without being reopened", () => {
    expect(marked("‘We will not give up.\n\nWe will win,’ said Ana Ruiz.").map((q) => q.text)).toEqual(["We will not give up.\n\nWe will win"]);
  });

  it("a mark that only looks like an opening one, never closed in its paragraph, is no quotation", () => {
    expect(marked("The fans sang ‘Harbour Town till I die all night.\n\nThe club’s staff went home.")).toEqual([]);
  });
});

describe("British style: straight single marks", () => {
  const STRAIGHT = [
    "The club's manager, Liam O'Neill, called the offer 'an insult' on Tuesday.",
    "",
    "'We won't accept it, and the players' union won't either,' he said. 'We've played rock 'n' roll football since the '90s and we'll keep playing it.'",
    "",
    "The Joneses' bakery, a sponsor, said it would stay open until 10 o'clock on match days.",
  ].join("\n");

  it("tells quotations from apostrophes", () => {
    expect(marked(STRAIGHT)).toEqual([
      { type: "partial", text: "an insult", parent: null },
      { type: "direct", text: "We won't accept it, and the players' union won't either", parent: null },
      { type: "direct", text: "We've played rock 'n' roll football since the '90s and we'll keep playing it.", parent: null },
    ]);
  });

  it("names the speaker", () => {
    expect(spoken(STRAIGHT)).toEqual([
      ["an insult", "Liam O'Neill"],
      ["We won't accept it, and the players' union won't either", "Liam O'Neill"],
      ["We've played rock 'n' roll football since the '90s and we'll keep playing it.", "Liam O'Neill"],
    ]);
  });

  it("reads a year cut to two digits as an apostrophe", () => {
    expect(marked("'We were champions in '89 and we will be again,' said Tom Reed.").map((q) => q.text)).toEqual([
      "We were champions in '89 and we will be again",
    ]);
  });
});

describe("double style stays as it was", () => {
  it("single marks nested in double ones are nested quotations", () => {
    expect(marked("“He told me ‘never again’ and walked out,” said Ana Ruiz. The players’ union agreed.")).toEqual([
      { type: "direct", text: "He told me ‘never again’ and walked out", parent: null },
      { type: "partial", text: "never again", parent: "c1" },
    ]);
  });

  it("an article mostly in double marks keeps its one single-quoted headline out", () => {
    const text = "Ruiz: 'We are ready'\n\n\"We will win,\" said Ana Ruiz.\n\n\"It is our year,\" she added.";
    expect(marked(text).map((q) => q.text)).toEqual(["We will win", "It is our year"]);
  });

  it("quoteStyle overrides the choice", () => {
    // Two quotations in singles outside doubles against one double pair: the article is British.
    const british = "‘We will win,’ said Ana Ruiz. ‘We are ready,’ she added. “Never,” said Tom Reed.";
    expect(marked(british).map((q) => q.text)).toEqual(["We will win", "We are ready", "Never"]);
    expect(marked(british, "double").map((q) => q.text)).toEqual(["Never"]);
    const american = "“We will win,” said Ana Ruiz. “It is ‘our’ year,” said Tom Reed. ‘Never,’ he added.";
    expect(marked(american).map((q) => q.text)).toEqual(["We will win", "It is ‘our’ year", "our"]);
    expect(marked(american, "single").map((q) => q.text)).toEqual(["We will win", "It is ‘our’ year", "our", "Never"]);
    expect(createExtractor({ quoteStyle: "double" }).extract(british).quotes.map((q) => q.text)).toEqual(["Never"]);
  });

  it("rejects an unknown quoteStyle", () => {
    expect(() => createExtractor({ quoteStyle: "british" as QuoteStyle })).toThrow(
      expect.objectContaining({ code: "INVALID_OPTION", message: 'quoteStyle must be one of "auto", "double", "single", got "british"' }),
    );
  });
});

describe("odd marks", () => {
  it("a closing mark typed to open, in the middle of a paragraph", () => {
    expect(marked("He said, ”We will win the cup,” and left.").map((q) => q.text)).toEqual(["We will win the cup"]);
  });

  it("two single marks typed for a double one", () => {
    expect(marked("‘’We will win the cup,” said Ana Ruiz.").map((q) => q.text)).toEqual(["We will win the cup"]);
    const text = "‘‘We will win the cup,’’ said Ana Ruiz.";
    const [q] = extractQuotes(text).quotes;
    expect([q!.text, q!.speaker?.name]).toEqual(["We will win the cup", "Ana Ruiz"]);
  });

  it("a closing pair of singles after a curly opening mark is left alone when nothing opens with a pair", () => {
    const text = "\"She asked a “question’’ that nobody answered.\n\nShe left.";
    expect(marked(text).map((q) => q.text)).toEqual(["She asked a “question’’ that nobody answered."]);
  });

  it("a double-quoted quotation broken by a blank line closes without a new opening mark", () => {
    expect(marked("“We will not give up.\n\nWe will win,” said Ana Ruiz.").map((q) => q.text)).toEqual(["We will not give up.\n\nWe will win"]);
    expect(marked("“We will not give up on the\nplayers,” said Ana Ruiz.").map((q) => q.text)).toEqual(["We will not give up on the\nplayers"]);
  });

  it("a single line break after a full sentence does not carry the quotation into a name line", () => {
    expect(marked("\"We will win the cup this year.\nAna Ruiz, captain.\"\n\nThe season starts soon.").map((q) => q.text)).toEqual([
      "We will win the cup this year.",
    ]);
  });

  it("guillemets are quotation marks by default", () => {
    expect(spoken("Maria Lopez said: «We are ready for the final.»")).toEqual([["We are ready for the final.", "Maria Lopez"]]);
  });
});

const PIECES = ["'", "‘", "’", "“", "”", '"', "''", "‘‘", "’’", "«", "»", "s'", "'s", "'90s", "'n'", "o'clock", "O'Brien", "We'll", " ", "\n", "\n\n", "word", "Ana Ruiz said", ",", ".", ":"];
const mixes = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(""));

describe("properties", () => {
  it("every quotation slices exactly out of the input, in every style", () => {
    fc.assert(
      fc.property(mixes, fc.constantFrom<QuoteStyle>("auto", "double", "single"), (input, style) => {
        for (const q of findQuotes(buildDocument(input), { outer: DEFAULT_OUTER_MARKS, inner: DEFAULT_INNER_MARKS, style }, matcher).quotes) {
          expect(input.slice(q.start, q.end)).toBe(q.text);
          if (q.open) expect(input.slice(q.open.start, q.open.end)).toBe(q.open.text);
          if (q.close) expect(input.slice(q.close.start, q.close.end)).toBe(q.close.text);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("scanning single marks never throws and finds ordered, non-overlapping spans", () => {
    fc.assert(
      fc.property(mixes, (input) => {
        const spans = scanSingles(input, 0);
        spans.forEach((s, k) => {
          expect(s.contentStart).toBeLessThan(s.contentEnd);
          if (k > 0) expect(s.openAt).toBeGreaterThan(spans[k - 1]!.contentEnd - 1);
        });
      }),
      { numRuns: 500 },
    );
  });

  it("the extractor's spans stay exact on random mixes of marks and apostrophes", () => {
    fc.assert(
      fc.property(mixes, (input) => {
        for (const q of extractQuotes(input).quotes) expect(input.slice(q.start, q.end)).toBe(q.text);
      }),
      { numRuns: 100 },
    );
  });
});
