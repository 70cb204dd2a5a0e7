import { namesAThing } from "../not-speech";
import type { CueContext, Outcome, Pattern } from "./pattern";

/** `a group called X`, `so-called`: a naming verb that names a thing reports nothing. */
export const namedThing: Pattern = { name: "named-thing", find };

function find({ tokens, cue, naming }: CueContext): Outcome {
  return naming && namesAThing(tokens, cue) ? "none" : "pass";
}
