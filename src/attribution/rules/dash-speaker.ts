import { defineRule, type RuleContext } from "../../rules-api";

/** Dashes that set a name off: hyphen, em and en dash, horizontal bar, double hyphen. */
export const DASHES: ReadonlySet<string> = new Set(["-", "\u2014", "\u2013", "\u2015", "--"]);

/**
 * A caption or sign-off: `"..." — Pat Lee, economist at Harbor Bank` or `"..." -Commissioner
 * Geoffrey Starks`. The quote is whole sentences, and the name (with its title) is all that is
 * left of the paragraph; a dash that goes on with the writer's clause (`"..." — an issue voters
 * care about`, `- Democrats in Iowa said ...`) names nobody. The sign-off may stand on a line of
 * its own under a quote that is a paragraph of its own (a fact-check's list of claims:
 * `"..."` then `- Sanders.`).
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
    const ownLine = !!dash && ctx.crossesParagraph(quote.close.end, dash.start);
    if (!dash || !DASHES.has(dash.text) || (ownLine && !signOffLine(ctx, dash.start))) return ctx.pass("no dash after the quote");
    const speaker = ctx.mentionStartingAt(i + 1);
    // On a line of its own only a name signs off: `– An immigrant himself –` is a subheading.
    if (!speaker || speaker.kind === "pronoun" || (ownLine && speaker.kind !== "name")) return ctx.pass("no name after the dash");
    if (!captionEnds(ctx, speaker.extentEndToken, paragraphEnd(ctx, dash.start))) return ctx.pass(`the words after "${speaker.text}" go on with a clause`);
    return { speaker, cue: null, confidence: 0.85, reason: `dash attribution to "${speaker.text}"` };
  },
});

/**
 * Whether the paragraph ends after token `from` with no verb: only a title or affiliation follows
 * the name. A capitalised word there is part of a name ("Unite steward", "Save Our Pier chair"),
 * whatever the tagger says: a clause after the name starts in lower case ("who said", "says").
 */
function captionEnds(ctx: RuleContext, from: number, end: number): boolean {
  const { tokens } = ctx;
  for (let k = from; k < tokens.length && tokens[k]!.start < end; k++) {
    if ((ctx.isVerb(k) && !/^\p{Lu}/u.test(tokens[k]!.text)) || ctx.insideAnyQuote(tokens[k]!.start)) return false;
  }
  return true;
}

/**
 * Whether the dash at offset `dash` opens the paragraph right after the quote's, and the quote
 * is a paragraph of its own: nothing but white space before its opening mark and after its close.
 * Not a line that a second dash closes (`– An immigrant himself –.`: a subheading).
 */
function signOffLine(ctx: RuleContext, dash: number): boolean {
  const { quote, text } = ctx;
  const open = quote.open?.start ?? quote.start;
  if (text.slice(ctx.paragraph.start, open).trim() !== "" || text.slice(quote.close!.end, dash).trim() !== "") return false;
  const line = ctx.paragraphs.find((p) => p.start === dash);
  return !!line && !/[-\u2013\u2014\u2015]\W*$/u.test(text.slice(dash + 1, line.end));
}

/** The end of the paragraph that holds offset `at`. */
function paragraphEnd(ctx: RuleContext, at: number): number {
  for (const p of ctx.paragraphs) if (p.start <= at && at < p.end) return p.end;
  return ctx.paragraph.end;
}
