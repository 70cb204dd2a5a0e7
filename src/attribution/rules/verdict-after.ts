import { defineRule, type Mention, type RuleContext } from "../../rules-api";
import { nameAfterTitle } from "./trailing-cue-speaker";

/** Nouns of saying or judging that name what the quotation was: "the verdict", "the message". */
const VERDICT_NOUNS = new Set([
  "verdict", "view", "message", "assessment", "word", "words", "warning", "reaction", "response", "advice", "opinion",
  "take", "conclusion", "prediction", "reply", "answer", "comment", "plea", "promise", "claim", "judgment", "judgement",
  "analysis", "diagnosis", "forecast", "boast", "complaint", "lament", "rallying", "cry", "refrain", "mantra", "motto",
]);
/** Demonstratives that point back at the quotation from the sentence after it. */
const POINTERS = new Set(["that", "this", "those", "these", "such", "so"]);

/**
 * `"...." That was the verdict of Lisa Brandt, who ...` and `"...," was the message from coach
 * Dana Lee.`: a sentence right after the quotation names what the quotation was (a noun of saying
 * or judging) and whose it was (the mention after "of" or "from"). The speaker comes after the
 * quote, where no other rule looks.
 */
export const verdictAfter = defineRule({
  id: "verdict-after",
  description: 'The sentence after the quotation names whose words they were: "That was the verdict of X", "...," was the message from X',
  types: ["direct"],
  apply(ctx) {
    const { tokens } = ctx;
    let k = ctx.tokenAt(ctx.quote.close?.end ?? ctx.quote.end);
    const start = tokens[k];
    if (!start) return ctx.pass("nothing after the quote");
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
