import { isVerb } from "../../../document/pos";
import { clause } from "../clause";
import { nextComma } from "../phrases";
import { MIN_OBJECT_WEIGHT } from "../thresholds";
import { afterCue } from "./after-cue";
import { settled, type CueContext, type Outcome, type Pattern } from "./pattern";

/** `... which officials said will take effect ...`: a relative clause, whose gap is the cue's
 * subject; the clause runs to the next comma. Nothing after the cue reports nothing. */
export const relativeGap: Pattern = { name: "relative-gap", find };

function find(c: CueContext): Outcome {
  const { tokens, r, cue } = c;
  const j = afterCue(c);
  const next = tokens[j];
  if (!next) return "none";
  if (!isVerb(next) || next.lower.endsWith("ing") || cue.weight < MIN_OBJECT_WEIGHT) return "pass";
  const gap = clause(tokens, r, j, nextComma(tokens, j, r.last));
  r.leadsInto = null; // a quotation after it belongs to the main clause's verb
  return settled(gap);
}
