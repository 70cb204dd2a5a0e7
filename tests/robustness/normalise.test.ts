import { describe, expect, it } from "vitest";
import { normalise } from "../../src/document/normalise";
import { extractQuotes } from "../../src/index";

/** The fields that matter here, with every span checked against the input. */
function quotesOf(input: string) {
  return extractQuotes(input).quotes.map((q) => {
    for (const s of [q, q.speaker?.mention, q.cue]) if (s) expect(input.slice(s.start, s.end)).toBe(s.text);
    return { type: q.type, text: q.text, start: q.start, end: q.end, speaker: q.speaker?.mention.text, cue: q.cue?.text };
  });
}

describe("HTML character references are read as the characters they stand for", () => {
  it("&quot; marks a direct quote; its span leaves the references out", () => {
    expect(quotesOf("&quot;Hello,&quot; she said.")).toEqual([
      { type: "direct", text: "Hello", start: 6, end: 11, speaker: "she", cue: "said" },
    ]);
  });

  it("decimal, hex and named curly quotes", () => {
    const expected = (start: number) => [{ type: "direct", text: "We will win", start, end: start + 11, speaker: "Mary Jones", cue: "said" }];
    expect(quotesOf("&#8220;We will win,&#8221; Mary Jones said.")).toEqual(expected(7));
    expect(quotesOf("&#x201C;We will win,&#x201D; Mary Jones said.")).toEqual(expected(8));
    expect(quotesOf("&ldquo;We will win,&rdquo; Mary Jones said.")).toEqual(expected(7));
  });

  it("an apostrophe reference inside the quote stays as written in its text", () => {
    expect(quotesOf("Mary Jones said: &ldquo;It&rsquo;s over.&rdquo;")).toEqual([
      { type: "direct", text: "It&rsquo;s over.", start: 24, end: 40, speaker: "Mary Jones", cue: "said" },
    ]);
    expect(quotesOf("&ldquo;It&#39;s over,&rdquo; Mary Jones said.")).toEqual([
      { type: "direct", text: "It&#39;s over", start: 7, end: 20, speaker: "Mary Jones", cue: "said" },
    ]);
  });

  it("decodes once: &amp;quot; is an ampersand and the word quot, not a mark", () => {
    expect(quotesOf("She wrote &amp;quot;hello&amp;quot; in the margin.")).toEqual([]);
  });
});

describe("whitespace and invisible characters keep offsets exact", () => {
  it("NBSP between the quote and its attribution", () => {
    expect(quotesOf('"Hello,"\u00A0she said.')).toEqual([{ type: "direct", text: "Hello", start: 1, end: 6, speaker: "she", cue: "said" }]);
  });

  it("zero-width characters inside a quoted word and after the speaker", () => {
    expect(quotesOf('"Hel\u200Blo," she\u200B said.')).toEqual([
      { type: "direct", text: "Hel\u200Blo", start: 1, end: 7, speaker: "she", cue: "said" },
    ]);
    expect(quotesOf('\uFEFF\u200B"Hello," she said.')).toEqual([{ type: "direct", text: "Hello", start: 3, end: 8, speaker: "she", cue: "said" }]);
  });

  it("CRLF paragraphs", () => {
    expect(quotesOf('Line one.\r\n\r\n"Hello," Mary Jones said.\r\n')).toEqual([
      { type: "direct", text: "Hello", start: 14, end: 19, speaker: "Mary Jones", cue: "said" },
    ]);
  });
});

describe("normalise()", () => {
  it("leaves text with nothing to normalise as it is", () => {
    expect(normalise('"Hi," he said.\r\n')).toEqual({ text: '"Hi," he said.\r\n', toOriginal: null });
    expect(normalise("AT&T and &unknown; stay").toOriginal).toBeNull();
  });

  it("maps starts past dropped characters and ends after whole references", () => {
    const input = "a&quot;b\u200Bc&#128512;d";
    const { text, toOriginal } = normalise(input);
    expect(text).toBe('a"bc\u{1F600}d');
    const map = toOriginal!;
    expect([0, 1, 2, 3, 4, 6, 7].map((k) => map(k))).toEqual([0, 1, 7, 9, 10, 19, 20]);
    expect([1, 2, 3, 4, 6, 7].map((k) => map(k, true))).toEqual([1, 7, 8, 10, 19, 20]);
  });
});
