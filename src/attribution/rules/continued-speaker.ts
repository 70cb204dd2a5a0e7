import { defineRule, type Attribution, type AttributedQuote, type CueWithSpeaker, type RuleContext, type Token } from "../../rules-api";
import { isSpeechCue } from "./cue-weights";

/**
 * A direct quote with no attribution of its own continues the speaker of the quote just before it
 * in the same paragraph (`"A," he said. "B."`), or in the paragraph before when that paragraph was
 * the same speaker's quote (a speech quoted over several paragraphs).
 */
export const continuedSpeaker = defineRule({
  id: "continued-speaker",
  description: "An unattributed quote that opens a sentence continues the previous quote's speaker",
  types: ["direct", "partial"],
  apply(ctx) {
    if (ctx.quote.type === "partial" && !opensSentence(ctx)) return runOn(ctx) ?? ctx.pass("a partial quote inside the writer's sentence");
    const last = lastAttributed(ctx.previous, ctx.quote.parentId);
    if (!last || !last.mention) return ctx.pass("no attributed quote before");
    const lastParagraph = ctx.sentences[ctx.tokens[ctx.tokenAt(last.quote.start)]!.sentence]!.paragraph;
    const gap = ctx.paragraph.index - lastParagraph;
    if (gap === 0) {
      // `"A," X said. Y agreed. "B."`: a speaker named in between speaks the next quote.
      const between = speakerBetween(ctx, last);
      if (between) return { ...between, confidence: 0.75, reason: `"${between.speaker.text} ${between.cue.text}" after ${last.quote.id}` };
      return { speaker: last.mention, cue: null, confidence: 0.8, reason: `same paragraph as ${last.quote.id}` };
    }
    if (ctx.quote.type === "partial") return ctx.pass("a partial quote continues a speaker only within its paragraph");
    // `"A," Lee said.¶Dana Hill agreed. "B."`: a speaker named in this paragraph before the quote speaks it.
    const between = gap >= 1 ? speakerBetween(ctx, last) : null;
    if (between && between.speaker.start >= ctx.paragraph.start) {
      return { ...between, confidence: 0.7, reason: `"${between.speaker.text} ${between.cue.text}" before the quote, after ${last.quote.id}` };
    }
    if (gap === 1 && last.quote.type === "direct" && !cueBetween(ctx, last)) {
      return { speaker: last.mention, cue: null, confidence: 0.6, reason: `continues ${last.quote.id} from the paragraph before` };
    }
    return ctx.pass("the previous quote is too far away");
  },
});

/**
 * `"A," said Ann Lee, a planner. Now, "B."`: a partial quote in the sentence right after the one
 * that attributed a full quotation, in a sentence of the writer's with no cue of its own, runs on
 * with that quotation's speaker (the writer has split one statement around a connective).
 */
function runOn(ctx: RuleContext): Attribution | null {
  const last = lastAttributed(ctx.previous, ctx.quote.parentId);
  const full = last?.mention && last.quote.type === "direct" ? last : null;
  const from = full ?? (ctx.quote.words > 3 ? reportedBefore(ctx) : null);
  if (!from?.mention) return null;
  const { tokens, sentence } = ctx;
  const lastEnd = Math.max(from.quote.close?.end ?? from.quote.end, from.mention.end);
  const previousSentence = ctx.sentences[tokens[ctx.tokenAt(lastEnd - 1)]!.sentence]!;
  if (sentence.index - previousSentence.index !== 1 || previousSentence.paragraph !== sentence.paragraph) return null;
  if (ctx.findCue(sentence.firstToken, ctx.lastSentence.endToken)) return null;
  return { speaker: from.mention, cue: null, confidence: 0.6, reason: `runs on from ${from.quote.id} in the sentence before` };
}

/**
 * `This makes it hard to correct, he said. Good facts still win, but only when "..."`: reported
 * speech that a verb of saying attributes after it (the speaker following the content, as a quote's
 * attribution does) is a statement the next sentence's longer partial quote may run on from.
 */
function reportedBefore(ctx: RuleContext): AttributedQuote | null {
  const q = ctx.previous[ctx.previous.length - 1];
  if (!q || q.quote.type !== "indirect" || q.quote.parentId !== ctx.quote.parentId || !q.mention || !q.cue) return null;
  const cue = ctx.cueAt(ctx.tokenAt(q.cue.start));
  return isSpeechCue(cue) && q.mention.start > q.quote.start ? q : null;
}

/**
 * `"A," said X. "B, C" for the rich.`: a quote that opens a sentence with a capital and only
 * ends inside the writer's words still continues the speaker; a quoted fragment does not.
 */
function opensSentence(ctx: RuleContext): boolean {
  const { quote, tokens } = ctx;
  if (quote.words <= 3 || !/^\p{Lu}/u.test(quote.text)) return false;
  const open = ctx.tokenAt(quote.open?.start ?? quote.start);
  return tokens[open]!.sentence !== tokens[open - 1]?.sentence || open === ctx.sentence.firstToken;
}

function lastAttributed(previous: readonly AttributedQuote[], parentId: string | undefined): AttributedQuote | undefined {
  for (let k = previous.length - 1; k >= 0; k--) {
    const q = previous[k]!;
    if (q.quote.parentId === parentId && q.quote.type !== "indirect") return q.mention ? q : undefined;
  }
  return undefined;
}

/** Whether a sentence outside quotes lies between the previous quote and this one. */
function cueBetween(ctx: RuleContext, last: AttributedQuote): boolean {
  const between = ctx.text.slice(last.quote.close?.end ?? last.quote.end, ctx.quote.open?.start ?? ctx.quote.start);
  return /[.!?]\s+\p{Lu}/u.test(between.replace(/^[^\n]*\n/, ""));
}

/** Words that negate a cue: "He didn't suggest retaliation" says nothing. */
const NEGATIONS = new Set(["not", "n't", "never", "no"]);

/** Whether one of the two words before token `i` negates it ("did not say", "never said"). */
function negated(tokens: readonly Token[], i: number): boolean {
  const one = tokens[i - 1];
  const two = tokens[i - 2];
  return (!!one && NEGATIONS.has(one.lower)) || (!!two && NEGATIONS.has(two.lower));
}

/**
 * The speaker of the writer's sentence just before this quote, when it comes after the previous
 * quote's own sentence: the subject of its first cue that is neither weak nor negated.
 */
function speakerBetween(ctx: RuleContext, last: AttributedQuote): CueWithSpeaker | null {
  const { tokens } = ctx;
  const from = ctx.tokenAt(last.quote.close?.end ?? last.quote.end);
  const to = ctx.tokenAt(ctx.quote.open?.start ?? ctx.quote.start);
  const sentence = tokens[to - 1]?.sentence;
  // `"A," X said. "B."`: the attribution of the previous quote itself is not in between; a sentence
  // that opens right after the previous quote is (`"A." Ann Park disagreed. "B."`).
  const lastEnd = last.quote.close?.end ?? last.quote.end;
  if (sentence === undefined || sentence === tokens[ctx.tokenAt(lastEnd - 1)]?.sentence || to - 1 < from) return null;
  for (let i = Math.max(from, ctx.sentences[sentence]!.firstToken); i < to; i++) {
    const cue = ctx.cueAt(i);
    if (!cue || cue.weight < 0.5 || ctx.insideQuote(cue.start)) continue;
    if (negated(tokens, i)) continue;
    const speaker = ctx.subjectOf(cue);
    if (speaker) return { speaker, cue };
  }
  // `"A," Lee said. Ann Park touted her record as a sponsor of the bill. "B."`: the speaker of the
  // reported speech in that sentence takes the floor, whatever the weight of its cue.
  return reportedIn(ctx, sentence, tokens[from]!.start) ?? shortSentenceSubject(ctx, sentence, Math.max(from, ctx.sentences[sentence]!.firstToken), to);
}

/** The speaker and cue of reported speech attributed in sentence `sentence`, after offset `after`. */
function reportedIn(ctx: RuleContext, sentence: number, after: number): CueWithSpeaker | null {
  for (let k = ctx.previous.length - 1; k >= 0; k--) {
    const q = ctx.previous[k]!;
    if (q.quote.start < after) return null;
    if (q.quote.type !== "indirect" || !q.mention || !q.cue || q.mention.start < after) continue;
    if (ctx.tokens[ctx.tokenAt(q.quote.start)]!.sentence !== sentence) continue;
    const cue = ctx.cueAt(ctx.tokenAt(q.cue.start));
    if (cue && !negated(ctx.tokens, cue.firstToken)) return { speaker: q.mention, cue };
  }
  return null;
}

/** Longest sentence, in tokens, that `shortSentenceSubject` reads as a new speaker taking the floor. */
const MAX_TURN_SENTENCE = 12;

/**
 * `"A," Lund said. Her deputy, Omar Said, disagreed. "B."`: a short sentence between the quotes
 * whose subject is a name or description other than the last speaker hands the next quote to it,
 * whatever its verb ("disagreed", "was less sure").
 */
function shortSentenceSubject(ctx: RuleContext, sentence: number, from: number, to: number): CueWithSpeaker | null {
  const { tokens } = ctx;
  const { firstToken, endToken } = ctx.sentences[sentence]!;
  if (from !== firstToken || endToken !== to || to - from > MAX_TURN_SENTENCE) return null;
  const subject = ctx.mentionsIn(tokens[from]!.start, tokens[to - 1]!.end)[0];
  if (!subject || subject.kind === "pronoun" || subject.extentFirstToken !== from || !ctx.isSubjectOfVerb(subject)) return null;
  let verb = subject.extentEndToken;
  while (verb < to && !ctx.isVerb(verb)) verb++;
  if (verb >= to || negated(tokens, verb)) return null;
  const cue = { text: tokens[verb]!.text, start: tokens[verb]!.start, end: tokens[verb]!.end, firstToken: verb, endToken: verb + 1, lemma: tokens[verb]!.lower, weight: 0.5 };
  return { speaker: subject, cue };
}
