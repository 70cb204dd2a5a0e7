import { approximateNumber } from "../phrases";
import type { CueContext, Outcome, Pattern } from "./pattern";

/** `"...," X said of Y`: Y is what the quotation is about, not what was said. */
export const saidOf: Pattern = { name: "said-of", find };

/** A verb of saying and the topic's preposition ("said of", "says about"). */
const SAID_OF = /^(say|says|said|saying) (of|about)$/;

/** (Not "said about a third of the trucks would ...": "about" makes an amount approximate, the clause's subject.) */
function find({ cue, tokens }: CueContext): Outcome {
  return SAID_OF.test(cue.lemma) && !approximateNumber(tokens, cue.endToken - 1) ? "none" : "pass";
}
