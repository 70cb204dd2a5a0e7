import { defineRule, type AttributedQuote, type RuleContext } from "../../rules-api";

/**
 * A paragraph that is only a quotation, right after a paragraph that ends reporting someone's
 * speech (`Lund said the council would vote next month.` then `"We have the numbers."`): the
 * quote goes on with that speaker.
 */
export const reportedBefore = defineRule({
  id: "reported-before",
  description: "A paragraph that is only a quotation takes the speaker whose speech the paragraph before ends reporting",
  types: ["direct"],
  apply(ctx) {
    if (!wholeParagraph(ctx)) return ctx.pass("the quotation is not a paragraph of its own");
    const last = lastOuter(ctx.previous);
    if (!last?.mention || !last.cue) return ctx.pass("no speech with a cue reported before");
    const before = ctx.paragraphs[ctx.paragraph.index - 1];
    if (!before || last.quote.start < before.start || last.quote.end > before.end) return ctx.pass("the speech reported last is not in the paragraph before");
    // The reported speech must end that paragraph: a sentence of the writer's after it changes the subject.
    const rest = ctx.text.slice(last.quote.close?.end ?? last.quote.end, before.end);
    if (/[.!?]["\u201D\u2019]?\s+["\u201C]?\p{Lu}/u.test(rest)) return ctx.pass("the paragraph before goes on after the speech it reports");
    return { speaker: last.mention, cue: null, confidence: 0.75, reason: `continues ${last.quote.id}, reported at the end of the paragraph before` };
  },
});

/** Whether the quotation opens its paragraph and runs to its end. */
function wholeParagraph(ctx: RuleContext): boolean {
  const { quote, paragraph, text } = ctx;
  const open = quote.open?.start ?? quote.start;
  const close = quote.close?.end ?? quote.end;
  return text.slice(paragraph.start, open).trim() === "" && text.slice(close, paragraph.end).trim() === "";
}

/** The latest quote attributed before, not nested in another. */
function lastOuter(previous: readonly AttributedQuote[]): AttributedQuote | undefined {
  for (let k = previous.length - 1; k >= 0; k--) if (!previous[k]!.quote.parentId) return previous[k];
  return undefined;
}
