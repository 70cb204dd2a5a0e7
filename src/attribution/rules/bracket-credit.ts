import { defineRule, type RuleContext } from "../../rules-api";

/** How many tokens a credit in brackets may hold ("[Mother Jones.]", "[Lee Moran, HuffPost]"). */
const MAX_CREDIT = 8;
/** Quoted terms this short are left to the rules that read a cue ("the \u201ctampon tax\u201d"). */
const MAX_TERM_WORDS = 3;

/**
 * A news digest credits each item's source in brackets at the end of its paragraph:
 * `CHINA SLOWS DOWN "The slowdown is fostering ..." [WaPo.]`. A quote of that paragraph is the
 * credited outlet's (or writer's) words: the digest quotes the item it links to, and the capitals
 * of the item's heading make the quote a partial one of the heading's sentence. Tried after the
 * rules that read a cue around the quote, so `"...," Lee said. [AP.]` stays Lee's.
 */
export const bracketCredit = defineRule({
  id: "bracket-credit",
  description: 'A credit in brackets closing the paragraph of a quote no cue attributes: "..." [Reuters.]',
  types: ["direct", "partial"],
  apply(ctx) {
    const { quote, tokens } = ctx;
    if (!quote.close) return ctx.pass("the quote is not closed");
    // A scare-quoted term of the item ("the 'tampon tax'") is no quotation of the source.
    if (quote.words <= MAX_TERM_WORDS) return ctx.pass("a quoted term, not a quotation");
    const close = lastTokenOfParagraph(ctx);
    if (tokens[close]?.text !== "]") return ctx.pass("the paragraph ends in no bracket");
    let open = close - 1;
    while (open > close - MAX_CREDIT && tokens[open] && tokens[open]!.text !== "[") open--;
    if (tokens[open]?.text !== "[" || tokens[open]!.start < quote.close.end) return ctx.pass("no credit in brackets after the quote");
    const speaker = ctx.mentionStartingAt(open + 1);
    if (!speaker || speaker.kind !== "name") return ctx.pass("no name opens the brackets");
    return { speaker, cue: null, confidence: 0.8, reason: `credit "[${speaker.text}]" closes the paragraph` };
  },
});

/** The last token of the quote's paragraph, a full stop after a bracket aside. */
function lastTokenOfParagraph(ctx: RuleContext): number {
  const { tokens, paragraph } = ctx;
  const k = ctx.tokenAt(paragraph.end) - 1;
  return tokens[k]?.text === "." && tokens[k - 1]?.text === "]" ? k - 1 : k;
}
