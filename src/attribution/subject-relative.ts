import { isShortHeadPhrase, WH_RELATIVES } from "../document/relatives";
import type { Token } from "../document/types";

/** How far (in tokens) the relative clause may run before the cue. */
const MAX_RELATIVE_CLAUSE = 20;

/**
 * "A woman who has accused the mayor of fraud said ...": when the words right before a cue end a
 * relative clause without commas that the sentence's subject opens, the subject is the relative
 * clause's head, not the noun ending it ("fraud"). `end`: the token after the words before the
 * cue. The token of the relative pronoun, or -1.
 */
export function subjectRelativeBefore(tokens: readonly Token[], end: number): number {
  const sentence = tokens[end - 1]?.sentence;
  let verb = false;
  for (let k = end - 1; k > 0 && end - k < MAX_RELATIVE_CLAUSE; k--) {
    const t = tokens[k]!;
    if (t.sentence !== sentence || t.kind === "punct") return -1;
    if (t.pos === "VERB") verb = true;
    if (!WH_RELATIVES.has(t.lower)) continue;
    // "A president who authorized ...": the cue is the relative clause's own verb, whose subject is "who".
    if (!verb) return -1;
    // The head: a short noun phrase from the sentence's start to the pronoun.
    let first = k;
    while (first > 0 && tokens[first - 1]!.sentence === sentence) first--;
    return isShortHeadPhrase(tokens, first, k) ? k : -1;
  }
  return -1;
}
