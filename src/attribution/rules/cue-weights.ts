import type { CueMatch } from "../../rules-api";

/**
 * What a cue's weight (0..1, see `CueMatch.weight`) says of it, read alike by the built-in rules
 * and the governing cue (src/attribution/governing.ts).
 */

/** At or above this weight a cue is a verb of saying ("said", "told", "yelled"), not one that may report a belief or a deed. */
const SPEECH_CUE = 0.9;

/** Below this weight a cue is more often a belief, a wish or a reaction ("wanted" 0.25, "shows" 0.52) than speech. */
export const WEAK_CUE = 0.55;

/** Whether a cue is a verb of saying (see SPEECH_CUE); false for none. */
export function isSpeechCue(cue: CueMatch | null | undefined): cue is CueMatch {
  return !!cue && cue.weight >= SPEECH_CUE;
}
