import { normaliseDateOption, readDateHeader } from "./header";
import { tokenize } from "./tokenize";
import type { Doc } from "./types";

export type { Doc, Paragraph, Sentence, Token, TokenKind } from "./types";

/** The first stage: article date, paragraphs, sentences and tokens with offsets. */
export function buildDocument(text: string, articleDate?: string | Date): Doc {
  const header = readDateHeader(text);
  const date = articleDate === undefined ? header.date : normaliseDateOption(articleDate);
  return tokenize(text, header.bodyStart, date);
}

/**
 * How many sentences open the article as lines of their own: a headline (the first sentence, a
 * paragraph of its own), and a deck after it ("Judge says tribunal 'ignored its policies'"): a
 * second one-sentence paragraph with no full stop. 0 when the first sentence shares its paragraph.
 */
export function headlineLines(doc: Doc): number {
  const [first, second, third] = doc.sentences;
  if (!first || !second || second.paragraph === first.paragraph) return 0;
  const deck = third !== undefined && third.paragraph !== second.paragraph && !/[.!?]\s*$/.test(doc.text.slice(second.start, second.end));
  return deck ? 2 : 1;
}

/** Runs of non-space characters in `text`, counted without allocating (a hot path in coreference). */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let k = 0; k < text.length; k++) {
    const space = isWhitespace(text.charCodeAt(k));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** Whether the text between two offsets has a line break (a new paragraph). */
export function crossesParagraph(text: string, from: number, to: number): boolean {
  // A loop rather than a regular expression over a slice: asked for most quotes, and the slice is a new string.
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

/** The characters of the regular expression class `\s`. */
export function isWhitespace(c: number): boolean {
  // Printable ASCII first: nearly every character tested (countWords runs over every quotation).
  if (c > 32 && c < 0xa0) return false;
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Whether spans are in order of their starts (a stable sort would then change nothing). */
export function isSortedByStart(spans: readonly { start: number }[]): boolean {
  for (let k = 1; k < spans.length; k++) if (spans[k - 1]!.start > spans[k]!.start) return false;
  return true;
}

/**
 * Index of the token that contains or follows `offset` (binary search), optionally among the
 * tokens [from, to) only: tokens before `from` must end at or before `offset`.
 */
export function tokenAt(doc: Doc, offset: number, from = 0, to = doc.tokens.length): number {
  // A loop of its own rather than partitionPoint: this runs for every span of every stage, and the
  // closure measured 10% of a whole extraction (same-process A/B over dev, both orders).
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the sentence that contains `offset`, or the one just before it. */
export function sentenceAt(doc: Doc, offset: number): number {
  // A loop of its own, as tokenAt's: it runs for every span of every stage.
  let lo = 0;
  let hi = doc.sentences.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (doc.sentences[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
