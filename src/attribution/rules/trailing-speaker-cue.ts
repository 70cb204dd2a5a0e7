import { defineRule, type CueMatch, type RuleContext } from "../../rules-api";
import { clauseEndsAt, setOffAfterQuote, slotCueAt } from "./verb-slot";

/**
 * `"...," a White House spokesman said` — the speaker, then the cue, right after the quote. Where
 * the attribution is only the speaker and a verb (`"...," Reyes gushed.`), the verb is the cue
 * whether or not the lexicon lists it.
 */
export const trailingSpeakerCue = defineRule({
  id: "trailing-speaker-cue",
  description: 'Speaker then cue right after the closing mark: "...," X said (any verb that ends the clause: "...," X gushed)',
  types: ["direct", "partial"],
  apply(ctx) {
    const { tokens } = ctx;
    const first = ctx.attributionAfterQuote();
    if (typeof first !== "number") return first;
    const speaker = ctx.mentionStartingAt(first);
    const phrase = speaker ? null : ctx.phraseAfter(first);
    const end = speaker ? speaker.extentEndToken : phrase?.endToken;
    if (end === undefined) return ctx.pass("no mention right after the quote");
    const at = ctx.skipAdverbs(end);
    const who = ctx.text.slice(tokens[first]!.start, tokens[end - 1]!.end);
    const cue = ctx.cueAt(at) ?? (setOffAfterQuote(ctx.text, ctx.quote, tokens[first]!) ? verbEndingClause(ctx, at) : null);
    if (!cue) return ctx.pass(`no cue after "${who}"`);
    const confidence = Math.min(0.97, 0.8 + 0.17 * cue.weight) * (speaker ? 1 : 0.9);
    return { speaker: speaker ?? phrase!, cue, confidence, reason: `"${who} ${cue.text}" after the quote` };
  },
});

/** `"...," Reyes gushed.` / `Reyes blurted out on Tuesday.`: a verb with nothing after it but a time phrase. */
function verbEndingClause(ctx: RuleContext, at: number): CueMatch | null {
  const cue = slotCueAt(ctx.text, ctx.tokens, at, true);
  if (!cue) return null;
  const sentence = ctx.tokens[at]!.sentence;
  return clauseEndsAt(ctx.tokens, afterTimePhrase(ctx, cue.endToken), sentence) ? cue : null;
}

/** Words of a trailing time phrase: "on Tuesday", "last week", "Monday". */
const TIME_PHRASE = /^(?:on|last|this|late|early|earlier|later|(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tonight|morning|afternoon|evening|night|week|month|year)$/;

function afterTimePhrase(ctx: RuleContext, i: number): number {
  let k = i;
  while (ctx.tokens[k] && TIME_PHRASE.test(ctx.tokens[k]!.lower) && k - i < 3) k++;
  return k;
}
