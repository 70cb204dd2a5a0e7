/**
 * The first index in [from, to) where `before` turns false, for a `before` that holds on a prefix
 * of the range and not after it (a binary search over anything sorted).
 */
export function partitionPoint(from: number, to: number, before: (index: number) => boolean): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * How many of `items` (sorted by start) start before `offset`. A loop of its own rather than
 * partitionPoint: the attribution lookups call it for every quote and mention, where a closure
 * per call measured a few per cent of an extraction (as for tokenAt in ./index.ts).
 */
export function countStartingBefore(items: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
