import { defineRule } from "../define";

const LABEL = /^\s*(\p{Lu}[\p{Lu}.'\- ]{1,30}):\s*$/u;

/** `"WALLACE: But, Governor Pence, ...` — a transcript paragraph opens with its speaker's name. */
export const transcriptLabel = defineRule({
  id: "transcript-label",
  description: 'A transcript speaker label right after the opening mark: "NAME: ...',
  types: ["direct", "partial"],
  apply(ctx) {
    const { quote } = ctx;
    if (!quote.open) return ctx.pass("no opening mark");
    const m = LABEL.exec(ctx.text.slice(quote.open.end, quote.start));
    if (!m) return ctx.pass("no speaker label");
    const start = quote.open.end + ctx.text.slice(quote.open.end).indexOf(m[1]!);
    return { speaker: { start, end: start + m[1]!.length }, cue: null, confidence: 0.9, reason: `transcript label "${m[1]}"` };
  },
});
