import type { QuoteMarkPair } from "./types";

/** Outer quotation marks recognised by default: curly and straight double quotes, guillemets, and
 * the low opening mark of German, Polish or Czech style closed high („...“, „...”). */
export const DEFAULT_OUTER_MARKS: readonly QuoteMarkPair[] = [
  { open: "\u201C", close: "\u201D" },
  { open: '"', close: '"' },
  { open: "\u00AB", close: "\u00BB" },
  { open: "\u201E", close: "\u201C" },
  { open: "\u201E", close: "\u201D" },
];

/** Marks for a quotation nested inside another: curly and straight single quotes. */
export const DEFAULT_INNER_MARKS: readonly QuoteMarkPair[] = [
  { open: "\u2018", close: "\u2019" },
  { open: "'", close: "'" },
];

/** Lookup tables for one set of pairs. */
export interface MarkSet {
  opens: Map<string, QuoteMarkPair[]>;
  closes: Set<string>;
}

export function markSet(pairs: readonly QuoteMarkPair[]): MarkSet {
  const opens = new Map<string, QuoteMarkPair[]>();
  const closes = new Set<string>();
  for (const pair of pairs) {
    opens.set(pair.open, [...(opens.get(pair.open) ?? []), pair]);
    closes.add(pair.close);
  }
  return { opens, closes };
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = /\s/;

export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && LETTER_OR_DIGIT.test(ch);
}

export function isSpace(ch: string | undefined): boolean {
  return ch === undefined || SPACE.test(ch);
}

/**
 * Whether a mark that can both open and close (a straight quote) stands where an opening mark
 * would: after a space, a bracket or a dash, and before a non-space.
 */
export function looksLikeOpening(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  if (isSpace(after)) return false;
  return isSpace(before) || before === undefined || "([{\u2014\u2013-/:;,".includes(before);
}

/** Whether a mark stands where a closing mark would: after a non-space, before no letter. */
export function looksLikeClosing(text: string, i: number): boolean {
  return !isSpace(text[i - 1]) && !isWordChar(text[i + 1]);
}
