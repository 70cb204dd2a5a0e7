/**
 * A set of lower-case words that rules most other words out by their shape before it hashes
 * them: detection asks a short word list about tens of thousands of tokens per pass, most of which
 * are not listed, and reading a word's first and last letter and its length is cheaper than a Set
 * lookup. A shape that no listed word has answers "no"; any other goes on to the Set.
 */
export class WordSet {
  private readonly words: ReadonlySet<string>;
  /** For each pair of first and last letter (a-z), one bit per word length up to 31. */
  private readonly lengthsByEnds = new Uint32Array(26 * 26);

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    for (const w of this.words) {
      const ends = endsIndex(w);
      if (ends >= 0 && w.length <= 31) this.lengthsByEnds[ends]! |= 1 << w.length;
    }
  }

  has(word: string): boolean {
    const ends = endsIndex(word);
    // Words outside the table (other letters, longer words) are always looked up.
    if (ends >= 0 && word.length <= 31 && ((this.lengthsByEnds[ends]! >>> word.length) & 1) === 0) return false;
    return this.words.has(word);
  }
}

/** The table row of a word's first and last letter, or -1 if either is not a-z (or it is empty). */
function endsIndex(word: string): number {
  const first = word.charCodeAt(0) - 97;
  const last = word.charCodeAt(word.length - 1) - 97;
  return first >= 0 && first < 26 && last >= 0 && last < 26 ? first * 26 + last : -1;
}
