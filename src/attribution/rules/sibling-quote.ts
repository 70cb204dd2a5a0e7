import type { RuleContext } from "../../rules-api";

/**
 * Whether offset `at` lies inside another quotation in marks that does not hold the quote being
 * attributed: in `"The way I see it," she elaborated, "no one ..."` the "see" of the first part
 * is no cue of the second; the words between them are. A quote nested in a larger one still reads
 * the cues of the one that holds it.
 */
export function insideSiblingQuote(ctx: RuleContext, at: number): boolean {
  const { quote } = ctx;
  return ctx.quotes.some((q) => q !== quote && !!q.open && q.start <= at && at < q.end && !(q.start <= quote.start && quote.end <= q.end));
}
