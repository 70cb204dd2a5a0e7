/**
 * The longest run of characters without a break that wink-nlp is given whole. wink's tokenizer
 * rescans such a run for each piece it splits off, so its time grows with the square of the run's
 * length (a 100 KB base64 blob took 25 s); runs of up to a few hundred characters cost it no more
 * per character than words do.
 */
export const LONG_RUN = 256;

/**
 * The characters wink-nlp splits tokens at and keeps as a token's preceding spaces (its model's
 * splitter); line breaks and tabs are tokens of their own. Skipping them finds where the next
 * token starts without asking wink for every token's preceding spaces as a string.
 */
export function isSpaceBetweenTokens(c: number): boolean {
  return c === 32 || c === 0xa0 || (c >= 0x2002 && c <= 0x2005) || c === 0x2009 || c === 0x200a || c === 0x202f || c === 0x205f;
}

/** Where wink's splitter cuts a text into raw tokens: its spaces, line breaks and tabs. */
function breaksRun(c: number): boolean {
  return isSpaceBetweenTokens(c) || c === 10 || c === 13 || c === 9;
}

/**
 * Whether `text` has a run longer than LONG_RUN of characters that breaksRun does not break at.
 * Prose has none. Such a run covers at least one offset that is a multiple of LONG_RUN, so only
 * the runs through those offsets are measured: about one character in forty is read, rather than
 * every one (the loop over every character took about 0.7% of an extraction). (A regular
 * expression was quicker on a cold process's first text, by 2-5 ms, but four times slower than
 * that loop on every later one: 17 against 4 ms a pass over PolNeAR dev.)
 */
export function hasLongRun(text: string): boolean {
  for (let probe = 0; probe < text.length; probe += LONG_RUN) {
    if (breaksRun(text.charCodeAt(probe))) continue;
    let start = probe;
    while (start > 0 && !breaksRun(text.charCodeAt(start - 1))) start--;
    let end = probe + 1;
    while (end < text.length && !breaksRun(text.charCodeAt(end))) end++;
    if (end - start > LONG_RUN) return true;
  }
  return false;
}

/**
 * `text` with spaces in place of one character (one code point: never half a surrogate pair)
 * every LONG_RUN characters of each longer run without a break, for wink to read it in pieces.
 * The length is unchanged, so offsets into the result are offsets into `text`; the character
 * replaced at a cut belongs to no token. Returns `text` itself when it has no such run (prose).
 */
export function breakLongRuns(text: string): string {
  if (!hasLongRun(text)) return text;
  let out: string[] | null = null;
  let copied = 0;
  let runStart = 0;
  for (let k = 0; k <= text.length; k++) {
    if (k < text.length && !breaksRun(text.charCodeAt(k))) continue;
    let piece = runStart;
    while (k - piece > LONG_RUN) {
      let cut = piece + LONG_RUN;
      if (isLow(text.charCodeAt(cut)) && isHigh(text.charCodeAt(cut - 1))) cut--;
      const width = isHigh(text.charCodeAt(cut)) && isLow(text.charCodeAt(cut + 1)) ? 2 : 1;
      out ??= [];
      out.push(text.slice(copied, cut), width === 2 ? "  " : " ");
      copied = cut + width;
      piece = copied;
    }
    runStart = k + 1;
  }
  if (!out) return text;
  out.push(text.slice(copied));
  return out.join("");
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
