import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findAliases, indexKnownSpeakers } from "../../src/mentions/known";
import { createExtractor, type KnownSpeaker } from "../../src/index";

/** A letter or digit: no alias match starts right after one or ends right before one. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * What an alias matched before the trie: a pattern per alias (first letter in either case, any
 * run of white space between words), searched left to right, where no letter or digit stands on
 * either side. (The pattern once held the sides as lookarounds; checking them after each match,
 * and searching on from the next character when they fail, finds the same matches, and V8
 * compiles the pattern in a fraction of the time: most of this file's time went to that.)
 */
function aliasPattern(alias: string): RegExp {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const raw = alias.trim().replace(/\s+/g, " ");
  const [c = ""] = raw;
  const head = c.toUpperCase() === c.toLowerCase() ? escape(c) : `[${c.toUpperCase()}${c.toLowerCase()}]`;
  const body = escape(raw.slice(c.length)).replace(/ /g, "\\s+");
  return new RegExp(`${head}${body}`, "gu");
}

/** The code point that ends at `at` (one of a surrogate pair's two halves, or one unit). */
const codePointBefore = (text: string, at: number) => [...text.slice(Math.max(0, at - 2), at)].pop() ?? "";
const codePointAt = (text: string, at: number) => (at < text.length ? String.fromCodePoint(text.codePointAt(at)!) : "");

function matchesOf(pattern: RegExp, text: string): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const end = m.index + m[0].length;
    if (LETTER_OR_DIGIT.test(codePointBefore(text, m.index)) || LETTER_OR_DIGIT.test(codePointAt(text, end))) {
      pattern.lastIndex = m.index + codePointAt(text, m.index).length;
    } else {
      found.push({ start: m.index, end });
    }
  }
  return found;
}

function byPatterns(text: string, from: number, known: readonly KnownSpeaker[]) {
  const found: Array<{ alias: number; start: number; end: number }> = [];
  let alias = 0;
  for (const speaker of known) {
    for (const name of new Set([speaker.name, ...(speaker.aliases ?? [])])) {
      for (const m of matchesOf(aliasPattern(name), text.slice(from))) found.push({ alias, start: from + m.start, end: from + m.end });
      alias++;
    }
  }
  return found;
}

const WORDS = ["Ann", "ann", "ANN", "Lee", "lee", "the", "The", "boss", "Ann-Lee", "O'Neil", "U.S.", "AT&T", "3M", "\u00C9mile", "\u00E9mile", "\u0141ukasz", "\u{1D49C}bc", "\u{1F600}", "@ann", "(D)", "x"];
const SPACES = [" ", "  ", "\u00A0", "\n", "\t", "\u2009"];
const phrase = fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SPACES, "", ".", ",")), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.map(([w, s]) => w + s).join("").trim())
  .filter((p) => p.length > 0);
const speakers = fc.array(fc.record({ name: phrase, aliases: fc.array(phrase, { maxLength: 3 }) }), { minLength: 1, maxLength: 5 });
/** Text made of the speakers' own names and aliases (in other cases and spacings too) and other words. */
const withSpeakers = speakers.chain((known) => {
  const names = known.flatMap((k) => [k.name, ...k.aliases]);
  const variants = names.flatMap((n) => [n, n.toLowerCase(), n.toUpperCase(), n.replace(/ /g, "\n "), `${n}x`]);
  const article = fc.array(fc.tuple(fc.constantFrom(...WORDS, ...variants, "said", '"'), fc.constantFrom(...SPACES, "", ".", ",", "'s ")), { maxLength: 20 })
    .map((parts) => parts.map(([w, s]) => w + s).join(""));
  return fc.tuple(fc.constant(known), article);
});

describe("known speakers' names and aliases", () => {
  it("are found where a pattern per alias found them", () => {
    fc.assert(
      fc.property(withSpeakers, fc.nat(5), ([known, text], from) => {
        const start = Math.min(from, text.length);
        expect(findAliases(text, start, indexKnownSpeakers(known))).toEqual(byPatterns(text, start, known));
      }),
      { numRuns: 200 },
    );
  });

  it("an alias of 5,000 words is an ordinary option", () => {
    // A pattern per alias made this one an invalid regular expression (too large).
    const long = Array.from({ length: 5000 }, (_, i) => "abcde"[i % 5]).join(" ");
    const extractor = createExtractor({ knownSpeakers: [{ name: "Ann Lee", aliases: [long] }] });
    const result = extractor.extract(`"We will win," ${long} said.`);
    expect(result.quotes.map((q) => [q.text, q.speaker?.name, q.speaker?.mention.end])).toEqual([["We will win", "Ann Lee", 15 + long.length]]);
  });

  it("20,000 of them cost about what 20 do: built once per extractor, looked up, not searched for one by one", () => {
    const speakers = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `Ann Person${i}`, aliases: [`Person${i}`, `the person number ${i}`] }));
    const article = Array.from({ length: 40 }, (_, i) => `"We will win ${i}," the person number ${i} said. Mary Smith agreed.`).join("\n");
    const medianMs = (extractor: ReturnType<typeof createExtractor>) => {
      extractor.extract(article); // warm-up
      const times = [0, 1, 2].map(() => {
        const t0 = performance.now();
        extractor.extract(article);
        return performance.now() - t0;
      });
      return times.sort((a, b) => a - b)[1]!;
    };
    const many = createExtractor({ knownSpeakers: speakers(20_000) });
    const few = createExtractor({ knownSpeakers: speakers(20) });
    expect(few.extract(article).quotes.slice(0, 2).map((q) => [q.speaker?.name, q.speaker?.mention.text])).toEqual([
      ["Ann Person0", "the person number 0"],
      ["Ann Person1", "the person number 1"],
    ]);
    expect(many.extract(article).quotes.map((q) => q.speaker?.name)).toEqual(Array.from({ length: 40 }, (_, i) => `Ann Person${i}`));
    const [tMany, tFew] = [medianMs(many), medianMs(few)];
    console.log(`known speakers: 20,000 ${tMany.toFixed(1)} ms, 20 ${tFew.toFixed(1)} ms per article, ratio ${(tMany / tFew).toFixed(2)}`);
    // Generous: a bigger heap costs the collector a little; a search per alias cost thousands of times more.
    expect(tMany / tFew).toBeLessThan(10);
  });
});
