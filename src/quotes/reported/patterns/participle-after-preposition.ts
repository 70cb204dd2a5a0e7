import { participleOpens } from "../../../document/opening-clause";
import { clause } from "../clause";
import { hasVerb, nextComma } from "../phrases";
import { isAspectVerb } from "../subject";
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
 * clause's subject then stands after the comma (Round 37). So may the participle itself, set off
 * by a comma ("Noting that the vote slipped, Lee said ...", "Emphasizing the cost, Lee said,
 * \u201C...\u201D"); without that comma it is a gerund, the sentence's subject ("Naming a judge
 * would be ..."), a verb of aspect leaves it to the verb after its "to" ("Continuing to explain
 * ..."), and a preposition after it opens an adjunct, not what was said ("Reporting from the bridge, ...").
 */
export const participleAfterPreposition: Pattern = { name: "participle-after-preposition", find };

function find(c: CueContext): Outcome {
  const { tokens, r, cue } = c;
  const word = tokens[cue.firstToken]!;
  if (!word.lower.endsWith("ing")) return "pass";
  const j = afterCue(c);
  const end = nextComma(tokens, j, r.last);
  if (!(afterPreposition(c) || opensSentence(c, j, end)) || !hasVerb(tokens, r.first, r.last)) return "pass";
  const found = clause(tokens, r, j, end);
  r.leadsInto = null;
  return settled(found);
}

/** Whether a preposition or conjunction of `PARTICIPLE_TAKERS` stands before the cue, past adverbs. */
function afterPreposition({ tokens, r, cue }: CueContext): boolean {
  let k = cue.firstToken - 1;
  while (k > r.first && tokens[k]!.pos === "ADV") k--;
  return k >= r.first && PARTICIPLE_TAKERS.has(tokens[k]!.lower);
}

/** Whether the cue is a participle opening the sentence whose phrase, from `j` to `end`, a comma closes; not a verb of aspect, nor before a preposition. */
function opensSentence({ tokens, r, cue }: CueContext, j: number, end: number): boolean {
  const word = tokens[cue.firstToken]!;
  return cue.firstToken === r.first && end < r.last && participleOpens(word, tokens[cue.firstToken + 1]) && !isAspectVerb(word) && tokens[j]?.pos !== "ADP";
}
