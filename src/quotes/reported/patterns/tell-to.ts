import type { Token } from "../../../document/types";
import { clause } from "../clause";
import { beforeCoordinatedVerb, skipObject } from "../phrases";
import { settled, type CueContext, type Outcome, type Pattern } from "./pattern";

/** Object pronouns that name a person addressed: "urging them to", "asked her to". */
const HEARER_PRONOUNS = new Set(["me", "you", "him", "her", "us", "them"]);

/**
 * `X told Jeb Bush (not) to quiet down`: the hearer and what they were told to do. Any cue with
 * a person pronoun and then `to` and a verb right after it has the same shape ("..., asking them
 * to host events", "is urging us to vote"): a pronoun is no subject, so `bare-clause`, which reads
 * "asking donors to host events", misses it.
 */
export const tellTo: Pattern = { name: "tell-to", find };

function find({ tokens, r, cue }: CueContext): Outcome {
  if (cue.lemma !== "tell") {
    const shape = hearerShape(tokens, cue.endToken, r.last);
    if (!shape) return "pass";
    // "accusing him of lying and ...": like a noun phrase, what he is charged with ends before a second verb
    return settled(clause(tokens, r, cue.endToken, shape === "preposition" ? beforeCoordinatedVerb(tokens, cue.endToken, r.last) : r.last));
  }
  const k = skipObject(tokens, cue.endToken, r.last);
  const to = tokens[k]?.lower === "not" ? k + 1 : k;
  if (k > cue.endToken && tokens[to]?.lower === "to" && tokens[to + 1]?.pos === "VERB") return settled(clause(tokens, r, cue.endToken, r.last));
  return "pass";
}

/** Prepositions after a person pronoun that say what the person was charged with or praised for. */
const HEARER_PREPOSITIONS = new Set(["of", "for", "as"]);

/** A person pronoun at `j`, then (`not`) `to` and a verb, or `of`, `for`, `as` ("accusing him of lying"); else null. */
function hearerShape(tokens: readonly Token[], j: number, last: number): "to" | "preposition" | null {
  if (j + 2 > last || !HEARER_PRONOUNS.has(tokens[j]!.lower)) return null;
  if (HEARER_PREPOSITIONS.has(tokens[j + 1]!.lower)) return "preposition";
  const to = tokens[j + 1]?.lower === "not" ? j + 2 : j + 1;
  return tokens[to]?.lower === "to" && tokens[to + 1]?.pos === "VERB" ? "to" : null;
}
