import { clause } from "../clause";
import { skipObject } from "../phrases";
import { settled, type CueContext, type Outcome, type Pattern } from "./pattern";

/** `X told Jeb Bush (not) to quiet down`: the hearer and what they were told to do. */
export const tellTo: Pattern = { name: "tell-to", find };

function find({ tokens, r, cue }: CueContext): Outcome {
  if (cue.lemma !== "tell") return "pass";
  const k = skipObject(tokens, cue.endToken, r.last);
  const to = tokens[k]?.lower === "not" ? k + 1 : k;
  if (k > cue.endToken && tokens[to]?.lower === "to" && tokens[to + 1]?.pos === "VERB") return settled(clause(tokens, r, cue.endToken, r.last));
  return "pass";
}
