import { clause } from "../clause";
import { commaAfter } from "../phrases";
import { settled, type CueContext, type Outcome, type Pattern } from "./pattern";

/** `(When) Asked (on Fox) whether he would run, X said ...`: the question, up to the comma. Any
 * other cue opening its sentence reports nothing, but an `-ing` participle, which
 * `participle-after-preposition` reads ("Noting that ..., X said"). */
export const askedFirst: Pattern = { name: "asked-first", find };

const QUESTION_OPENERS = new Set(["whether", "if", "what", "why", "how", "who", "whom", "which", "when", "where", "about"]);

/** How far after "asked" the question may start, and how long it may be. */
const QUESTION_START = 6;
const QUESTION_LENGTH = 30;

function find({ tokens, r, cue, before }: CueContext): Outcome {
  if (!(before === 0 || (before === 1 && tokens[r.first]!.lower === "when"))) return "pass";
  const word = tokens[cue.firstToken]!.lower;
  if (word !== "asked") return before === 0 && word.endsWith("ing") ? "pass" : "none";
  for (let k = cue.endToken; k < r.last && k - cue.endToken < QUESTION_START; k++) {
    if (QUESTION_OPENERS.has(tokens[k]!.lower)) {
      // The comma may close the region: a cue in the clause opening the sentence ("When asked
      // whether ..., X said") reports up to that clause's comma (judge.ts).
      const comma = commaAfter(tokens, k, r.last + 2, QUESTION_LENGTH);
      return comma > k + 1 ? settled(clause(tokens, r, k, comma - 1)) : "none";
    }
    if (tokens[k]!.text === ",") return "none";
  }
  return "none";
}
