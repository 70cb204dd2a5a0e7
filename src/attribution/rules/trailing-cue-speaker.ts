import { defineRule } from "../define";
import { crossesParagraph, sameSentenceAfter, skipAdverbs, skipJoiners } from "./skip";

/** `"...," said Sen. Ted Cruz` and `"...," according to X` — inverted order after the quote. */
export const trailingCueSpeaker = defineRule({
  id: "trailing-cue-speaker",
  description: 'Cue then speaker right after the closing mark: "...," said X',
  types: ["direct", "partial"],
  apply(ctx) {
    const { quote, tokens } = ctx;
    if (!quote.close) return ctx.pass("the quote is not closed");
    const first = skipJoiners(tokens, ctx.tokenAt(quote.close.end));
    const next = tokens[first];
    if (!next || crossesParagraph(ctx.text, quote.close.end, next.start)) return ctx.pass("nothing follows in the paragraph");
    if (!sameSentenceAfter(ctx.text, quote.close.start, next)) return ctx.pass("a new sentence starts after the quote");
    const cue = ctx.cueAt(first);
    if (!cue) return ctx.pass("no cue right after the quote");
    const at = skipAdverbs(tokens, cue.endToken, 2);
    const speaker = ctx.mentionStartingAt(at) ?? ctx.phraseAfter(at);
    if (!speaker) return ctx.pass(`no mention after "${cue.text}"`);
    const who = ctx.text.slice(speaker.start, speaker.end);
    const confidence = Math.min(0.95, 0.78 + 0.17 * cue.weight) * ("id" in speaker ? 1 : 0.9);
    return { speaker, cue, confidence, reason: `"${cue.text} ${who}" after the quote` };
  },
});
