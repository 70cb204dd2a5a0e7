import type { Doc } from "../../document/types";
import { cueEntryAt, type CueMatch, type CueMatcher } from "../../lexicon/match";
import { clause, type Span } from "./clause";
import { endOfAttribution, hasVerb } from "./phrases";
import type { Region } from "./region";
import { MIN_REPORTING_WEIGHT } from "./thresholds";
import { NP_START } from "./words";

/** The longest attribution before the continuation ("the ministry said on Thursday in a statement,"), in tokens. */
const MAX_ATTRIBUTION = 9;

/**
 * `CLAUSE, the ministry said on Thursday, and CLAUSE2.`: a clause joined by ", and" after a closing
 * attribution goes on with what was said, when it has a subject and a verb of its own and no verb of
 * saying (which would make it another attribution: ", and Ruiz said ..."). PolNeAR annotates both of the two such
 * continuations on train as the speaker's.
 */
export function continuationAfter(doc: Doc, r: Region, cue: CueMatch, matcher: CueMatcher): Span | null {
  const { tokens } = doc;
  const end = endOfAttribution(tokens, cue.endToken, r.last, MAX_ATTRIBUTION);
  if (tokens[end + 1]?.text !== "," || tokens[end + 2]?.lower !== "and") return null;
  const first = end + 3;
  // Its own subject first: ", and left the room" is the speaker's next deed.
  if (first > r.last || !NP_START.test(tokens[first]!.pos) || !hasVerb(tokens, first, r.last)) return null;
  for (let k = first; k <= r.last; k++) if ((cueEntryAt(tokens, k, matcher)?.weight ?? 0) >= MIN_REPORTING_WEIGHT) return null;
  return clause(tokens, r, first, r.last);
}
