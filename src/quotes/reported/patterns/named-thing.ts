import { afterIndefiniteNoun, namesAThing, onlyANameAfter, usualNameByAll, writesOwnName } from "../not-speech";
import type { Token } from "../../../document/types";
import type { CueMatch } from "../../../lexicon/match";
import type { CueContext, Outcome, Pattern } from "./pattern";

/**
 * `a group called X`, `a lawyer named X`, `so-called`, `whom the village calls Da Slimane`, `everyone calls him Kako
 * Ramiz`: a naming verb that names a thing, gives only a name, or gives what everyone calls
 * someone, reports nothing; nor does writing one's name (`signed his name X`).
 */
export const namedThing: Pattern = { name: "named-thing", find };

/** "name" as a learned lexicon has it (a form may be its own entry). */
const NAME = new Set(["name", "named"]);

function find({ tokens, r, cue, naming }: CueContext): Outcome {
  if (writesOwnName(tokens, cue)) return "none";
  // "a worker named X", "a lawyer from Tarija named X.": a name given to a noun ("was named X" is an appointment, reported).
  if (NAME.has(cue.lemma)) return afterIndefiniteNoun(tokens, cue) || (reducedRelative(tokens, cue) && onlyANameAfter(tokens, r, cue)) ? "none" : "pass";
  return naming && (namesAThing(tokens, cue) || onlyANameAfter(tokens, r, cue) || usualNameByAll(tokens, cue)) ? "none" : "pass";
}

/** "a lawyer from Quetzaltenango named Rodrigo Alvarado": "named" right after a noun modifies it, and gives its name. */
function reducedRelative(tokens: readonly Token[], cue: CueMatch): boolean {
  const before = tokens[cue.firstToken - 1];
  return !!before && (before.pos === "NOUN" || before.pos === "PROPN") && tokens[cue.firstToken]!.lower === "named";
}
