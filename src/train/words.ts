/**
 * The trainer's words: lowercase letter-and-digit runs with inner apostrophes and hyphens. They,
 * not wink's tokens, define the keys of `learned.json` ("didn't" stays one word).
 */

export interface Word {
  /** Lowercase, with `’` as `'`. */
  w: string;
  start: number;
  end: number;
}

const WORD_RE = /[\p{L}\p{N}]+(?:['\u2019-][\p{L}\p{N}]+)*/gu;

/** `’` as `'`. */
export const normApos = (s: string): string => s.replace(/\u2019/g, "'");

/** The words of `text`, with offsets shifted by `base`. */
export function words(text: string, base = 0): Word[] {
  const out: Word[] = [];
  for (const m of normApos(text).matchAll(WORD_RE)) {
    out.push({ w: m[0].toLowerCase(), start: base + m.index, end: base + m.index + m[0].length });
  }
  return out;
}

/** A lowercase, apostrophe-normalised form of a token or phrase. */
export const lowerForm = (text: string): string => normApos(text.toLowerCase());

/** Round to `digits` decimals. */
export const round = (x: number, digits = 3): number => Math.round(x * 10 ** digits) / 10 ** digits;

/** Add `by` to the count of `key`. */
export function inc<K>(counts: Map<K, number>, key: K, by = 1): void {
  counts.set(key, (counts.get(key) ?? 0) + by);
}

/** Compare strings by UTF-16 code units (as `Array.prototype.sort` does). */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
