import { TEMPORAL } from "../not-speech";
import { TIME_WORD } from "../words";
import { afterCue } from "./after-cue";
import type { CueContext, Outcome, Pattern } from "./pattern";

/** "X said Friday as she walked into the meeting": a time and a time clause after the cue report nothing. */
export const timeAfter: Pattern = { name: "time-after", find };

function find(c: CueContext): Outcome {
  const j = afterCue(c);
  return TIME_WORD.test(c.tokens[j]?.lower ?? "") && TEMPORAL.has(c.tokens[j + 1]?.lower ?? "") ? "none" : "pass";
}
