import type { Token } from "../../../document/types";
import { clause } from "../clause";
import { hasVerb, nextComma, SUBJECTS } from "../phrases";
import { afterCue } from "./after-cue";
import { settled, type CueContext, type Outcome, type Pattern } from "./pattern";

/** Prepositions and conjunctions that take a participle whose subject is the main clause's ("in":
 * "joined Lee in calling for", "the loudest voice in denouncing", Round 35). */
const PARTICIPLE_TAKERS = new Set(["after", "before", "while", "by", "without", "since", "when", "upon", "in"]);

/**
 * `X, after initially saying he would not run, ...`, `X won by promising to cut taxes`, `X joined Y in calling for`: a
 * participle of saying after a preposition has the main clause's subject; what it reports runs to
 * the next comma (the main clause often follows it). Tried before the cue's subject is required.
 * The preposition may open the sentence ("After praising the plan, Lee said ..."): the main
 * clause's subject then stands after the comma (Round 37). So does a participle opening the sentence
 * with no preposition ("Noting that the pier was shut, Lee said ...", Round 39), when a comma closes
 * it and a verb follows that comma: without them it is a gerund subject ("Criticizing Lee is easy").
 */
export const participleAfterPreposition: Pattern = { name: "participle-after-preposition", find };

function find(c: CueContext): Outcome {
  const { tokens, r, cue } = c;
  const word = tokens[cue.firstToken]!;
  if (!word.lower.endsWith("ing")) return "pass";
  let k = cue.firstToken - 1;
  while (k > r.first && tokens[k]!.pos === "ADV") k--;
  const j = afterCue(c);
  const end = nextComma(tokens, j, r.last);
  const taken = k >= r.first && PARTICIPLE_TAKERS.has(tokens[k]!.lower) && hasVerb(tokens, r.first, r.last);
  if (!taken && !(c.before === 0 && opensMainClause(tokens, j, end, r.last))) return "pass";
  const found = clause(tokens, r, j, end);
  r.leadsInto = null;
  return settled(found);
}

/**
 * Whether the participle phrase opening the sentence, its object from `from` to `end`, is followed by
 * a comma and a main clause with a verb. A form of "be" or a modal in the object, before a clause of
 * its own opens ("that", "he"), makes the participle a gerund subject ("Naming a judge would be a
 * coup, one aide said").
 */
function opensMainClause(tokens: readonly Token[], from: number, end: number, last: number): boolean {
  if (tokens[end + 1]?.text !== "," || !hasVerb(tokens, end + 2, last)) return false;
  // "Continuing to explain the plan, Lee ...": the verb after "to" is the cue, if any (catenativeStart).
  if (tokens[from]?.lower === "to") return false;
  for (let k = from; k <= end && !SUBJECTS.has(tokens[k]!.lower); k++) if (tokens[k]!.pos === "AUX") return false;
  return true;
}
