import { clause } from "../clause";
import { hasVerb, nextComma } from "../phrases";
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
 * clause's subject then stands after the comma (Round 37).
 */
export const participleAfterPreposition: Pattern = { name: "participle-after-preposition", find };

function find(c: CueContext): Outcome {
  const { tokens, r, cue } = c;
  const word = tokens[cue.firstToken]!;
  if (!word.lower.endsWith("ing")) return "pass";
  let k = cue.firstToken - 1;
  while (k > r.first && tokens[k]!.pos === "ADV") k--;
  if (k < r.first || !PARTICIPLE_TAKERS.has(tokens[k]!.lower) || !hasVerb(tokens, r.first, r.last)) return "pass";
  const j = afterCue(c);
  const found = clause(tokens, r, j, nextComma(tokens, j, r.last));
  r.leadsInto = null;
  return settled(found);
}
