import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findAliases, indexKnownSpeakers } from "../../src/mentions/known";
import { createExtractor, type KnownSpeaker } from "../../src/index";

/**
 * What an alias matched before the trie: a pattern per alias (first letter in either case, any
 * run of white space between words, no letter or digit on either side), searched left to right.
 */
function aliasPattern(alias: string): RegExp {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const raw = alias.trim().replace(/\s+/g, " ");
  const [c = ""] = raw;
  const head = c.toUpperCase() === c.toLowerCase() ? escape(c) : `[${c.toUpperCase()}${c.toLowerCase()}]`;
  const body = escape(raw.slice(c.length)).replace(/ /g, "\\s+");
  return new RegExp(`(?<![\\p{L}\\p{N}])${head}${body}(?![\\p{L}\\p{N}])`, "gu");
}

function byPatterns(text: string, from: number, known: readonly KnownSpeaker[]) {
  const found: Array<{ alias: number; start: number; end: number }> = [];
  let alias = 0;
  for (const speaker of known) {
    for (const name of new Set([speaker.name, ...(speaker.aliases ?? [])])) {
      for (const m of text.slice(from).matchAll(aliasPattern(name))) found.push({ alias, start: from + m.index, end: from + m.index + m[0].length });
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
    const long = Array.from({ length: 5000 }, (_, i) => `Word${i}`).join(" ");
    const extractor = createExtractor({ knownSpeakers: [{ name: "Ann Lee", aliases: [long] }] });
    const result = extractor.extract(`"We will win," ${long} said.`);
    expect(result.quotes.map((q) => [q.text, q.speaker?.name, q.speaker?.mention.end])).toEqual([["We will win", "Ann Lee", 15 + long.length]]);
  });

  it("20,000 of them are looked up, not searched for one by one", () => {
    const known = Array.from({ length: 20_000 }, (_, i) => ({ name: `Ann Person${i}`, aliases: [`Person${i}`, `the person number ${i}`] }));
    const extractor = createExtractor({ knownSpeakers: known });
    const result = extractor.extract(`"Hi," the person number 17 said.`);
    expect(result.quotes.map((q) => [q.speaker?.name, q.speaker?.mention.text])).toEqual([["Ann Person17", "the person number 17"]]);
  });
});
