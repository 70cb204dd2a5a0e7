import { defineRule } from "../../rules-api";

/** `"...," a White House spokesman said` — the speaker, then the cue, right after the quote. */
export const trailingSpeakerCue = defineRule({
  id: "trailing-speaker-cue",
  description: 'Speaker then cue right after the closing mark: "...," X said',
  types: ["direct", "partial"],
  apply(ctx) {
    const { tokens } = ctx;
    const first = ctx.attributionAfterQuote();
    if (typeof first !== "number") return first;
    const speaker = ctx.mentionStartingAt(first);
    const phrase = speaker ? null : ctx.phraseAfter(first);
    const end = speaker ? speaker.extentEndToken : phrase?.endToken;
    if (end === undefined) return ctx.pass("no mention right after the quote");
    const cue = ctx.cueAt(ctx.skipAdverbs(end));
    const who = ctx.text.slice(tokens[first]!.start, tokens[end - 1]!.end);
    if (!cue) return ctx.pass(`no cue after "${who}"`);
    const confidence = Math.min(0.97, 0.8 + 0.17 * cue.weight) * (speaker ? 1 : 0.9);
    return { speaker: speaker ?? phrase!, cue, confidence, reason: `"${who} ${cue.text}" after the quote` };
  },
});
