import { defineRule } from "../define";
import type { RuleContext } from "../types";
import { attributionAfter, skipAdverbs } from "./skip";

/** `"...," a White House spokesman said` — the speaker, then the cue, right after the quote. */
export const trailingSpeakerCue = defineRule({
  id: "trailing-speaker-cue",
  description: 'Speaker then cue right after the closing mark: "...," X said',
  types: ["direct", "partial"],
  apply(ctx) {
    const { tokens } = ctx;
    const first = attributionAfter(ctx);
    if (typeof first !== "number") return first;
    const speaker = ctx.mentionStartingAt(first);
    const phrase = speaker ? null : ctx.phraseAfter(first);
    const end = speaker ? speaker.extentEndToken : phrase?.endToken;
    if (end === undefined) return ctx.pass("no mention right after the quote");
    const cue = ctx.cueAt(skipAdverbs(tokens, end));
    const who = ctx.text.slice(tokens[first]!.start, tokens[end - 1]!.end);
    if (!cue) {
      // `"...," Bozell answers.`: a verb outside the lexicon that closes the clause still says it.
      // Only after a detected mention: `"burning the Constitution," a charge that stung` is no speaker.
      const verb = skipAdverbs(tokens, end);
      if (!speaker || !closesClause(ctx, verb)) return ctx.pass(`no cue after "${who}"`);
      return { speaker, cue: null, confidence: 0.75, reason: `"${who} ${tokens[verb]!.text}" closes the sentence after the quote` };
    }
    const confidence = Math.min(0.97, 0.8 + 0.17 * cue.weight) * (speaker ? 1 : 0.9);
    return { speaker: speaker ?? phrase!, cue, confidence, reason: `"${who} ${cue.text}" after the quote` };
  },
});

/** Words that may follow such a verb before the clause ends: "screamed back", "answers again". */
const PARTICLES = new Set(["back", "again", "later", "simply", "too"]);

/** A past or present verb at `i` whose clause ends right after it (a particle allowed). */
function closesClause(ctx: RuleContext, i: number): boolean {
  const verb = ctx.tokens[i];
  if (!verb || verb.pos !== "VERB" || verb.lower.endsWith("ing")) return false;
  let k = i + 1;
  if (ctx.tokens[k] && PARTICLES.has(ctx.tokens[k]!.lower)) k++;
  const after = ctx.tokens[k];
  return !after || after.sentence !== verb.sentence || [".", ",", ";", "!", "?"].includes(after.text);
}
