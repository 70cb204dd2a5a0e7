import { openingClauseEnd } from "../document/opening-clause";
import type { CueMatch } from "../lexicon/match";
import type { CueWithSpeaker, RuleContext } from "./types";
import { isSpeechCue, WEAK_CUE } from "./rules/cue-weights";

/**
 * The context's `governingCue`. "Paul Huntley said he wanted "...."": a weak cue inside what a verb
 * of saying reports is not the quote's own cue; the speech verb earlier in the sentence, and its
 * subject, are.
 */
export function governingCue(ctx: RuleContext, weak: CueMatch, from: number): CueWithSpeaker | null {
  if (weak.weight >= WEAK_CUE && (isSpeechCue(weak) || !reportedBySpeechVerb(ctx, weak))) return null;
  // "In a statement announcing the deal, the guild called Lund a "hero"": not "announcing".
  const opening = openingClauseEnd(ctx.tokens, from, weak.firstToken);
  for (let i = opening < 0 ? from : opening + 1; i < weak.firstToken; i++) {
    if (ctx.insideQuote(ctx.tokens[i]!.start)) break;
    const cue = ctx.cueAt(i);
    // "Lund, who did not say so, said he had not done his "homework"": not the relative clause's verb.
    if (!isSpeechCue(cue) || cue.endToken > weak.firstToken || ctx.relativeClauseOf(cue)) continue;
    const speaker = ctx.subjectOf(cue);
    return speaker ? { speaker, cue } : null;
  }
  return null;
}

/**
 * "Lee said she believes "...."", "Lee told us that he thinks "...."": a cue that is not a verb of
 * saying, whose subject is a pronoun opening the clause a verb of saying reports. What the quote
 * gives is what that verb's subject said, not a thought of the pronoun's.
 */
function reportedBySpeechVerb(ctx: RuleContext, cue: CueMatch): boolean {
  const subject = ctx.subjectOf(cue);
  if (!subject || subject.kind !== "pronoun" || subject.extentEndToken > cue.firstToken) return false;
  let k = subject.extentFirstToken - 1;
  if (ctx.tokens[k]?.lower === "that") k--;
  // The verb of saying ends at token k: "said", "told reporters" is left to the other rules.
  for (let first = k; first >= Math.max(0, k - 2); first--) {
    const speech = ctx.cueAt(first);
    if (speech && speech.endToken === k + 1) return isSpeechCue(speech);
  }
  return false;
}
