import { givesTitle } from "../../../document/passive";
import { isVerb } from "../../../document/pos";
import { clause } from "../clause";
import { hasFiniteVerb, hasVerb } from "../phrases";
import { nominalSubject, precedingComma } from "../subject";
import { MIN_OBJECT_WEIGHT } from "../thresholds";
import { settled, type CueContext, type Outcome, type Pattern } from "./pattern";

/** A comma right after the cue: `A, X said, CLAUSE`, `SUBJECT, X said, VERB ...`,
 * `X says, win or lose ..., he's staying`. */
export const parenthetical: Pattern = { name: "parenthetical", find };

function find({ tokens, r, cue }: CueContext): Outcome {
  if (tokens[cue.endToken]?.text !== ",") return "pass";
  // A participle that gives what it follows a name, right before a comma ("Ann Lee, head of one of
  // the farms named, said ..."): it modifies a noun, and reports nothing.
  if (givesTitle(tokens, cue.firstToken)) return "none";
  const rest = tokens[cue.endToken + 1];
  const opensClause = rest && !/^(ADP|SCONJ|VERB|CCONJ)$/.test(rest.pos);
  const comma = precedingComma(tokens, r, cue);
  const quoteBefore = r.blocked.some(([a]) => a < cue.start);
  if (quoteBefore) return "none";
  // A, X said, CLAUSE  (a parenthetical attribution inside the clause)
  if (opensClause && comma >= 0 && hasVerb(tokens, cue.endToken + 1, r.last)) return settled(clause(tokens, r, cue.endToken + 1, r.last));
  // SUBJECT, X said, VERB ...  ("Leeds, Marsh said, made her rethink ..."): the words after
  // the attribution (a span cannot skip it, and the speaker must stay outside the quote)
  if (rest && isVerb(rest) && comma > r.first && !hasVerb(tokens, r.first, comma - 1)) return settled(clause(tokens, r, cue.endToken + 1, r.last));
  // X says, win or lose in Tuesday's primary, he's staying ...  (a strong cue, its subject before it)
  const strong = comma < 0 && cue.weight >= MIN_OBJECT_WEIGHT && isVerb(tokens[cue.firstToken]) && nominalSubject(tokens, r, cue);
  return strong && hasFiniteVerb(tokens, cue.endToken + 1, r.last) ? settled(clause(tokens, r, cue.endToken + 1, r.last)) : "none";
}
