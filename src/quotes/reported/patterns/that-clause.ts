import { isVerb } from "../../../document/pos";
import { clause } from "../clause";
import { beforeReportingRelative, onConditionOfAnonymity } from "../phrases";
import { inQuote } from "../region";
import { relativeThatWithGap } from "./object-gap";
import { settled, type CueContext, type Outcome, type Pattern } from "./pattern";

/** `X said (on Monday | in a statement | reporters) that CLAUSE`. */
export const thatClause: Pattern = { name: "that-clause", find };

/** How far after the cue its `that` may stand. */
const THAT_WINDOW = 12;

function find({ tokens, r, cue, before }: CueContext): Outcome {
  // "said on condition of anonymity because he was not authorized to discuss it that ...": the
  // formula's reason has verbs and may be long.
  const anonymous = onConditionOfAnonymity(tokens, cue.endToken);
  for (let j = cue.endToken; j < (anonymous ? r.last : Math.min(cue.endToken + THAT_WINDOW, r.last)); j++) {
    const t = tokens[j]!;
    // (not "stressed her support of the raid that killed ...": a relative clause)
    // (nor "backed a plan that Ruiz said would ...": a relative clause reporting Ruiz's words)
    // (nor "criticized the plan that the council backed in May": a relative clause whose gap is
    // the object of its own cue, `object-gap`)
    if (t.lower === "that" && before > 0 && !isVerb(tokens[j + 1]) && !relativeThatWithGap(r, j)) {
      return beforeReportingRelative(tokens, j - 1, r.last) === j - 1 ? "pass" : settled(clause(tokens, r, j + 1, r.last));
    }
    if ((isVerb(t) && !anonymous) || t.text === ";" || t.text === ":" || inQuote(r, t)) break;
  }
  return "pass";
}
