import { isSortedByStart } from "../document";
import type { Mention } from "../mentions/types";
import type { QuoteCandidate } from "../quotes/types";
import type { Span } from "../types";
import { countStartingBefore } from "../document/sorted";

/**
 * Lookups over spans sorted by start, in O(log n) rather than a scan of every span: with a scan
 * per quote or per mention, run-time grows with the square of the article's length.
 */

interface SortedSpans<T extends Span> {
  spans: readonly T[];
  /** maxEnd[k]: the greatest end among spans[0..k], to stop walking back early. */
  maxEnd: number[];
}

/** Built once per array: only for arrays that do not change afterwards (the quotes of an article). */
const indexes = new WeakMap<readonly Span[], SortedSpans<Span>>();

function sortedIndex<T extends Span>(spans: readonly T[]): SortedSpans<T> {
  let index = indexes.get(spans) as SortedSpans<T> | undefined;
  if (!index) {
    index = sortSpans(spans);
    indexes.set(spans, index as SortedSpans<Span>);
  }
  return index;
}

function sortSpans<T extends Span>(spans: readonly T[]): SortedSpans<T> {
  // Spans usually come in order already: then the (stable) sort would change nothing.
  const sorted = isSortedByStart(spans) ? spans : [...spans].sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  for (let k = 0; k < sorted.length; k++) maxEnd.push(Math.max(sorted[k]!.end, k > 0 ? maxEnd[k - 1]! : -Infinity));
  return { spans: sorted, maxEnd };
}


/** The spans that contain [start, end) (start <= start, end >= end), in order of start. */
function spansContaining<T extends Span>({ spans: sorted, maxEnd }: SortedSpans<T>, start: number, end: number): T[] {
  const found: T[] = [];
  for (let k = countStartingBefore(sorted, start + 1) - 1; k >= 0 && maxEnd[k]! >= end; k--) {
    const s = sorted[k]!;
    if (s.end >= end) found.push(s);
  }
  return found.reverse();
}

/** Whether a span that contains [start, end) passes `test`: spansContaining without the array. */
function someContaining<T extends Span>({ spans: sorted, maxEnd }: SortedSpans<T>, start: number, end: number, test: (s: T) => boolean): boolean {
  for (let k = countStartingBefore(sorted, start + 1) - 1; k >= 0 && maxEnd[k]! >= end; k--) {
    const s = sorted[k]!;
    if (s.end >= end && test(s)) return true;
  }
  return false;
}

type QuoteLayers = [SortedSpans<QuoteCandidate>, SortedSpans<QuoteCandidate>];

/** Built once per article's quote array, like `indexes`. */
const layers = new WeakMap<readonly QuoteCandidate[], QuoteLayers>();

/**
 * Top-level quotes (and reported speech) do not overlap each other, nor do nested ones, so each
 * layer is searched on its own and the walk back stops after a step or two.
 */
function quoteLayers(quotes: readonly QuoteCandidate[]): QuoteLayers {
  let split = layers.get(quotes);
  if (!split) {
    const outer: QuoteCandidate[] = [];
    const nested: QuoteCandidate[] = [];
    for (const q of quotes) (q.parentId ? nested : outer).push(q);
    split = [sortSpans(outer), sortSpans(nested)];
    layers.set(quotes, split);
  }
  return split;
}

/** The quotes that contain [start, end), outermost first. */
export function quotesContaining(quotes: readonly QuoteCandidate[], start: number, end = start + 1): QuoteCandidate[] {
  const [outer, nested] = quoteLayers(quotes);
  const found = spansContaining(outer, start, end);
  for (const q of spansContaining(nested, start, end)) found.push(q);
  return found;
}

/** Whether a quote that contains [start, end) passes `test` (any quote when no test is given). */
export function someQuoteContaining(
  quotes: readonly QuoteCandidate[], start: number, end = start + 1, test: (q: QuoteCandidate) => boolean = () => true,
): boolean {
  const [outer, nested] = quoteLayers(quotes);
  return someContaining(outer, start, end, test) || someContaining(nested, start, end, test);
}

/**
 * Whether one of `spans` holds all of `inner`: a plain loop, for short lists (the other quotes
 * near a quote, the quoted titles); not `some`, whose closure would capture `inner`.
 */
export function withinAny(spans: readonly Span[], inner: { start: number; end: number }): boolean {
  for (const s of spans) if (s.start <= inner.start && inner.end <= s.end) return true;
  return false;
}

/** Whether any span overlaps [start, end). */
export function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  const { spans: sorted, maxEnd } = sortedIndex(spans);
  const k = countStartingBefore(sorted, end) - 1;
  return k >= 0 && maxEnd[k]! > start;
}

/** Mentions inside [start, end), in document order; `mentions` must be sorted by start. */
export function mentionsWithin(mentions: readonly Mention[], start: number, end: number): Mention[] {
  const found: Mention[] = [];
  for (let k = countStartingBefore(mentions, start); k < mentions.length && mentions[k]!.start < end; k++) {
    if (mentions[k]!.end <= end) found.push(mentions[k]!);
  }
  return found;
}
