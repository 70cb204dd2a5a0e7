import { namesAThing, onlyANameAfter, usualNameByAll, writesOwnName } from "../not-speech";
import type { CueContext, Outcome, Pattern } from "./pattern";

/**
 * `a group called X`, `so-called`, `whom the village calls Da Slimane`, `everyone calls him Kako
 * Ramiz`: a naming verb that names a thing, gives only a name, or gives what everyone calls
 * someone, reports nothing; nor does writing one's name (`signed his name X`).
 */
export const namedThing: Pattern = { name: "named-thing", find };

function find({ tokens, r, cue, naming }: CueContext): Outcome {
  if (writesOwnName(tokens, cue)) return "none";
  return naming && (namesAThing(tokens, cue) || onlyANameAfter(tokens, r, cue) || usualNameByAll(tokens, cue)) ? "none" : "pass";
}
