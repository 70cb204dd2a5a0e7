import { defineRule, type CueMatch, type Mention, type RuleContext } from "../../rules-api";
import { SLOT_CUE_WEIGHT, slotCueAt } from "./verb-slot";

/** Words allowed between the verb and the opening mark: `X estimated that "..."`, `X argues, "..."`. */
const BRIDGES = new Set(["that", ","]);

/**
 * `Hoover estimated that "...."`, `The ad targets "a rigged economy"`, `Babar pondered, "..."`: a
 * quotation opened right after a finite verb (or its "that") is that verb's object or clause, so
 * the verb's subject speaks it, whether or not the lexicon lists the verb. Tried only when no other
 * rule found a speaker: the structure, not the word, makes it speech.
 */
export const verbBeforeQuote = defineRule({
  id: "verb-before-quote",
  description: 'A quotation opened right after a verb is spoken by its subject: X estimated that "..."',
  types: ["direct", "partial"],
  apply(ctx) {
    const { quote, tokens } = ctx;
    if (!quote.open) return ctx.pass("no opening mark");
    const opener = ctx.tokenAt(quote.open.start);
    let end = opener;
    if (BRIDGES.has(tokens[end - 1]?.lower ?? "")) end--;
    const cue = verbEndingAt(ctx, end);
    if (!cue) return ctx.pass("no verb right before the opening mark");
    if (tokens[cue.firstToken]!.sentence !== tokens[opener]!.sentence || ctx.insideAnyQuote(cue.start)) return ctx.pass("the verb is not in the quote's sentence");
    const subject = ctx.subjectOf(cue);
    // "a course called "Perception"": the participle modifies the noun before it, which is not who speaks.
    if (!subject && ctx.modifiesNounBefore(cue)) return ctx.pass(`"${cue.text}" modifies the noun before it`);
    // No detected mention: the noun phrase in the subject's place ("The ad claims").
    const speaker = subject && (subject.extentEndToken <= cue.firstToken || isAgentAfterQuote(ctx, subject)) ? subject : ctx.phraseBefore(cue.firstToken);
    if (!speaker) return ctx.pass(`no subject before "${cue.text}"`);
    return { speaker, cue, confidence: 0.55, reason: `"${ctx.text.slice(speaker.start, speaker.end)}" ${cue.text} the quotation` };
  },
});

/**
 * `Plans were branded "a betrayal" by the area's MSP`: the passive's agent, right after "by" past
 * the closing mark, says the words (subjectOf finds it); any other mention after the verb is no subject.
 */
function isAgentAfterQuote(ctx: RuleContext, m: Mention): boolean {
  const close = ctx.quote.close;
  return !!close && m.extentFirstToken > ctx.tokenAt(close.start) && ctx.tokens[m.extentFirstToken - 1]?.lower === "by";
}

/** The verb (with its particle: "shot back") that ends right before token `end`, or null. */
function verbEndingAt(ctx: RuleContext, end: number): CueMatch | null {
  for (const first of [end - 1, end - 2]) {
    if (first < 0) continue;
    const cue = ctx.cueAt(first) ?? slotCueAt(ctx.text, ctx.tokens, first, true);
    if (cue && cue.endToken === end) return cue;
  }
  return participleBefore(ctx, end);
}

/**
 * `X released a statement condemning "..."`: a present participle right before the mark takes the
 * quotation as its object, and shares the subject of the clause it hangs on (`Fans marched on Monday,
 * crying "fraud"`; `Fans are crying "fraud"`), whether or not the lexicon lists it.
 */
function participleBefore(ctx: RuleContext, end: number): CueMatch | null {
  const t = ctx.tokens[end - 1];
  if (!t || t.pos !== "VERB" || !/^\p{Ll}+ing$/u.test(t.text)) return null;
  // "an entitlement-slashing "Grand Bargain"": the second half of a compound adjective.
  if (ctx.text[t.start - 1] === "-") return null;
  // "the news that Lee had been using "an alias"": a progressive in the clause a noun reports.
  if (ctx.isVerb(end - 2) && nounClauseBefore(ctx, end - 2)) return null;
  return { text: t.text, start: t.start, end: t.end, firstToken: end - 1, endToken: end, lemma: t.lower, weight: SLOT_CUE_WEIGHT };
}

/** Whether the sentence before token `i` holds a noun's "that" clause ("the news that"), which names no speaker. */
function nounClauseBefore(ctx: RuleContext, i: number): boolean {
  const { tokens } = ctx;
  for (let k = i - 1; k > 0 && tokens[k]!.sentence === tokens[i]!.sentence; k--) {
    if (tokens[k]!.lower === "that" && tokens[k - 1]!.pos === "NOUN") return true;
  }
  return false;
}
