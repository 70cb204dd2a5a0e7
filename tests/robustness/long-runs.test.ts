import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildDocument } from "../../src/document";
import { breakLongRuns, hasLongRun, LONG_RUN } from "../../src/document/long-runs";
import { extractQuotes } from "../../src/index";
import { checkInvariants } from "./invariants";

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=".split("");
const MARKS = ['"', "\u201C", "\u201D", "'", "\u2019", "\u00AB", "\u00BB"];
const SENTENCES = ['"We will win," Mary Jones said.', "She said: \u201CNot now.\u201D", "Smith told reporters on Monday.", "\u2014 Ann Lee"];

/** A long run without spaces, of the kinds found pasted into articles. */
const longRun = fc.oneof(
  fc.string({ unit: fc.constantFrom(...BASE64), minLength: 200, maxLength: 3000 }).map((s) => `data:image/png;base64,${s}`),
  fc.array(fc.string({ unit: fc.constantFrom(..."abcdefghij0123456789-_%.".split("")), minLength: 1, maxLength: 40 }), { minLength: 10, maxLength: 80 })
    .map((segments) => `https://example.com/${segments.join("/")}?q=${segments.join("&x=")}`),
  fc.tuple(fc.constantFrom("a", "A", ".", "-", "\u201C", '"', "'", ":", "\u{1F600}", "\u00E9", "\u200B", "\u3000"), fc.integer({ min: 200, max: 3000 }))
    .map(([c, n]) => c.repeat(n)),
  fc.array(fc.oneof(fc.constantFrom(...MARKS), fc.string({ unit: fc.constantFrom(...BASE64), maxLength: 60 })), { minLength: 20, maxLength: 120 })
    .map((parts) => parts.join("")),
);
const separator = fc.constantFrom(" ", "", "\n", "\n\n", " \u201C", "\u201D ", '" ', ' "');
const article = fc
  .array(fc.tuple(fc.oneof(longRun, fc.constantFrom(...SENTENCES)), separator), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.map(([piece, sep]) => piece + sep).join(""));

/** Every character code of `text` that is a lone surrogate. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** hasLongRun by its definition: every character read. */
function hasLongRunByEveryCharacter(text: string): boolean {
  return text.split(/[ \n\r\t\u00A0\u2002-\u2005\u2009\u200A\u202F\u205F]/).some((run) => run.length > LONG_RUN);
}

describe("hasLongRun", () => {
  it("finds a run of LONG_RUN + 1 characters wherever it lies, and no shorter one", () => {
    for (let offset = 0; offset < 2 * LONG_RUN + 3; offset++) {
      const before = "ab ".repeat(Math.floor(offset / 3)) + " ".repeat(offset % 3);
      expect(hasLongRun(`${before}${"x".repeat(LONG_RUN)} tail`)).toBe(false);
      expect(hasLongRun(`${before}${"x".repeat(LONG_RUN + 1)} tail`)).toBe(true);
      expect(hasLongRun(`${before}${"x".repeat(LONG_RUN + 1)}`)).toBe(true);
    }
    expect(hasLongRun("")).toBe(false);
    expect(hasLongRun(`${"word ".repeat(500)}\n${"y".repeat(LONG_RUN)}`)).toBe(false);
  });

  it("answers as reading every character would", () => {
    fc.assert(fc.property(article, (input) => hasLongRun(input) === hasLongRunByEveryCharacter(input)), { numRuns: 200 });
  });
});

describe("breakLongRuns", () => {
  it("returns prose as it is", () => {
    const prose = `"We will win," Mary Jones said.\nShe left.\t${"x".repeat(LONG_RUN)} end`;
    expect(breakLongRuns(prose)).toBe(prose);
  });

  it("puts a space in place of every 256th character of a longer run, keeping the length", () => {
    const run = "a".repeat(600);
    const expected = `${"a".repeat(256)} ${"a".repeat(256)} ${"a".repeat(86)}`;
    expect(breakLongRuns(`x ${run}\ny`)).toBe(`x ${expected}\ny`);
  });

  it("never cuts a surrogate pair in half", () => {
    const faces = "\u{1F600}".repeat(300);
    const broken = breakLongRuns(faces);
    expect(broken.length).toBe(faces.length);
    expect(LONE_SURROGATE.test(broken)).toBe(false);
    expect(broken.split(/ +/).map((piece) => piece.length)).toEqual([256, 256, 84]);
  });

  it("leaves no run longer than 256 and changes only characters into spaces", () => {
    fc.assert(
      fc.property(article, (input) => {
        const broken = breakLongRuns(input);
        expect(broken.length).toBe(input.length);
        for (const run of broken.split(/[ \n\r\t\u00A0\u2002-\u2005\u2009\u200A\u202F\u205F]/)) expect(run.length).toBeLessThanOrEqual(LONG_RUN);
        for (let k = 0; k < input.length; k++) if (broken[k] !== input[k]) expect(broken[k]).toBe(" ");
      }),
      { numRuns: 100 },
    );
  });
});

describe("long runs without spaces", () => {
  it("tokens still slice exactly their text out of the input, in order", () => {
    fc.assert(
      fc.property(article, (input) => {
        // One assertion per input, not two per token: the tokens that break either rule, with the reason.
        const wrong: string[] = [];
        let previousEnd = 0;
        for (const token of buildDocument(input).tokens) {
          if (input.slice(token.start, token.end) !== token.text) wrong.push(`${token.index} ${JSON.stringify(token.text)}: slices ${JSON.stringify(input.slice(token.start, token.end))}`);
          if (token.start < previousEnd) wrong.push(`${token.index} ${JSON.stringify(token.text)}: starts at ${token.start}, before ${previousEnd}`);
          previousEnd = token.end;
        }
        expect(wrong).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it("results keep every invariant", () => {
    fc.assert(fc.property(article, (input) => checkInvariants(input, extractQuotes(input))), { numRuns: 100 });
  });

  it("do not change the quotes around them", () => {
    const before = '"We will win," Mary Jones said. ';
    const after = ' She said: "Not now."';
    const blob = `data:image/png;base64,${"iVBORw0KGgo+/".repeat(4000)}`;
    const brief = (input: string, shift: number) =>
      extractQuotes(input).quotes.map((q) => [q.text, q.start - (q.start > before.length ? shift : 0), q.speaker?.mention.text, q.cue?.text]);
    expect(brief(before + blob + after, blob.length)).toEqual(brief(before + after, 0));
    expect(brief(before + after, 0)).toEqual([
      ["We will win", 1, "Mary Jones", "said"],
      ["Not now.", 44, "She", "said"],
    ]);
  });
});
