/**
 * Normalisation that keeps offsets: HTML character references (`&quot;`, `&#8220;`, `&#x201C;`,
 * `&ldquo;`...) and doubled apostrophes (`''`) become the characters they stand for and
 * zero-width characters are dropped, so
 * every later stage reads plain text; `toOriginal` maps an offset of that text back to the input,
 * and the result stage re-slices every span from the input, so offsets always index the input.
 */

const NAMED: Record<string, string> = {
  quot: '"', apos: "'", amp: "&", lt: "<", gt: ">", nbsp: "\u00A0",
  ldquo: "\u201C", rdquo: "\u201D", lsquo: "\u2018", rsquo: "\u2019", sbquo: "\u201A", bdquo: "\u201E",
  laquo: "\u00AB", raquo: "\u00BB", lsaquo: "\u2039", rsaquo: "\u203A", prime: "\u2032", Prime: "\u2033",
  mdash: "\u2014", ndash: "\u2013", hellip: "\u2026", minus: "\u2212", shy: "",
};

/**
 * A character reference, a zero-width character (space, non-joiner, joiner, word joiner, BOM), or
 * a double quotation mark typed as two apostrophes or backticks (`''Yes,'' he said`, as in the
 * New York Times archive and LaTeX-style text).
 */
const SPECIAL = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));|[\u200B-\u200D\u2060\uFEFF]|''|``/g;

export interface Normalised {
  /** The text every stage reads. */
  text: string;
  /**
   * Maps an offset of `text` (0..text.length) to the input; null when `text` is the input. A
   * span's start maps past dropped characters, its end stays before them (`end: true`).
   */
  toOriginal: ((offset: number, end?: boolean) => number) | null;
}

export function normalise(input: string): Normalised {
  SPECIAL.lastIndex = 0;
  if (!SPECIAL.test(input)) return { text: input, toOriginal: null };
  // Segments where the offset shift changes: from clean offset cleanAt on, original = origAt + (k - cleanAt).
  const cleanAt: number[] = [0];
  const origAt: number[] = [0];
  /** For a segment that starts with a decoded reference: [its decoded length, its written length]. */
  const replaced: Array<[number, number] | null> = [null];
  const parts: string[] = [];
  let last = 0;
  let length = 0;
  SPECIAL.lastIndex = 0;
  for (let m = SPECIAL.exec(input); m; m = SPECIAL.exec(input)) {
    const replacement = m[0].length === 1 ? "" : m[0] === "''" || m[0] === "``" ? '"' : decode(m[1], m[2], m[3]);
    if (replacement === null) continue; // an unknown name such as "&foo;": left as written
    parts.push(input.slice(last, m.index), replacement);
    length += m.index - last;
    // The replacement maps to the start of the reference; what follows it, to its end.
    if (replacement) {
      cleanAt.push(length);
      origAt.push(m.index);
      replaced.push([replacement.length, m[0].length]);
      length += replacement.length;
    }
    last = m.index + m[0].length;
    cleanAt.push(length);
    origAt.push(last);
    replaced.push(null);
  }
  if (cleanAt.length === 1) return { text: input, toOriginal: null };
  parts.push(input.slice(last));
  return { text: parts.join(""), toOriginal: (k, end = false) => mapOffset(cleanAt, origAt, replaced, k, end) };
}

function decode(decimal: string | undefined, hex: string | undefined, name: string | undefined): string | null {
  if (name !== undefined) return NAMED[name] ?? null;
  const code = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex!, 16);
  const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
  return valid ? String.fromCodePoint(code) : null;
}

function mapOffset(
  cleanAt: readonly number[], origAt: readonly number[], replaced: ReadonlyArray<[number, number] | null>, k: number, end: boolean,
): number {
  // The segment holding character k (for a start) or character k - 1 (for an end).
  const target = end ? k - 1 : k;
  let lo = 0;
  let hi = cleanAt.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (cleanAt[mid]! <= target) lo = mid;
    else hi = mid - 1;
  }
  const into = k - cleanAt[lo]!;
  const r = replaced[lo];
  // A span that ends after a decoded reference ends after the whole reference as written.
  if (end && r && into >= r[0]) return origAt[lo]! + r[1];
  return origAt[lo]! + into;
}
