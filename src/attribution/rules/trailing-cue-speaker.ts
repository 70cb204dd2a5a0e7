import { defineRule } from "../../rules-api";

/** `"...," said Sen. Ted Cruz` and `"...," according to X` — inverted order after the quote. */
export const trailingCueSpeaker = defineRule({
  id: "trailing-cue-speaker",
  description: 'Cue then speaker right after the closing mark: "...," said X',
  types: ["direct", "partial"],
  apply(ctx) {
    const first = ctx.attributionAfterQuote();
    if (typeof first !== "number") return first;
    const cue = ctx.cueAt(first);
    if (!cue) return ctx.pass("no cue right after the quote");
    if (ctx.topicOrListenerFollows(cue)) return ctx.pass(`what follows "${cue.text}" is not its speaker`);
    const at = ctx.skipAdverbs(cue.endToken, 2);
    const speaker = ctx.mentionStartingAt(at) ?? ctx.phraseAfter(at);
    if (!speaker) return ctx.pass(`no mention after "${cue.text}"`);
    const who = ctx.text.slice(speaker.start, speaker.end);
    const confidence = Math.min(0.95, 0.78 + 0.17 * cue.weight) * ("id" in speaker ? 1 : 0.9);
    return { speaker, cue, confidence, reason: `"${cue.text} ${who}" after the quote` };
  },
});
