import { defineRule } from "../../rules-api";

/** Any casing of the word, as `token.lower === "according"` allows ("According", "ACCORDING"). */
const ACCORDING = /according/i;

/** `According to X, "..."` or `..., according to X` anywhere in the quote's sentence. */
export const accordingTo = defineRule({
  id: "according-to",
  description: "An 'according to X' in the quote's sentence",
  apply(ctx) {
    const { tokens } = ctx;
    // Most sentences have no "according": a search of their text rules them out without reading every token.
    if (!ACCORDING.test(ctx.sentenceText)) return ctx.pass("no 'according to' with a mention");
    for (let i = ctx.sentence.firstToken; i < ctx.lastSentence.endToken; i++) {
      if (tokens[i]!.lower !== "according" || ctx.insideQuote(tokens[i]!.start)) continue;
      const cue = ctx.cueAt(i);
      if (!cue || cue.lemma !== "according to") continue;
      const speaker = ctx.mentionStartingAt(cue.endToken) ?? ctx.phraseAfter(cue.endToken);
      if (speaker) return { speaker, cue, confidence: 0.85, reason: `"according to ${ctx.text.slice(speaker.start, speaker.end)}"` };
    }
    return ctx.pass("no 'according to' with a mention");
  },
});
