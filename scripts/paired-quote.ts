/**
 * How the evaluation scripts pair a gold relation with a prediction, as `whosaid eval` does
 * (src/eval/metrics.ts): the quote of the relation's category (direct or reported) that overlaps
 * its Content most, the earlier one on a tie.
 */
import type { GoldRelation } from "../src/eval";
import type { Quote } from "../src/index";

export interface Span {
  start: number;
  end: number;
}

/** Whether two spans share a character. */
export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** The characters a quote shares with a relation's Content pieces. */
const overlapSize = (q: Quote, r: GoldRelation): number =>
  r.content.reduce((sum, s) => sum + Math.max(0, Math.min(q.end, s.end) - Math.max(q.start, s.start)), 0);

/** The relation's category, as the scorer reads it from its quotation marks. */
export const categoryOf = (r: GoldRelation): "direct" | "reported" => (r.hasQuoteMark ? "direct" : "reported");

/** The prediction paired with a gold relation, or undefined when none of its category overlaps it. */
export function pairedQuote(quotes: readonly Quote[], relation: GoldRelation): Quote | undefined {
  const category = categoryOf(relation);
  let best: Quote | undefined;
  let bestOverlap = 0;
  for (const q of quotes) {
    if ((q.type === "indirect" ? "reported" : "direct") !== category) continue;
    const size = overlapSize(q, relation);
    if (size > bestOverlap) [best, bestOverlap] = [q, size];
  }
  return best;
}
