import { defineRule, type CueMatch, type Mention, type RuleContext } from "../../rules-api";
import { continuesSeries } from "./verb-series";
import { clauseEndsAt, setOffAfterQuote, slotCueAt } from "./verb-slot";

/**
 * `"...," said Sen. Ted Cruz` and `"...," according to X` — inverted order after the quote. Where
 * a verb and a named speaker make the whole attribution (`"...," crowed Tom Reyes.`), the verb is
 * the cue whether or not the lexicon lists it.
 */
export const trailingCueSpeaker = defineRule({
  id: "trailing-cue-speaker",
  description: 'Cue then speaker right after the closing mark: "...," said X (any verb before a named speaker: "...," crowed X)',
  types: ["direct", "partial"],
  apply(ctx) {
    const first = ctx.attributionAfterQuote();
    if (typeof first !== "number") return first;
    const cue = ctx.cueAt(first);
    if (!cue) return slotVerbThenName(ctx, first) ?? ctx.pass("no cue right after the quote");
    if (ctx.topicOrListenerFollows(cue)) return ctx.pass(`what follows "${cue.text}" is not its speaker`);
    // `X defended "...," saying the city ...`, `"...," citing an instance`: a participle after the
    // quote goes on with the subject before it; what follows it is its object, not an inverted speaker.
    if (ctx.isParticiple(cue)) return ctx.pass(`"${cue.text}" is a participle: its subject comes before the quote`);
    // `X summed up the plan as "weak," denounced its cost and said`: the verb goes on with a series
    // begun before the quote, whose subject is the speaker; what follows the verb is its object.
    if (ctx.quote.type === "partial" && continuesSeries(ctx, cue)) return seriesSpeaker(ctx, cue);
    const speakerAt = (at: number) => ownedPhrase(ctx, at) ?? ctx.mentionStartingAt(at) ?? ctx.phraseAfter(at) ?? nameAfterTitle(ctx, at);
    const span = ctx.invertedSubject(cue, (at) => speakerAt(at)?.endToken ?? -1, true);
    const speaker = span && speakerAt(span.first);
    if (!speaker) return ctx.pass(`no mention after "${cue.text}"`);
    const who = ctx.text.slice(speaker.start, speaker.end);
    const confidence = Math.min(0.95, 0.78 + 0.17 * cue.weight) * ("id" in speaker ? 1 : 0.9);
    return { speaker, cue, confidence, reason: `"${cue.text} ${who}" after the quote` };
  },
});

/** Tags of words that end the phrase a possessive opens. */
const NOT_NOUN = new Set(["ADP", "DET", "CCONJ", "SCONJ", "PRON", "AUX", "PART", "ADV"]);

/** How many words the owned phrase after a possessive may have ("herald for", "chief herald"). */
const MAX_OWNED_WORDS = 3;

/**
 * `"...," said the chief's herald`: a description's possessive opens a phrase whose head no role
 * list knows (no mention covers it); the phrase speaks, not its owner (as "the study's lead
 * author" does, a mention). A name's possessive stays the name ("said Powell's office").
 */
function ownedPhrase(ctx: RuleContext, at: number) {
  const { tokens } = ctx;
  const owner = ctx.mentionStartingAt(at);
  if (owner?.kind !== "description" || !ctx.isPossessive(owner.extentEndToken)) return null;
  let end = owner.extentEndToken + 1;
  // (After a possessive comes a noun, whatever the tagger reads: "herald" as a verb.)
  while (end < owner.extentEndToken + 1 + MAX_OWNED_WORDS && tokens[end]?.kind === "word" && tokens[end]!.text === tokens[end]!.lower && !NOT_NOUN.has(tokens[end]!.pos)) end++;
  if (end === owner.extentEndToken + 1) return null;
  return { start: tokens[at]!.start, end: tokens[end - 1]!.end, firstToken: at, endToken: end };
}

/** The subject of the series of verbs a cue after a partial quote goes on with. */
function seriesSpeaker(ctx: RuleContext, cue: CueMatch) {
  const speaker = ctx.subjectOf(cue);
  if (!speaker) return ctx.pass(`"${cue.text}" goes on with a series of verbs with no subject found`);
  return { speaker, cue, confidence: 0.8, reason: `"${cue.text}" goes on with the series of verbs of "${speaker.text}"` };
}

/** Lower-case title words the tagger may read as verbs, before the name: "said lead author Dr. Ana Moss". */
const MAX_TITLE_WORDS = 3;

/** A named speaker after up to {@link MAX_TITLE_WORDS} lower-case words ("lead engineer"), or null. */
export function nameAfterTitle(ctx: RuleContext, at: number): Mention | null {
  for (let k = at; k < at + MAX_TITLE_WORDS && ctx.tokens[k]?.kind === "word" && /^\p{Ll}/u.test(ctx.tokens[k]!.text); k++) {
    const name = ctx.mentionStartingAt(k + 1);
    if (name) return name.kind === "pronoun" ? null : name;
  }
  return null;
}

/**
 * `"...," gushed Tom Reyes.` or `"...," crowed Tom Reyes, a nurse who ...`: a verb, then a name or
 * description (not a pronoun, not a plain phrase: `"...," sparked fears.` names nobody) that ends
 * the clause or opens an apposition.
 */
function slotVerbThenName(ctx: RuleContext, first: number) {
  const { tokens } = ctx;
  const cue = setOffAfterQuote(ctx.text, ctx.quote, tokens[first]!) ? slotCueAt(ctx.text, tokens, first, true) : null;
  if (!cue) return null;
  const nameEnd = (at: number) => {
    const m = ctx.mentionStartingAt(at);
    return m && m.kind !== "pronoun" && clauseEndsAt(tokens, pastHometown(ctx, m.extentEndToken), tokens[first]!.sentence) ? m.extentEndToken : -1;
  };
  const span = ctx.invertedSubject(cue, nameEnd, true);
  const speaker = span && ctx.mentionStartingAt(span.first);
  if (!speaker) return null;
  return { speaker, cue, confidence: 0.88, reason: `"${cue.text} ${speaker.text}" after the quote` };
}

/** How many capitalised words a hometown after a name may hold: "of Madison, Alabama". */
const MAX_HOMETOWN = 5;

/**
 * `"...!" beamed Ann Lee of Madison, Alabama, who ...`: the token after a hometown that "of" or
 * "from" puts after a name (a place's capitalised words, and a state after a comma), or `end`.
 */
function pastHometown(ctx: RuleContext, end: number): number {
  const { tokens } = ctx;
  if (!/^(?:of|from)$/.test(tokens[end]?.lower ?? "")) return end;
  let k = end + 1;
  const capitalised = () => tokens[k]?.pos === "PROPN" && /^\p{Lu}/u.test(tokens[k]!.text) && k - end <= MAX_HOMETOWN;
  if (!capitalised()) return end;
  while (capitalised()) k++;
  if (tokens[k]?.text === "," && tokens[k + 1]?.pos === "PROPN") {
    const state = k;
    k++;
    while (capitalised()) k++;
    if (tokens[k]?.text !== ",") k = state;
  }
  return k;
}
