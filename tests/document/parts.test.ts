import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { buildDocument } from "../../src/document";
import { PART_LENGTH, splitAtLineBreaks, WINK_PIPE } from "../../src/document/wink";

const BREAKS = "\n\r\t";

describe("long texts are read in parts cut after line breaks", () => {
  it("cuts only after a whole run of line breaks, at the first one past the limit", () => {
    const piece = fc.constantFrom("word ", "Two words. ", "\n", "\r\n", "\n\n", "\n\t", "  ", "\u201CQuote,\u201D ");
    const text = fc.array(piece, { maxLength: 60 }).map((p) => p.join(""));
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 40 }), (input, max) => {
        const parts = splitAtLineBreaks(input, max);
        expect(parts.join("")).toBe(input);
        parts.forEach((part, k) => {
          if (k < parts.length - 1) {
            expect(BREAKS).toContain(part[part.length - 1]);
            expect(BREAKS).not.toContain(parts[k + 1]![0]);
            // The first line break at or past the limit ends the part: none before it in [max, ...).
            expect(/[\n\r]/.test(part.slice(max, part.search(/[\n\r\t]+$/)))).toBe(false);
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  it("keeps a paragraph longer than the limit whole", () => {
    expect(splitAtLineBreaks("one long paragraph\nand more", 5)).toEqual(["one long paragraph\n", "and more"]);
    expect(splitAtLineBreaks("no line break at all", 5)).toEqual(["no line break at all"]);
    expect(splitAtLineBreaks("ends with breaks\n\n", 5)).toEqual(["ends with breaks\n\n"]);
  });

  it("gives the tokens and tags wink gives the whole text", () => {
    const article = readFileSync("fixtures/article.txt", "utf8").replace(/^\s*date\s+\S+\s*/, "");
    const text = Array(Math.ceil((2.5 * PART_LENGTH) / article.length)).fill(article).join("\n\n");
    expect(splitAtLineBreaks(text).length).toBeGreaterThanOrEqual(3);
    const nlp = winkNLP(model, WINK_PIPE);
    const whole = nlp.readDoc(text).tokens();
    const types = whole.out(nlp.its.type) as string[];
    const tags = whole.out(nlp.its.pos) as string[];
    const expected = (whole.out(nlp.its.value) as string[])
      .map((value, k) => [value, tags[k]])
      .filter((_, k) => types[k] !== "tabCRLF");
    const doc = buildDocument(text);
    expect(doc.tokens.map((t) => [t.text, t.pos])).toEqual(expected);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});
