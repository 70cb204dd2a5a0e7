import { defineRule, type Mention, type RuleContext } from "../../rules-api";

/**
 * A label names the speaker before a colon: a transcript turn (`"WALLACE: But, Governor ...`, or
 * `TAPPER: Donald Trump ...` without marks) or a headline's source (`Pence: Gennifer Flowers
 * Won't Be at Debate`). The quotes stage finds the label; the words after it are the quote.
 * A headline's label that goes on past the name it opens with is a clause of its own, whose
 * subject speaks: `Clinton to Planned Parenthood: ...`, `Ann Lee Endorses Tom Hale: ...`.
 */
export const transcriptLabel = defineRule({
  id: "transcript-label",
  description: 'A speaker label before a colon: "WALLACE: ..., or a headline\'s "Pence: ..."',
  apply(ctx) {
    const { label } = ctx.quote;
    if (!label) return ctx.pass("no speaker label");
    const speaker = openingName(ctx, label) ?? { start: label.start, end: label.end };
    return { speaker, cue: null, confidence: 0.9, reason: `label "${label.text}"` };
  },
});

/** What may follow the opening name inside one source's label: "Lee and Reyes", "Clinton camp", "Lee's campaign". */
const SAME_SOURCE = /^(?:and|&|camp|'s|\u2019s|')$/i;

/**
 * The name a label opens with (its title included: "Former AG Mukasey at RNC" is Mukasey), when
 * more words follow it that are not part of one source's label; undefined otherwise.
 */
function openingName(ctx: RuleContext, label: { start: number; end: number }): Mention | undefined {
  let opening: Mention | undefined;
  for (const m of ctx.mentionsIn(label.start, label.end)) {
    if (m.kind === "name" && m.extentStart === label.start && (!opening || m.extentEnd > opening.extentEnd)) opening = m;
  }
  if (!opening || opening.extentEnd >= label.end) return undefined;
  const next = ctx.tokens[opening.extentEndToken];
  return next && !SAME_SOURCE.test(next.text) ? opening : undefined;
}
