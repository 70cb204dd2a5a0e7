import { describe, expect, it } from "vitest";
import { createExtractor, extractQuotes, type QuoteMarkPair } from "../../src/index";

const GUILLEMETS: QuoteMarkPair = { open: "«", close: "»" };

/** Type, text, offsets and parent of each quote; checks every span against the input. */
function quotes(text: string, quoteMarks?: QuoteMarkPair[]) {
  const result = quoteMarks ? createExtractor({ quoteMarks }).extract(text) : extractQuotes(text);
  for (const q of result.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  return result.quotes.map((q) => ({ id: q.id, type: q.type, text: q.text, parentId: q.parentId ?? null, speaker: q.speaker?.name ?? null }));
}

describe("the quoteMarks option", () => {
  it("guillemets are quotation marks without the option, and the option (which names them again) changes nothing", () => {
    const text = `Maria Lopez said: «We are ready for the final.»`;
    const expected = [{ id: "q1", type: "direct", text: "We are ready for the final.", parentId: null, speaker: "Maria Lopez" }];
    expect(quotes(text)).toEqual(expected);
    expect(quotes(text, [GUILLEMETS])).toEqual(expected);
  });

  it("French spacing inside guillemets is not part of the quote", () => {
    // U+00A0 and U+202F (narrow no-break space) as French typography uses them, and a plain space.
    for (const space of [" ", "\u00A0", "\u202F"]) {
      const text = `«${space}Bonjour${space}», a-t-il dit.`;
      expect(quotes(text, [GUILLEMETS]).map((q) => q.text)).toEqual(["Bonjour"]);
    }
  });

  it("German „...“ marks, whose closing mark is the English opening one", () => {
    const text = `Die Ministerin sagte: „Wir sind bereit.“ Then Maria Lopez said: “We are ready.”`;
    expect(quotes(text, [{ open: "„", close: "“" }]).map((q) => q.text)).toEqual(["Wir sind bereit.", "We are ready."]);
  });

  it("nested marks: ‹...› inside «...» is a quote within the quote", () => {
    const text = `Maria Lopez said: « He told me ‹ we will never give in › last night. »`;
    expect(quotes(text, [GUILLEMETS])).toEqual([
      { id: "q1", type: "direct", text: "He told me ‹ we will never give in › last night.", parentId: null, speaker: "Maria Lopez" },
    ]);
    const nested = quotes(text, [GUILLEMETS, { open: "‹", close: "›", nested: true }]);
    expect(nested.map((q) => [q.id, q.text, q.parentId])).toEqual([
      ["q1", "He told me ‹ we will never give in › last night.", null],
      ["q2", "we will never give in", "q1"],
    ]);
  });

  it("rejects pairs that are not single non-letter marks", () => {
    const bad = (pair: unknown) => () => createExtractor({ quoteMarks: [pair as QuoteMarkPair] });
    for (const pair of [{ open: "<<", close: ">>" }, { open: "a", close: "b" }, { open: "«" }, { open: "\u{1F4AC}", close: "»" }]) {
      expect(bad(pair)).toThrow(
        expect.objectContaining({
          code: "INVALID_OPTION",
          message: `A quote mark pair needs one-character open and close marks that are not letters, digits or spaces, got ${JSON.stringify(pair)}`,
        }),
      );
    }
  });
});
