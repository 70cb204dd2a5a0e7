import { partitionPoint } from "../document/sorted";
import { readDoubledSingles } from "./doubled";
import { scanInner, scanOuter, type MarkedSpan } from "./scan";
import { scanSingles } from "./singles";
import type { QuoteMarkPair } from "./types";

/**
 * Which marks open a quotation: `"double"` (“...”, with ‘...’ nested: American style), `"single"`
 * (‘...’, with “...” nested: British style), or `"auto"`: decided for each article.
 */
export type QuoteStyle = "auto" | "double" | "single";

export const QUOTE_STYLES: readonly QuoteStyle[] = ["auto", "double", "single"];

export interface QuoteMarks {
  /** Outer pairs in double style (the built-in double marks and any extra pairs). */
  outer: readonly QuoteMarkPair[];
  /** Pairs nested inside a quotation in double style (the built-in single marks and any extra nested pairs). */
  inner: readonly QuoteMarkPair[];
  /** Default `"auto"`. */
  style?: QuoteStyle;
}

export interface MarkedQuotations {
  /** The text the scanners read: the input, with doubled single marks read as double ones (same length). */
  scanText: string;
  /** Outer quotations, in text order. */
  outer: MarkedSpan[];
  /** Nested quotations; `parent` indexes `outer`. */
  inner: MarkedSpan[];
}

/**
 * Finds the quotations in marks. In double style this is the double-mark scan with single marks
 * nested, exactly as before single style existed. An article is read in single style when its
 * quotations in single marks that no double pair contains outnumber its double pairs that no
 * single pair contains (a tie stays double: a one-off single-quoted headline in an American
 * article changes nothing). In single style those single pairs are the outer quotations, with
 * double marks nested in them, and a double pair that overlaps none of them (a tweet quoted in
 * doubles) is an outer quotation too, with single marks nested.
 */
export function findMarked(text: string, from: number, marks: QuoteMarks): MarkedQuotations {
  const scanText = readDoubledSingles(text, from);
  const doubles = scanOuter(scanText, from, marks.outer);
  const style = marks.style ?? "auto";
  const singles = style === "double" ? [] : scanSingles(scanText, from);
  // Quotations in single marks that no double pair contains, and the other way round.
  const outsideDoubles = singles.filter((s) => !inAny(doubles, s));
  const looseDoubles = doubles.filter((d) => !inAny(singles, d)).length;
  if (style === "double" || (style === "auto" && outsideDoubles.length <= looseDoubles)) {
    return { scanText, outer: doubles, inner: scanInner(scanText, doubles, marks.inner) };
  }
  // Where a double pair crosses a single one, the single one wins: this article writes in singles.
  const outsideSingles = doubles.filter((d) => !overlapsAny(outsideDoubles, d));
  const outer = [...outsideDoubles, ...outsideSingles].sort((a, b) => a.openAt - b.openAt);
  const place = new Map(outer.map((span, k) => [span, k]));
  const nestedIn = (parents: MarkedSpan[], pairs: readonly QuoteMarkPair[]) =>
    scanInner(scanText, parents, pairs).map((span) => ({ ...span, parent: place.get(parents[span.parent!]!)! }));
  const inner = [...nestedIn(outsideDoubles, marks.outer), ...nestedIn(outsideSingles, marks.inner)];
  return { scanText, outer, inner: inner.sort((a, b) => a.openAt - b.openAt) };
}

/** The span of `list` (sorted, not overlapping) that starts last before `at`, if any. */
function lastStartingBefore(list: readonly MarkedSpan[], at: number): MarkedSpan | undefined {
  return list[partitionPoint(0, list.length, (i) => list[i]!.openAt < at) - 1];
}

/** Whether a span of `list` (sorted, not overlapping) contains `span`. */
function inAny(list: readonly MarkedSpan[], span: MarkedSpan): boolean {
  const c = lastStartingBefore(list, span.openAt);
  return !!c && end(span) <= end(c);
}

/** Whether a span of `list` (sorted, not overlapping) overlaps `span`: only the last one starting before its end can. */
function overlapsAny(list: readonly MarkedSpan[], span: MarkedSpan): boolean {
  const c = lastStartingBefore(list, end(span));
  return !!c && end(c) > span.openAt;
}

function end(span: MarkedSpan): number {
  return span.closeAt >= 0 ? span.closeAt + 1 : span.contentEnd;
}
