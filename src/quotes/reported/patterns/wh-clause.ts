import { isVerb } from "../../../document/pos";
import { clause } from "../clause";
import { hasVerb } from "../phrases";
import { nominalSubject } from "../subject";
import { settled, type CueContext, type Outcome, type Pattern } from "./pattern";

const WH = new Set(["whether", "why", "how"]);

/** `X has not said whether ...`, `X explained why ...`: a wh-clause with its verb after a
 * verb-tagged cue whose subject stands right before it (cues learned to take one are the `object` pattern's). */
export const whClause: Pattern = { name: "wh-clause", find };

function find({ tokens, r, cue }: CueContext): Outcome {
  const j = cue.endToken;
  if (!WH.has(tokens[j]?.lower ?? "") || !isVerb(tokens[cue.firstToken]) || !hasVerb(tokens, j + 1, Math.min(r.last, j + 8))) return "pass";
  return nominalSubject(tokens, r, cue) ? settled(clause(tokens, r, j, r.last)) : "pass";
}
