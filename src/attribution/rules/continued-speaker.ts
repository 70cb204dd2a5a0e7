import { defineRule } from "../define";
import type { AttributedQuote } from "../types";

/**
 * A direct quote with no attribution of its own continues the speaker of the quote just before it
 * in the same paragraph (`"A," he said. "B."`), or in the paragraph before when that paragraph was
 * the same speaker's quote (a speech quoted over several paragraphs).
 */
export const continuedSpeaker = defineRule({
  id: "continued-speaker",
  description: "An unattributed direct quote continues the previous quote's speaker",
  types: ["direct"],
  apply(ctx) {
    const last = lastAttributed(ctx.previous, ctx.quote.parentId);
    if (!last || !last.mention) return ctx.pass("no attributed quote before");
    const lastParagraph = ctx.sentences[ctx.tokens[ctx.tokenAt(last.quote.start)]!.sentence]!.paragraph;
    const gap = ctx.paragraph.index - lastParagraph;
    if (gap === 0) return { speaker: last.mention, cue: null, confidence: 0.8, reason: `same paragraph as ${last.quote.id}` };
    if (gap === 1 && last.quote.type === "direct" && !cueBetween(ctx, last)) {
      return { speaker: last.mention, cue: null, confidence: 0.6, reason: `continues ${last.quote.id} from the paragraph before` };
    }
    return ctx.pass("the previous quote is too far away");
  },
});

function lastAttributed(previous: readonly AttributedQuote[], parentId: string | undefined): AttributedQuote | undefined {
  for (let k = previous.length - 1; k >= 0; k--) {
    const q = previous[k]!;
    if (q.quote.parentId === parentId && q.quote.type !== "indirect") return q.mention ? q : undefined;
  }
  return undefined;
}

/** Whether a sentence outside quotes lies between the previous quote and this one. */
function cueBetween(ctx: Parameters<typeof continuedSpeaker.apply>[0], last: AttributedQuote): boolean {
  const between = ctx.text.slice(last.quote.close?.end ?? last.quote.end, ctx.quote.open?.start ?? ctx.quote.start);
  return /[.!?]\s+\p{Lu}/u.test(between.replace(/^[^\n]*\n/, ""));
}
