import type { CueContext, Outcome, Pattern } from "./pattern";

/** `"...," X said of Y`: Y is what the quotation is about, not what was said. */
export const saidOf: Pattern = { name: "said-of", find };

/** A verb of saying and the topic's preposition ("said of", "says about"). */
const SAID_OF = /^(say|says|said|saying) (of|about)$/;

function find({ cue }: CueContext): Outcome {
  return SAID_OF.test(cue.lemma) ? "none" : "pass";
}
