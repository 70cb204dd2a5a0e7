import { commaAfter, hasVerb } from "../phrases";
import { clause } from "../clause";
import { settled, type CueContext, type Outcome, type Pattern } from "./pattern";

/** `according to X, CLAUSE`, `CLAUSE, according to X`, `A, according to X, CLAUSE`. */
export const accordingTo: Pattern = { name: "according-to", find };

function find({ tokens, r, cue }: CueContext): Outcome {
  if (cue.lemma !== "according to") return "pass";
  // according to X (a long source: "early results of surveys conducted for ..."), CLAUSE
  const closing = commaAfter(tokens, cue.endToken, r.last, 25);
  if (cue.firstToken === r.first || tokens[cue.firstToken - 1]?.pos === "CCONJ") {
    return closing >= 0 ? settled(clause(tokens, r, closing + 1, r.last)) : "none";
  }
  // CLAUSE, according to X.  /  CLAUSE according to X.
  const comma = tokens[cue.firstToken - 1]?.text === ",";
  const beforeEnd = comma ? cue.firstToken - 2 : cue.firstToken - 1;
  if (hasVerb(tokens, r.first, beforeEnd)) return settled(clause(tokens, r, r.first, beforeEnd));
  // A, according to X, CLAUSE  ("Since last spring, according to River Watch, the mills have ...")
  if (comma && closing >= 0 && hasVerb(tokens, closing + 1, r.last)) return settled(clause(tokens, r, closing + 1, r.last));
  return "none";
}
