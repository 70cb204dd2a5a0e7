/** The first mention of a given sentence: what the lede steps read to see whom the next sentence names. */

import type { Token } from "../document/types";
import type { Mention } from "./types";

/**
 * The first mention from place `from` in `mentions` with tokens at or after sentence `sentence`,
 * if it is in that sentence; undefined when that sentence has none.
 */
export function firstMentionInSentence(
  mentions: readonly Mention[], from: number, tokens: readonly Token[], sentence: number,
): Mention | undefined {
  for (let k = from; k < mentions.length; k++) {
    const x = mentions[k]!;
    if (x.firstToken < 0 || tokens[x.firstToken]!.sentence < sentence) continue;
    return tokens[x.firstToken]!.sentence === sentence ? x : undefined;
  }
  return undefined;
}
