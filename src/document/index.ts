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

/** Index of the token that contains or follows `offset` (binary search). */
export function tokenAt(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the sentence that contains `offset`, or the one just before it. */
export function sentenceAt(doc: Doc, offset: number): number {
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
