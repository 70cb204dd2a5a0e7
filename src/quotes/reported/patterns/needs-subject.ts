import { conditional } from "../not-speech";
import { hasSubject } from "../subject";
import type { CueContext, Outcome, Pattern } from "./pattern";

/** The patterns after this one report what the cue's subject said: a cue with no subject right
 * before it, or in a condition (`unless Nato promised to ...`), reports nothing. */
export const needsSubject: Pattern = { name: "needs-subject", find };

function find({ tokens, r, cue }: CueContext): Outcome {
  return !hasSubject(tokens, r, cue) || conditional(tokens, r, cue) ? "none" : "pass";
}
