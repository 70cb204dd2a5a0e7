import { defineRule } from "../define";
import { crossesParagraph, sameSentenceAfter, skipAdverbs, skipJoiners } from "./skip";

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
    if (!sameSentenceAfter(ctx.text, quote.close.start, next)) return ctx.pass("a new sentence starts after the quote");
    const speaker = ctx.mentionStartingAt(first);
    const phrase = speaker ? null : ctx.phraseAfter(first);
    const end = speaker ? speaker.extentEndToken : phrase?.endToken;
    if (end === undefined) return ctx.pass("no mention right after the quote");
    const cue = ctx.cueAt(skipAdverbs(tokens, end));
    const who = ctx.text.slice(tokens[first]!.start, tokens[end - 1]!.end);
    if (!cue) return ctx.pass(`no cue after "${who}"`);
    const confidence = Math.min(0.97, 0.8 + 0.17 * cue.weight) * (speaker ? 1 : 0.9);
    return { speaker: speaker ?? phrase!, cue, confidence, reason: `"${who} ${cue.text}" after the quote` };
  },
});
