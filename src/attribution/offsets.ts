import type { Doc } from "../document/types";

/**
 * Packed copies of the token ends and sentence starts, for `tokenAt` and `sentenceAt` of
 * src/document with the same results: rules look offsets up thousands of times per article, and a
 * binary search over the token objects themselves misses the cache at nearly every step.
 */
export interface OffsetIndex {
  tokenEnds: Float64Array;
  sentenceStarts: Float64Array;
}

export function offsetIndex(doc: Doc): OffsetIndex {
  const tokenEnds = new Float64Array(doc.tokens.length);
  for (let k = 0; k < doc.tokens.length; k++) tokenEnds[k] = doc.tokens[k]!.end;
  const sentenceStarts = new Float64Array(doc.sentences.length);
  for (let k = 0; k < doc.sentences.length; k++) sentenceStarts[k] = doc.sentences[k]!.start;
  return { tokenEnds, sentenceStarts };
}

/** Index of the token that contains `offset`, or of the first token after it (as `tokenAt`). */
export function tokenIndexAt(index: OffsetIndex, offset: number): number {
  const ends = index.tokenEnds;
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the sentence that contains `offset`, or the one just before it (as `sentenceAt`). */
export function sentenceIndexAt(index: OffsetIndex, offset: number): number {
  const starts = index.sentenceStarts;
  let lo = 0;
  let hi = starts.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
