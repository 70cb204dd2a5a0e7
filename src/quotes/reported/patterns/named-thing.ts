import { namesAThing, onlyANameAfter, writesOwnName } from "../not-speech";
import type { CueContext, Outcome, Pattern } from "./pattern";

/**
 * `a group called X`, `so-called`, `whom the village calls Da Slimane`: a naming verb that names a
 * thing, or gives only a name, reports nothing; nor does writing one's name (`signed his name X`).
 */
export const namedThing: Pattern = { name: "named-thing", find };

function find({ tokens, r, cue, naming }: CueContext): Outcome {
  if (writesOwnName(tokens, cue)) return "none";
  return naming && (namesAThing(tokens, cue) || onlyANameAfter(tokens, r, cue)) ? "none" : "pass";
}
