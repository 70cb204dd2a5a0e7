import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildDocument } from "../../src/document";

/** Spaces of every kind wink splits at, in runs short and long (wink caps the count it keeps). */
const SPACES = [" ", "  ", " ".repeat(90), "\u00A0", "\u2002", "\u2005", "\u2009", "\u200A", "\u202F", "\u205F", "\t", "\r\n", "\n"];
const PIECES = ["Smith", "said", "\u201CYes,\u201D", "U.S.", "$5", "3:30", "don't", "\u{1F600}", "&", "e-mail", "(D-Mass.)", "\u00E9t\u00E9", "\uD83D"];

const text = fc
  .array(fc.oneof(fc.constantFrom(...SPACES), fc.constantFrom(...PIECES), fc.string({ unit: "binary", maxLength: 4 })), { maxLength: 30 })
  .map((parts) => parts.join(""));

describe("document tokens", () => {
  it("each token's offsets slice exactly its text out of the input, in order", () => {
    fc.assert(
      fc.property(text, (input) => {
        const doc = buildDocument(input);
        let previousEnd = 0;
        for (const token of doc.tokens) {
          expect(input.slice(token.start, token.end)).toBe(token.text);
          expect(token.start).toBeGreaterThanOrEqual(previousEnd);
          previousEnd = token.end;
        }
      }),
      { numRuns: 300 },
    );
  });

  it("finds a token after more spaces than wink counts", () => {
    const input = `He${" ".repeat(200)}said.`;
    expect(buildDocument(input).tokens.map((t) => [t.text, t.start])).toEqual([["He", 0], ["said", 202], [".", 206]]);
  });
});
