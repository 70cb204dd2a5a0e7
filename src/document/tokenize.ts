import { bylineParagraph } from "./byline";
import { datelineEnd } from "./dateline";
import { foldLetters } from "./fold-letters";
import { breakLongRuns, isSpaceBetweenTokens } from "./long-runs";
import { BEFORE_NAMES, sentenceEnds } from "./sentence-ends";
import { retagWords } from "./retag";
import { readArticle } from "./wink";
import type { Doc, Paragraph, Sentence, Token, TokenKind } from "./types";

/**
 * Sentences longer than this many tokens are split (at a comma, semicolon or colon once past
 * SOFT_SENTENCE_TOKENS, else at HARD_SENTENCE_TOKENS). Real news sentences stay far below it; the
 * cap keeps every per-sentence scan of the later stages bounded, so run-time stays linear on
 * text with no full stop (a 1 MB paragraph would otherwise be one sentence scanned per quote).
 */
const SOFT_SENTENCE_TOKENS = 150;
const HARD_SENTENCE_TOKENS = 250;
const SOFT_BREAKS = new Set([",", ";", ":"]);

const KINDS: Record<string, TokenKind> = {
  word: "word",
  number: "number",
  punctuation: "punct",
  emoji: "symbol",
  emoticon: "symbol",
  symbol: "symbol",
  currency: "symbol",
};

/**
 * Whether `value` may change when lower-cased: an ASCII capital or any non-ASCII character. Most
 * tokens are lower-case ASCII, and this test is cheaper than the new string toLowerCase makes.
 */
function hasUpperCase(value: string): boolean {
  for (let k = 0; k < value.length; k++) {
    const c = value.charCodeAt(k);
    if ((c >= 65 && c <= 90) || c > 127) return true;
  }
  return false;
}

/**
 * Tokenises `text` from `bodyStart` with wink-nlp (one `readDoc` per part of a long text: see
 * PART_LENGTH in wink.ts). wink has no offsets API, so each token starts after the previous one
 * and the spaces that follow it (exact for CRLF, NBSP and astral characters). Sentences never
 * cross a line break: a line break always ends a paragraph. wink reads `read`, the text with its
 * long runs without a space broken and its letters beyond Latin-1 folded (same length, same
 * offsets: see breakLongRuns and foldLetters); each token's text is sliced from `text`.
 */
export function tokenize(text: string, bodyStart: number, articleDate: string | null): Doc {
  const read = foldLetters(breakLongRuns(text));
  const { docs, its } = readArticle(read.slice(bodyStart));
  const builder = new DocBuilder(text, read, bodyStart);
  for (const doc of docs) {
    const all = doc.tokens();
    builder.readPart(all.out(its.value) as string[], all.out(its.type) as string[], all.out(its.pos) as string[]);
  }
  return builder.finish(articleDate);
}

/** Builds tokens, sentences and paragraphs from wink's parts, in order. */
class DocBuilder {
  readonly tokens: Token[] = [];
  readonly sentences: Sentence[] = [];
  readonly paragraphs: Paragraph[] = [];
  /** Where the next token is looked for in `read`. */
  private offset: number;
  private paragraphStart = -1;
  /** The current paragraph's first token. */
  private paragraphToken = 0;
  /** Where the current paragraph's dateline ends (a sentence ends there); -1 for none. */
  private dateline = -1;

  /**
   * Whether wink reads the text itself (no run broken, no letter folded): then a token's text is
   * wink's value. Decided once: two distinct strings compare by content, up to their first difference.
   */
  private readonly readsText: boolean;

  constructor(
    private readonly text: string,
    private readonly read: string,
    private readonly bodyStart: number,
  ) {
    this.offset = bodyStart;
    this.readsText = read === text;
  }

  readPart(values: readonly string[], types: readonly string[], tags: readonly string[]): void {
    for (let i = 0; i < values.length; i++) {
      const value = values[i]!;
      const start = this.advance(value);
      if (types[i] === "tabCRLF") {
        // A line break ends the paragraph; a bare tab is whitespace, not a token.
        if (/[\n\r\u2028\u2029]/.test(value)) this.closeParagraph(this.lastEnd(start));
        continue;
      }
      // "would vote no.": wink reads a lower-case "no." as the abbreviation of "No. 5" wherever it
      // stands; before anything but a number it is the word and the sentence's full stop.
      if (value === "no." && types[i + 1] !== "number") {
        this.offset = start + 2;
        this.push(start, "no", tags[i]!, "word");
        this.offset = start + 3;
        this.push(start + 2, ".", "PUNCT", "punct");
        continue;
      }
      this.push(start, value, tags[i]!, KINDS[types[i]!] ?? "other");
    }
  }

  finish(articleDate: string | null): Doc {
    this.closeParagraph(this.lastEnd(this.offset));
    retagWords(this.tokens);
    const { text, bodyStart, tokens, sentences, paragraphs } = this;
    return { text, articleDate, bodyStart, tokens, sentences, paragraphs, byline: bylineParagraph(text, paragraphs) };
  }

  /** Moves past the spaces before `value` and past `value` itself; returns where it starts. */
  private advance(value: string): number {
    const read = this.read;
    while (this.offset < read.length && isSpaceBetweenTokens(read.charCodeAt(this.offset))) this.offset++;
    // Guard the offset arithmetic: if wink ever normalised a character, re-find the token.
    if (!read.startsWith(value, this.offset)) {
      const found = read.indexOf(value, this.offset);
      if (found >= 0) this.offset = found;
    }
    const start = this.offset;
    this.offset += value.length;
    return start;
  }

  /** Adds the token from `start` to the current offset, opening a paragraph if none is. */
  private push(start: number, value: string, pos: string, kind: TokenKind): void {
    if (value === "." && this.takesFullStop(start)) return;
    if (this.paragraphStart < 0) {
      this.paragraphStart = start;
      this.paragraphToken = this.tokens.length;
      this.dateline = datelineEnd(this.text, start, this.paragraphs.length);
    }
    const word = this.readsText ? value : this.text.slice(start, this.offset);
    this.tokens.push({
      index: this.tokens.length,
      text: word,
      lower: hasUpperCase(word) ? word.toLowerCase() : word,
      start,
      end: this.offset,
      pos,
      kind,
      sentence: -1, // set when the paragraph is split into sentences
    });
  }

  /**
   * "Maj", "." → "Maj.": wink keeps the full stop of some titles ("Gen.", "Sen.") in their token
   * and splits it from others ("Maj", "Supt", "Mme"), where it would read as the end of a sentence
   * before the name. The word before a full stop that touches it, if it is such a title, takes it.
   */
  private takesFullStop(start: number): boolean {
    const last = this.tokens[this.tokens.length - 1];
    // (Capitalised, as a title is: "ouest-france.fr." ends its sentence.)
    if (!last || last.end !== start || this.paragraphStart < 0 || !/^\p{Lu}/u.test(last.text) || !BEFORE_NAMES.has(`${last.lower}.`)) return false;
    last.end = this.offset;
    last.text = this.text.slice(last.start, last.end);
    last.lower = last.text.toLowerCase();
    return true;
  }

  private lastEnd(otherwise: number): number {
    return this.tokens.length ? this.tokens[this.tokens.length - 1]!.end : otherwise;
  }

  /**
   * Splits the paragraph's tokens into sentences (sentenceEnds), also where an over-long sentence
   * reaches a soft break or HARD_SENTENCE_TOKENS, and after the paragraph's dateline.
   */
  private splitSentences(): void {
    const tokens = this.tokens;
    const ends = sentenceEnds(tokens, this.paragraphToken, tokens.length);
    let next = 0;
    let first = this.paragraphToken;
    for (let i = first; i < tokens.length; i++) {
      const token = tokens[i]!;
      token.sentence = this.sentences.length;
      const atEnd = ends[next] === i;
      if (atEnd) next++;
      const length = i + 1 - first;
      const tooLong = length >= HARD_SENTENCE_TOKENS || (length >= SOFT_SENTENCE_TOKENS && SOFT_BREAKS.has(token.text));
      // A dateline ("KENORA, Ont. —") is one sentence, whatever full stops it holds.
      if (!tooLong && token.end !== this.dateline && !(atEnd && token.end > this.dateline)) continue;
      this.sentences.push({
        index: this.sentences.length,
        start: tokens[first]!.start,
        end: token.end,
        firstToken: first,
        endToken: i + 1,
        paragraph: this.paragraphs.length,
      });
      first = i + 1;
    }
  }

  private closeParagraph(end: number): void {
    if (this.paragraphStart < 0) return;
    this.splitSentences();
    this.paragraphs.push({ index: this.paragraphs.length, start: this.paragraphStart, end, datelineEnd: this.dateline });
    this.paragraphStart = -1;
  }
}
