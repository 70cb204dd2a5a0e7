import { skipObject, skipTimePhrase } from "../phrases";
import type { CueContext } from "./pattern";

/** Where the words after the cue start, past a time ("said Friday") and, after "tell", its hearer. */
export function afterCue({ tokens, r, cue }: CueContext): number {
  return skipTimePhrase(tokens, cue.lemma === "tell" ? skipObject(tokens, cue.endToken, r.last) : cue.endToken, r.last);
}
