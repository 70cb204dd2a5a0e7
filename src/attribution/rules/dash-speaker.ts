import { defineRule } from "../../rules-api";

const DASHES = new Set(["-", "\u2014", "\u2013", "\u2015", "--"]);

/** `"..." -Commissioner Geoffrey Starks` — a dash and a name after the quote, with no cue. */
export const dashSpeaker = defineRule({
  id: "dash-speaker",
  description: 'A dash then a speaker after the closing mark: "..." — X',
  types: ["direct", "partial"],
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
    return { speaker, cue: null, confidence: 0.85, reason: `dash attribution to "${speaker.text}"` };
  },
});
