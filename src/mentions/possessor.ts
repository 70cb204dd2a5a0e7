import { isPossessiveS } from "../document/pos";
import type { Token } from "../document/types";
import type { Mention } from "./types";


/**
 * "said Oregon's Sam Hale", "China's Ministry of Commerce said": a place's or organisation's name
 * in the possessive before a person's or an organisation's name only says where the person or
 * body is from; the phrase is the one named after the possessive. Returns that name's mention for
 * the possessor's, else the mention given.
 */
export function possessedName(m: Mention, startingAt: (token: number) => Mention | undefined, tokens: readonly Token[]): Mention {
  if (m.kind !== "name" || (m.category !== "place" && m.category !== "organisation")) return m;
  const mark = tokens[m.extentEndToken];
  if (!isPossessiveS(mark)) return m;
  const owned = startingAt(m.extentEndToken + 1);
  return owned && owned.kind === "name" && (owned.category === "person" || owned.category === "organisation") ? owned : m;
}

/**
 * "the former vice president’s spokeswoman": the mention written as the owner of a description,
 * inside it before its possessive "'s" (mentions are sorted by start; `at` is the description's
 * place), if one is.
 */
export function ownerMentionInside(m: Mention, mentions: readonly Mention[], at: number, tokens: readonly Token[]): Mention | undefined {
  for (let k = at + 1; k < mentions.length && mentions[k]!.start < m.end; k++) {
    const x = mentions[k]!;
    if (x.endToken < m.endToken && isPossessiveS(tokens[x.endToken])) return x;
  }
  for (let k = at - 1; k >= 0 && mentions[k]!.start >= m.start; k--) {
    const x = mentions[k]!;
    if (x.endToken < m.endToken && isPossessiveS(tokens[x.endToken])) return x;
  }
  return undefined;
}
