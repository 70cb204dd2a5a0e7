import { defineRule, type RuleContext } from "../../rules-api";

const DASHES = new Set(["-", "\u2014", "\u2013", "\u2015", "--"]);

/**
 * A caption or sign-off: `"..." — Pat Lee, economist at Harbor Bank` or `"..." -Commissioner
 * Geoffrey Starks`. The quote is whole sentences, and the name (with its title) is all that is
 * left of the paragraph; a dash that goes on with the writer's clause (`"..." — an issue voters
 * care about`, `- Democrats in Iowa said ...`) names nobody.
 */
export const dashSpeaker = defineRule({
  id: "dash-speaker",
  description: 'A dash then a name that ends the paragraph after a whole-sentence quote: "..." — X, a title',
  types: ["direct"],
  apply(ctx) {
    const { quote, tokens } = ctx;
    if (!quote.close) return ctx.pass("the quote is not closed");
    const i = ctx.tokenAt(quote.close.end);
    const dash = tokens[i];
    if (!dash || !DASHES.has(dash.text) || ctx.crossesParagraph(quote.close.end, dash.start)) {
      return ctx.pass("no dash after the quote");
    }
    const speaker = ctx.mentionStartingAt(i + 1);
    if (!speaker || speaker.kind === "pronoun") return ctx.pass("no name after the dash");
    if (!captionEnds(ctx, speaker.extentEndToken)) return ctx.pass(`the words after "${speaker.text}" go on with a clause`);
    return { speaker, cue: null, confidence: 0.85, reason: `dash attribution to "${speaker.text}"` };
  },
});

/**
 * Whether the paragraph ends after token `from` with no verb: only a title or affiliation follows
 * the name. A capitalised word there is part of a name ("Unite steward", "Save Our Pier chair"),
 * whatever the tagger says: a clause after the name starts in lower case ("who said", "says").
 */
function captionEnds(ctx: RuleContext, from: number): boolean {
  const { tokens, paragraph } = ctx;
  for (let k = from; k < tokens.length && tokens[k]!.start < paragraph.end; k++) {
    if ((ctx.isVerb(k) && !/^\p{Lu}/u.test(tokens[k]!.text)) || ctx.insideAnyQuote(tokens[k]!.start)) return false;
  }
  return true;
}
