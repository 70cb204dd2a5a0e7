import { defineRule } from "../define";
import { crossesParagraph, skipAdverbs, skipJoiners } from "./skip";

/** `"...," a White House spokesman said` — the speaker, then the cue, right after the quote. */
export const trailingSpeakerCue = defineRule({
  id: "trailing-speaker-cue",
  description: 'Speaker then cue right after the closing mark: "...," X said',
  types: ["direct", "partial"],
  apply(ctx) {
    const { quote, tokens } = ctx;
    if (!quote.close) return ctx.pass("the quote is not closed");
    const first = skipJoiners(tokens, ctx.tokenAt(quote.close.end));
    const next = tokens[first];
    if (!next || crossesParagraph(ctx.text, quote.close.end, next.start)) return ctx.pass("nothing follows in the paragraph");
    const speaker = ctx.mentionStartingAt(first);
    if (!speaker) return ctx.pass("no mention right after the quote");
    const cue = ctx.cueAt(skipAdverbs(tokens, speaker.extentEndToken));
    if (!cue) return ctx.pass(`no cue after "${speaker.text}"`);
    return { speaker, cue, confidence: Math.min(0.97, 0.8 + 0.17 * cue.weight), reason: `"${speaker.text} ${cue.text}" after the quote` };
  },
});
