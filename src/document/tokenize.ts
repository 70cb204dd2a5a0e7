import { datelineEnd } from "./dateline";
import { foldLetters } from "./fold-letters";
import { breakLongRuns, isSpaceBetweenTokens } from "./long-runs";
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

const CONTINUES_SENTENCE = /^[)\],;]|^\p{Ll}/u;

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

/** How many tokens a parenthesis may hold for a full stop inside it not to end the sentence. */
const SHORT_PARENTHESIS = 8;

/**
 * "Sen. Jack Reed (D-R.I.), said": wink ends a sentence at the "." of an abbreviation inside a
 * short parenthesis that the next token or the one after closes; the sentence goes on.
 */
function insideShortParenthesis(values: readonly string[], i: number, inside: number, open: boolean): boolean {
  return open && inside <= SHORT_PARENTHESIS && (values[i + 1] === ")" || values[i + 2] === ")");
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
    // wink's sentences are in token order: their last tokens are walked along with the tokens.
    const winkSentences = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
    builder.readPart(all.out(its.value) as string[], all.out(its.type) as string[], all.out(its.pos) as string[], winkSentences);
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
  private sentenceStart = -1;
  private paragraphStart = -1;
  /** Where the current paragraph's dateline ends (a sentence ends there); -1 for none. */
  private dateline = -1;

  constructor(
    private readonly text: string,
    private readonly read: string,
    private readonly bodyStart: number,
  ) {
    this.offset = bodyStart;
  }

  readPart(values: readonly string[], types: readonly string[], tags: readonly string[], winkSentences: ReadonlyArray<[number, number]>): void {
    let sentenceIndex = 0;
    let nextEnd = winkSentences.length ? winkSentences[0]![1] : -1;
    // The latest "(" of the sentence not yet closed, as a token index; -1 for none.
    let openParen = -1;
    for (let i = 0; i < values.length; i++) {
      // Passed before any `continue`: a wink sentence can end at a line break token.
      while (nextEnd >= 0 && nextEnd < i) nextEnd = ++sentenceIndex < winkSentences.length ? winkSentences[sentenceIndex]![1] : -1;
      const value = values[i]!;
      const start = this.advance(value);
      if (types[i] === "tabCRLF") {
        // A line break ends the paragraph; a bare tab is whitespace, not a token.
        if (/[\n\r\u2028\u2029]/.test(value)) this.closeParagraph(this.lastEnd(start));
        continue;
      }
      this.push(start, value, tags[i]!, KINDS[types[i]!] ?? "other");
      const length = this.tokens.length - this.sentenceStart;
      const tooLong = length >= HARD_SENTENCE_TOKENS || (length >= SOFT_SENTENCE_TOKENS && SOFT_BREAKS.has(value));
      // wink ends a sentence after an abbreviation inside brackets ("Rep. Lynch (D-Mass.) said"):
      // a sentence never starts with a closing bracket, a comma or semicolon, or a lower-case word.
      if (value === "(") openParen = this.tokens.length - 1;
      else if (value === ")") openParen = -1;
      const endsHere =
        nextEnd === i &&
        !CONTINUES_SENTENCE.test(values[i + 1] ?? "") &&
        !insideShortParenthesis(values, i, this.tokens.length - 1 - openParen, openParen >= this.sentenceStart) &&
        !this.insideInitials(values, i);
      if (endsHere || tooLong || this.offset === this.dateline) this.closeSentence();
    }
  }

  finish(articleDate: string | null): Doc {
    this.closeParagraph(this.lastEnd(this.offset));
    const { text, bodyStart, tokens, sentences, paragraphs } = this;
    return { text, articleDate, bodyStart, tokens, sentences, paragraphs };
  }

  /**
   * "R-N.Y., noted", "in Washington, D.C., said": wink may split an abbreviation of single
   * capitals into "N", ".", "Y."; a full stop written between two of them, with no space on either
   * side, ends no sentence.
   */
  private insideInitials(values: readonly string[], i: number): boolean {
    const dot = this.tokens[this.tokens.length - 1];
    const before = this.tokens[this.tokens.length - 2];
    return values[i] === "." && !!dot && !!before && before.end === dot.start && /^\p{Lu}$/u.test(before.text) &&
      /^\p{Lu}\.?$/u.test(values[i + 1] ?? "") && this.read.startsWith(values[i + 1]!, this.offset);
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

  /** Adds the token from `start` to the current offset, opening a sentence and paragraph if none is. */
  private push(start: number, value: string, pos: string, kind: TokenKind): void {
    if (this.sentenceStart < 0) this.sentenceStart = this.tokens.length;
    if (this.paragraphStart < 0) {
      this.paragraphStart = start;
      this.dateline = datelineEnd(this.text, start, this.paragraphs.length);
    }
    const word = this.read === this.text ? value : this.text.slice(start, this.offset);
    this.tokens.push({
      index: this.tokens.length,
      text: word,
      lower: hasUpperCase(word) ? word.toLowerCase() : word,
      start,
      end: this.offset,
      pos,
      kind,
      sentence: this.sentences.length,
    });
  }

  private lastEnd(otherwise: number): number {
    return this.tokens.length ? this.tokens[this.tokens.length - 1]!.end : otherwise;
  }

  private closeSentence(): void {
    if (this.sentenceStart < 0) return;
    const first = this.tokens[this.sentenceStart]!;
    this.sentences.push({
      index: this.sentences.length,
      start: first.start,
      end: this.lastEnd(first.end),
      firstToken: this.sentenceStart,
      endToken: this.tokens.length,
      paragraph: this.paragraphs.length,
    });
    this.sentenceStart = -1;
  }

  private closeParagraph(end: number): void {
    this.closeSentence();
    if (this.paragraphStart < 0) return;
    this.paragraphs.push({ index: this.paragraphs.length, start: this.paragraphStart, end });
    this.paragraphStart = -1;
  }
}
