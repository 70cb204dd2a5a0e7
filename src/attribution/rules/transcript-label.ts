import { defineRule } from "../../rules-api";

/**
 * A label names the speaker before a colon: a transcript turn (`"WALLACE: But, Governor ...`, or
 * `TAPPER: Donald Trump ...` without marks) or a headline's source (`Pence: Gennifer Flowers
 * Won't Be at Debate`). The quotes stage finds the label; the words after it are the quote.
 */
export const transcriptLabel = defineRule({
  id: "transcript-label",
  description: 'A speaker label before a colon: "WALLACE: ..., or a headline\'s "Pence: ..."',
  apply(ctx) {
    const { label } = ctx.quote;
    if (!label) return ctx.pass("no speaker label");
    return { speaker: { start: label.start, end: label.end }, cue: null, confidence: 0.9, reason: `label "${label.text}"` };
  },
});
