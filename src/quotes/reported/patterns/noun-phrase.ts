import { isVerb } from "../../../document/pos";
import { clause } from "../clause";
import { backgrounded } from "../not-speech";
import { beforeCoordinatedVerb, capitalised, tokenIndexAfter } from "../phrases";
import { nominalSubject } from "../subject";
import { NO_NOUN_OBJECT, NP_START, QUOTE_MARK } from "../words";
import { afterCue } from "./after-cue";
import type { CueContext, Outcome, Pattern } from "./pattern";

/** `X announced his resignation`: a noun phrase right after a verb-tagged cue whose subject stands
 * right before it. The last pattern: a cue it does not take reports nothing. */
export const nounPhrase: Pattern = { name: "noun-phrase", find };

function find(c: CueContext): Outcome {
  const { tokens, r, cue } = c;
  const j = afterCue(c);
  const next = tokens[j];
  if (!next || j !== cue.endToken || !(NP_START.test(next.pos) || capitalised(next)) || NO_NOUN_OBJECT.has(cue.lemma)) return "none";
  if (!isVerb(tokens[cue.firstToken]) || tokens[cue.firstToken]!.lower.endsWith("ing") || !nominalSubject(tokens, r, cue) || backgrounded(tokens, r, cue)) return "none";
  const found = clause(tokens, r, j, beforeCoordinatedVerb(tokens, j, r.last));
  r.leadsInto = null;
  // A stray pair of marks ('showed x ""= y') is no noun phrase.
  return found && !tokens.slice(j, tokenIndexAfter(tokens, j, found.end)).some((t) => QUOTE_MARK.test(t.text)) ? found : "none";
}
