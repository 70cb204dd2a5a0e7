import type { Token } from "../../../document/types";
import { readsAsVerb } from "../../../lexicon/match";
import { clause } from "../clause";
import { backgrounded } from "../not-speech";
import { BE } from "../stance";
import { nominalSubject } from "../subject";
import { NO_NOUN_OBJECT } from "../words";
import { settled, type CueContext, type Outcome, type Pattern } from "./pattern";

/**
 * `X hopes to win the seat`, `X continued to question the plan`: `to` and a verb right after a
 * verb-tagged cue whose subject stands right before it, for any cue the classifier lets report
 * (cues learned to take `to` are the `object` pattern's). Not after a passive ("is said to be"),
 * nor after "continue" ("continues to grow").
 */
/** "said to reporters" (a hearer), "continues to grow" (what goes on, not what was said). */
const NOT_BEFORE_TO = new Set([...NO_NOUN_OBJECT, "continue"]);

export const toInfinitive: Pattern = { name: "to-infinitive", find };

function find({ tokens, r, cue }: CueContext): Outcome {
  const j = cue.endToken;
  if (tokens[j]?.lower !== "to" || !/^(VERB|AUX)$/.test(tokens[j + 1]?.pos ?? "") || j + 1 > r.last) return "pass";
  if (!readsAsVerb(tokens, cue) || passiveOrParticiple(tokens, cue.firstToken, r.first)) return "pass";
  if (NOT_BEFORE_TO.has(cue.lemma) || !nominalSubject(tokens, r, cue) || backgrounded(tokens, r, cue)) return "pass";
  return settled(clause(tokens, r, j, r.last));
}

/** "is said to", "were allowed to": a form of "be" before a past participle; an "-ing" form
 * counts only in a progressive ("is continuing to insist"). */
function passiveOrParticiple(tokens: readonly Token[], i: number, first: number): boolean {
  let k = i - 1;
  while (k > first && tokens[k]!.pos === "ADV") k--;
  const be = BE.has(tokens[k]?.lower ?? "") || tokens[k]?.lower === "being";
  return tokens[i]!.lower.endsWith("ing") ? !be : be;
}
