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
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const paragraphs: Paragraph[] = [];
  let offset = bodyStart;
  let sentenceStart = -1;
  let paragraphStart = -1;
  let dateline = -1;

  const closeSentence = () => {
    if (sentenceStart < 0) return;
    const first = tokens[sentenceStart]!;
    const last = tokens[tokens.length - 1]!;
    sentences.push({
      index: sentences.length,
      start: first.start,
      end: last.end,
      firstToken: sentenceStart,
      endToken: tokens.length,
      paragraph: paragraphs.length,
    });
    sentenceStart = -1;
  };
  const closeParagraph = (end: number) => {
    closeSentence();
    if (paragraphStart < 0) return;
    paragraphs.push({ index: paragraphs.length, start: paragraphStart, end });
    paragraphStart = -1;
  };

  for (const doc of docs) {
    const all = doc.tokens();
    const values = all.out(its.value) as string[];
    const types = all.out(its.type) as string[];
    const tags = all.out(its.pos) as string[];
    // wink's sentences are in token order: `nextEnd` walks their last tokens along with the loop.
    const winkSentences = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
    let sentenceIndex = 0;
    let nextEnd = winkSentences.length ? winkSentences[0]![1] : -1;
    // The latest "(" of the sentence not yet closed, as a token index; -1 for none.
    let openParen = -1;
    for (let i = 0; i < values.length; i++) {
      // Passed before any `continue`: a wink sentence can end at a line break token.
      while (nextEnd >= 0 && nextEnd < i) nextEnd = ++sentenceIndex < winkSentences.length ? winkSentences[sentenceIndex]![1] : -1;
      const winkEnd = nextEnd === i;
      while (offset < read.length && isSpaceBetweenTokens(read.charCodeAt(offset))) offset++;
      const value = values[i]!;
      // Guard the offset arithmetic: if wink ever normalised a character, re-find the token.
      if (!read.startsWith(value, offset)) {
        const found = read.indexOf(value, offset);
        if (found >= 0) offset = found;
      }
      const start = offset;
      offset += value.length;
      if (types[i] === "tabCRLF") {
        if (/[\n\r\u2028\u2029]/.test(value)) {
          closeParagraph(tokens.length ? tokens[tokens.length - 1]!.end : start);
          continue;
        }
        continue; // a bare tab: whitespace, not a token
      }
      if (sentenceStart < 0) sentenceStart = tokens.length;
      if (paragraphStart < 0) {
        paragraphStart = start;
        dateline = datelineEnd(text, start, paragraphs.length);
      }
      const word = read === text ? value : text.slice(start, offset);
      tokens.push({
        index: tokens.length,
        text: word,
        lower: hasUpperCase(word) ? word.toLowerCase() : word,
        start,
        end: offset,
        pos: tags[i]!,
        kind: KINDS[types[i]!] ?? "other",
        sentence: sentences.length,
      });
      const length = tokens.length - sentenceStart;
      const tooLong = length >= HARD_SENTENCE_TOKENS || (length >= SOFT_SENTENCE_TOKENS && SOFT_BREAKS.has(value));
      // wink ends a sentence after an abbreviation inside brackets ("Rep. Lynch (D-Mass.) said"):
      // a sentence never starts with a closing bracket, a comma or semicolon, or a lower-case word.
      if (value === "(") openParen = tokens.length - 1;
      else if (value === ")") openParen = -1;
      const endsHere = winkEnd && !CONTINUES_SENTENCE.test(values[i + 1] ?? "") && !insideShortParenthesis(values, i, tokens.length - 1 - openParen, openParen >= sentenceStart);
      if (endsHere || tooLong || offset === dateline) closeSentence();
    }
  }
  closeParagraph(tokens.length ? tokens[tokens.length - 1]!.end : offset);
  return { text, articleDate, bodyStart, tokens, sentences, paragraphs };
}
