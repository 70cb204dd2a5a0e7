import { defineRule, type Attribution, type CueMatch, type RuleContext } from "../../rules-api";
import { clauseEndsAt, setOffAfterQuote, slotCueAt } from "./verb-slot";

/**
 * `"...," a White House spokesman said` — the speaker, then the cue, right after the quote. Where
 * the attribution is only the speaker and a verb (`"...," Reyes gushed.`), the verb is the cue
 * whether or not the lexicon lists it.
 */
export const trailingSpeakerCue = defineRule({
  id: "trailing-speaker-cue",
  description: 'Speaker then cue right after the closing mark: "...," X said (any verb that ends the clause: "...," X gushed; modifiers between: "...," a spokesman for X said)',
  types: ["direct", "partial"],
  apply(ctx) {
    const { tokens } = ctx;
    const first = ctx.attributionAfterQuote();
    if (typeof first !== "number") return first;
    const speaker = ctx.mentionStartingAt(compoundModifierEnd(ctx, first));
    const phrase = speaker ? null : ctx.phraseAfter(first);
    const end = speaker ? speaker.extentEndToken : phrase?.endToken;
    if (end === undefined) return ctx.pass("no mention right after the quote");
    const extentHasComma = tokens.slice(first, end).some((t) => t.text === ",");
    const afterComma = setOffAfterQuote(ctx.text, ctx.quote, tokens[first]!) ? afterApposition(ctx, end, extentHasComma) : end;
    const at = ctx.skipAdverbs(afterComma);
    // "the assailant, John McGraw, told": the one name in the apposition names the description.
    const names = speaker?.kind !== "name"
      ? ctx.mentionsIn(tokens[end - 1]!.end, tokens[at - 1]!.start).filter((m) => m.kind === "name")
      : [];
    const named = names.length === 1 ? names[0]! : null;
    const who = ctx.text.slice(tokens[first]!.start, tokens[end - 1]!.end);
    const cue = ctx.cueAt(at) ?? (setOffAfterQuote(ctx.text, ctx.quote, tokens[first]!) ? verbEndingClause(ctx, at) : null);
    const setOff = setOffAfterQuote(ctx.text, ctx.quote, tokens[first]!);
    if (!cue) return (setOff ? modifiedSpeaker(ctx, first, end) : null) ?? ctx.pass(`no cue after "${who}"`);
    const confidence = Math.min(0.97, 0.8 + 0.17 * cue.weight) * (speaker ? 1 : 0.9);
    const chosen = named ?? speaker ?? phrase!;
    return { speaker: chosen, cue, confidence, reason: `"${who} ${cue.text}" after the quote` };
  },
});

/** How many tokens of modifiers may stand between the speaker's head and the cue. */
const MAX_MODIFIERS = 10;

/**
 * `"...," a spokesman for the family said`, `"...," the lawyer representing the family said`: the
 * head's modifiers stand between the phrase right after the quote (tokens `first` to `end`, the
 * quote set off by its comma) and the cue. The first cue of the clause is taken when its subject lies in that stretch: the subject
 * finder decides which mention of the modified phrase speaks.
 */
function modifiedSpeaker(ctx: RuleContext, first: number, end: number): Attribution | null {
  const { tokens, quote } = ctx;
  // Only for a quote that opens its sentence: inside the writer's sentence ("even as Lee claimed
  // that "...," one of the prosecutors said"), the words after it start another clause.
  const open = ctx.tokenAt(quote.open?.start ?? quote.start);
  if (tokens[open]!.sentence === tokens[open - 1]?.sentence && open !== ctx.sentence.firstToken) return null;
  const sentence = tokens[first]!.sentence;
  // A conjunction ("Hana Kovac and her team hoped") makes another subject: the stretch ends there.
  let to = end;
  while (tokens[to] && tokens[to]!.sentence === sentence && tokens[to]!.text !== "," && tokens[to]!.pos !== "CCONJ" && to - end < MAX_MODIFIERS) to++;
  const cue = ctx.findCue(end, to);
  // "a website linked to a group called X": a participle inside the modifiers is no verb of the speaker.
  if (!cue || ctx.isParticiple(cue) || ctx.modifiesNounBefore(cue)) return null;
  const speaker = ctx.subjectOf(cue);
  if (!speaker || speaker.extentFirstToken < first || speaker.extentEndToken > cue.firstToken) return null;
  const who = ctx.textOfTokens(first, cue.firstToken);
  return { speaker, cue, confidence: Math.min(0.95, 0.75 + 0.2 * cue.weight), reason: `"${who} ${cue.text}" after the quote` };
}

/**
 * `"...," Texas-based Matt Okafor said`: a name that a hyphen joins to the next word ("Texas-based",
 * "Ohio-born") modifies the phrase after it; the speaker's mention starts after the compound.
 */
function compoundModifierEnd(ctx: RuleContext, first: number): number {
  const { tokens } = ctx;
  const modifier = ctx.mentionStartingAt(first);
  if (!modifier) return first;
  const hyphen = tokens[modifier.extentEndToken];
  const word = tokens[modifier.extentEndToken + 1];
  const attached = hyphen?.text === "-" && word && tokens[modifier.extentEndToken - 1]!.end === hyphen.start && hyphen.end === word.start;
  return attached && /^\p{Ll}/u.test(word.text) ? modifier.extentEndToken + 2 : first;
}

/** How many tokens an apposition between the speaker and the cue may hold. */
const MAX_APPOSITION = 12;
/** Tags of the words of a noun phrase apposition: "the study's lead author", "a nurse at the clinic". */
const APPOSITION_TAGS = /^(DET|ADJ|NOUN|PROPN|NUM|ADP|PART|CCONJ)$/;

/**
 * `"...," Priya Menon, a researcher at the university, said.`: the token after an apposition set off
 * by commas right after the speaker (a noun phrase, no verb), else `end` itself.
 */
function afterApposition(ctx: RuleContext, end: number, extentHasComma: boolean): number {
  const { tokens } = ctx;
  if (tokens[end]?.text !== ",") return end;
  // The speaker's extent holds its apposition already ("the lead author, Priya Menon"): the comma closes it.
  if (extentHasComma) return end + 1;
  const sentence = tokens[end]!.sentence;
  // "..., such as Spain," and "..., including X," give examples, not another name for the speaker.
  if (/^(such|including|like|especially)$/.test(tokens[end + 1]?.lower ?? "")) return end;
  if (/^(who|whose)$/.test(tokens[end + 1]?.lower ?? "")) return afterRelativeClause(ctx, end);
  for (let k = end + 1; k < end + 1 + MAX_APPOSITION; k++) {
    const t = tokens[k];
    if (!t || t.sentence !== sentence) return end;
    if (t.text === ",") return k > end + 1 ? k + 1 : end;
    const hyphen = t.text === "-" && tokens[k - 1]!.end === t.start;
    // "Rand Paul, R-Ky., said": the full stop of an abbreviation, written against its word.
    const abbreviation = t.text === "." && tokens[k - 1]!.end === t.start && tokens[k + 1]?.text === ",";
    if (!hyphen && !abbreviation && !APPOSITION_TAGS.test(t.pos) && !(t.pos === "VERB" && /^\p{Ll}/u.test(t.text) && tokens[k + 1]?.pos === "NOUN")) return end;
  }
  return end;
}

/** How many tokens a relative clause between the speaker and the cue may hold. */
const MAX_RELATIVE = 24;

/**
 * `"...," Ann Okoro, who leads the tappers of the village, said.`: the token after a relative
 * clause set off by commas right after the speaker (no quotation mark inside), else `end` itself.
 */
function afterRelativeClause(ctx: RuleContext, end: number): number {
  const { tokens } = ctx;
  const sentence = tokens[end]!.sentence;
  for (let k = end + 2; k < end + MAX_RELATIVE && tokens[k] && tokens[k]!.sentence === sentence; k++) {
    if (tokens[k]!.text === ",") return k + 1;
    if (ctx.isDoubleQuotationMark(k)) return end;
  }
  return end;
}

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
