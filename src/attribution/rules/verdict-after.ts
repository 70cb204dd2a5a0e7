import { defineRule, type Attribution, type Mention, type RuleContext } from "../../rules-api";
import { nameAfterTitle } from "./trailing-cue-speaker";

/** Nouns of saying or judging that name what the quotation was: "the verdict", "the message". */
const VERDICT_NOUNS = new Set([
  "verdict", "view", "message", "assessment", "word", "words", "warning", "reaction", "response", "advice", "opinion",
  "take", "conclusion", "prediction", "reply", "answer", "comment", "plea", "promise", "claim", "judgment", "judgement",
  "analysis", "diagnosis", "forecast", "boast", "complaint", "lament", "rallying", "cry", "refrain", "mantra", "motto",
  "appeal", "argument", "point", "remark", "remarks", "pledge", "vow", "threat", "accusation", "charge",
]);
/** How far into the sentence after the quotation its main verb may stand ("Council member Ann Lee (D-Ward 3) made"). */
const MAX_SUBJECT_TOKENS = 12;
/** Demonstratives that point back at the quotation from the sentence after it. */
const POINTERS = new Set(["that", "this", "those", "these", "such", "so"]);

/**
 * `"...." That was the verdict of Lisa Brandt, who ...`, `"...," was the message from coach
 * Dana Lee.` and `"...." Ann Lee made that appeal twice.`: a sentence right after the quotation
 * names what the quotation was (a noun of saying or judging) and whose it was (the mention after
 * "of" or "from", or the subject of a verb whose object points back at it). The speaker comes
 * after the quote, where no other rule looks.
 */
export const verdictAfter = defineRule({
  id: "verdict-after",
  description: 'The sentence after the quotation names whose words they were: "That was the verdict of X", "...," was the message from X, "X made that appeal"',
  types: ["direct"],
  apply(ctx) {
    const { tokens } = ctx;
    let k = ctx.tokenAt(ctx.quote.close?.end ?? ctx.quote.end);
    const start = tokens[k];
    if (!start) return ctx.pass("nothing after the quote");
    const named = subjectNamingIt(ctx, k);
    if (named) return named;
    // The next paragraph may open with it ("That was the verdict of ...") when the quote ends its own.
    if (ctx.crossesParagraph(ctx.quote.end, start.start) && !POINTERS.has(start.lower)) return ctx.pass("nothing after the quote in its paragraph");
    const commaInside = /,\s*$/.test(ctx.text.slice(ctx.quote.start, ctx.quote.close?.start ?? ctx.quote.end));
    if (start.text === "," || POINTERS.has(start.lower)) k++;
    else if (!commaInside) return ctx.pass('no "That was" or ", was" after the quote');
    if (!/^(was|is|were|are)$/.test(tokens[k]?.lower ?? "")) return ctx.pass('no "was" after the quote');
    k++;
    if (/^(the|his|her|their|its)$/.test(tokens[k]?.lower ?? "")) k++;
    // "the blunt verdict", "the final word": up to two words before the noun.
    let noun = -1;
    for (let j = k; j < k + 3 && tokens[j]?.kind === "word"; j++) if (VERDICT_NOUNS.has(tokens[j]!.lower)) noun = j;
    if (noun < 0) return ctx.pass("no noun of saying after the quote's sentence start");
    const preposition = tokens[noun + 1]?.lower;
    if (preposition !== "of" && preposition !== "from") return ctx.pass(`no "of" or "from" after "${tokens[noun]!.text}"`);
    const speaker = mentionAfter(ctx, noun + 2);
    if (!speaker) return ctx.pass(`no mention after "${tokens[noun]!.text} ${preposition}"`);
    return { speaker, cue: null, confidence: 0.85, reason: `"${ctx.textOfTokens(ctx.tokenAt(ctx.quote.close?.end ?? ctx.quote.end), noun + 2)}" ${speaker.text}` };
  },
});

/** The mention at token `at` (not a pronoun), or the name after lower-case title words ("coach Dana Lee"). */
function mentionAfter(ctx: RuleContext, at: number): Mention | null {
  const mention = ctx.mentionStartingAt(at);
  if (mention) return mention.kind === "pronoun" ? null : mention;
  return nameAfterTitle(ctx, at);
}

/**
 * `"...." Ann Lee (D-Ward 3) made that appeal twice.`: the first verb of the sentence starting at
 * token `k` takes "that" and a noun of saying as its object; its subject said the quotation.
 */
function subjectNamingIt(ctx: RuleContext, k: number): Attribution | null {
  const { tokens } = ctx;
  const sentence = tokens[k]!.sentence;
  // Only a sentence of its own after the quotation.
  if (sentence === ctx.lastSentence.index) return null;
  let verb = k;
  let inParentheses = false;
  // Past a parenthetical ("(D-Ward 3)", whose words the tagger may take for verbs).
  while (verb < k + MAX_SUBJECT_TOKENS && tokens[verb]?.sentence === sentence && (inParentheses || !ctx.isVerb(verb))) {
    if (tokens[verb]!.text === "(") inParentheses = true;
    else if (tokens[verb]!.text === ")") inParentheses = false;
    verb++;
  }
  if (verb === k || !ctx.isVerb(verb) || tokens[verb]!.sentence !== sentence || !POINTERS.has(tokens[verb + 1]?.lower ?? "")) return null;
  let noun = -1;
  for (let j = verb + 2; j < verb + 4 && tokens[j]?.kind === "word"; j++) if (VERDICT_NOUNS.has(tokens[j]!.lower)) noun = j;
  if (noun < 0) return null;
  const v = tokens[verb]!;
  // The verb is no cue of the lexicon; as one, it asks the subject search who did it (its weight is not read there).
  const speaker = ctx.subjectOf({ text: v.text, start: v.start, end: v.end, firstToken: verb, endToken: verb + 1, lemma: v.lower, weight: 0.5 });
  if (!speaker || speaker.kind === "pronoun" || speaker.firstToken < k) return null;
  return { speaker, cue: null, confidence: 0.8, reason: `${speaker.text} ${ctx.textOfTokens(verb, noun + 1)}` };
}
