/**
 * A word -> position table for one of wink's feature lists, as wink reads it (`hash[word]`, and
 * `hash[word] = position` for a word it learns), that does not build an entry per listed word up
 * front. Building an ordinary object with the model's 88,000 words took about a quarter of
 * whosaid's cold start; an article reads a few hundred of them. Here the list is bucketed once
 * into two typed arrays (cheap), and a word is looked up there the first time wink asks for it,
 * then kept as an own property, so later reads are ordinary property reads. Words wink learns are
 * written and deleted as own properties, as before; they are past the listed words, which is all
 * the buckets hold, so a deleted learned word reads as absent again.
 *
 * A word wink does not know (a name, "said," before its comma is split off) is looked up through
 * the proxy every time: in a long run that made wink's readDoc about a third dearer than with a
 * plain table. So once MISSES_BEFORE_FULL such lookups show that many articles are being read,
 * every listed word becomes an own property and the proxy is dropped: from then on the table is
 * the plain object wink's own loader builds.
 */
export type WordIndex = Record<string, number | undefined>;

/** About a few dozen articles' worth of unknown words: a cold start never gets there. */
export const MISSES_BEFORE_FULL = 20_000;

/** FNV-1a over the UTF-16 code units (reading only in-range indices keeps V8's loop fast). */
function hashOf(word: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < word.length; k++) h = Math.imul(h ^ word.charCodeAt(k), 0x01000193);
  return h ^ (h >>> 16);
}

/** The table for `list` as it is now (later additions to the list are wink's to index). */
export function lazyIndex(list: readonly string[]): WordIndex {
  const listed = list.length;
  // About one bucket per word (a power of two, so a mask picks the bucket).
  const mask = 2 ** Math.ceil(Math.log2(listed + 1)) - 1;
  const first = new Int32Array(mask + 1).fill(-1);
  const next = new Int32Array(listed);
  // Later entries go in front, so a word listed twice finds its last position, as assignment would.
  for (let k = 0; k < listed; k++) {
    const bucket = hashOf(list[k]!) & mask;
    next[k] = first[bucket]!;
    first[bucket] = k;
  }
  const find = (word: string): number | undefined => {
    for (let k = first[hashOf(word) & mask]!; k >= 0; k = next[k]!) if (list[k] === word) return k;
    return undefined;
  };

  let misses = 0;
  const fill = () => {
    // The proxy first (assignments through it are slower). A listed word already found gets the
    // position it has; later entries overwrite earlier ones, as in find. Words wink learned are
    // past the listed ones: untouched, and a deleted one stays absent.
    Object.setPrototypeOf(table, null);
    for (let k = 0; k < listed; k++) table[list[k]!] = k;
  };
  const table: WordIndex = Object.create(
    new Proxy(Object.create(null) as object, {
      // Reached only for a word that is not (or no longer) an own property of the table.
      get(_target, key) {
        if (typeof key !== "string") return undefined;
        const position = find(key);
        // An assignment (it passes through this proxy to an own property of the table): in V8,
        // Object.defineProperty on an object with a proxy prototype is about ten times slower.
        if (position !== undefined) table[key] = position;
        else if (++misses === MISSES_BEFORE_FULL) fill();
        return position;
      },
      has: (_target, key) => typeof key === "string" && find(key) !== undefined,
    }),
  ) as WordIndex;
  return table;
}
