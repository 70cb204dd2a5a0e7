import { defineRule } from "../../rules-api";

/**
 * The speaker named just before: a quote paragraph with no cue, after a sentence whose subject is
 * a person ("Lavrov was defiant." then "We will not back down.").
 */
export const previousSentence = defineRule({
  id: "previous-sentence",
  description: "A direct quote with no cue takes the subject of the sentence before it",
  types: ["direct"],
  apply(ctx) {
    const prev = ctx.sentences[ctx.sentence.index - 1];
    if (!prev || ctx.sentence.paragraph - prev.paragraph > 1) return ctx.pass("no sentence just before");
    // Outside quotations, and not the object of a preposition ("His partner at Lenox, ..."): a subject governs a verb.
    const subject = ctx.mentionsIn(prev.start, prev.end).find((m) => !ctx.insideAnyQuote(m.start, m.end)
      && ctx.tokens[m.extentFirstToken - 1]?.pos !== "ADP" && ctx.isSubjectOfVerb(m));
    if (!subject) return ctx.pass("the sentence before has no subject mention");
    const entity = ctx.resolve(subject);
    if (!entity || entity.kind === "unknown") return ctx.pass(`"${subject.text}" is not a known speaker`);
    // Right only about two times in five on PolNeAR train: below the default minConfidence, so it
    // decides only when no rule is confident, and a caller can filter it out by confidence.
    return { speaker: subject, cue: null, confidence: 0.35, reason: `subject of the sentence before: "${subject.text}"` };
  },
});
