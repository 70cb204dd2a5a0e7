import type { ReportedKind } from "../../types";

/**
 * Verbs of believing, wanting and intending (their stems): what they report was thought or
 * wished, not said ("X believes ...", "X hopes to ...", "X seemed to ..."). Everything else is speech.
 */
const BELIEF = /^(belief|believ|think|thought|hope|hoping|want|wish|expect|feel|felt|fear|worr|doubt|suspect|assum|suppos|intend|plan|aim|seek|sought|prefer|like|liking|love|loving|hate|hating|know|knew|consider|imagin|trust|seem|appear|see|saw|view|regard|reckon)/;

/** Whether reported content introduced by this cue is a belief or intention, or speech. */
export function reportedKind(cueText: string): ReportedKind {
  const first = cueText.toLowerCase().split(/\s+/).find((w) => !/^(do|does|did|don't|doesn't|didn't|not|also|still|has|have|had|is|are|was|were)$/.test(w)) ?? "";
  return BELIEF.test(first) ? "belief" : "speech";
}
