import type { Token } from "../../document/types";
import type { CueEntry } from "../../lexicon/cues";
import type { CueMatch, CueMatcher } from "../../lexicon/match";

/** The lexicon entry of the cue as written (a phrase's words joined by single spaces), else of its
 * first word. A one-token cue is its token's text, so its lower-cased form needs no new string. */
export function cueEntry(matcher: CueMatcher, cue: CueMatch, first: Token): CueEntry | undefined {
  const written = cue.endToken === cue.firstToken + 1 && cue.text === first.text ? first.lower : cue.text.toLowerCase().replace(/\s+/g, " ");
  return matcher.lexicon.get(written) ?? matcher.lexicon.get(first.lower);
}
