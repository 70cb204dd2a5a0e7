import type { Token } from "./types";

/** Pronouns that open only a relative clause: "Lund, who chairs the panel,", "a plan which Ruiz said". */
export const WH_RELATIVES: ReadonlySet<string> = new Set(["who", "whom", "whose", "which"]);

/**
 * Whether a lower-case word opens a relative clause: a WH_RELATIVES word, or "that" where the
 * caller's context makes it no complementiser (`withThat`: after a noun, "Voters that").
 */
export function isRelativePronoun(lower: string, withThat: boolean): boolean {
  return WH_RELATIVES.has(lower) || (withThat && lower === "that");
}

/** Tags of the words of a noun phrase heading a relative clause: "A woman", "The lifelong Republican", "the Presidential Transitions Act". */
export const HEAD_PHRASE: ReadonlySet<string> = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);
/** How many words the head phrase before a relative pronoun may hold. */
export const MAX_RELATIVE_HEAD = 6;

/**
 * Whether tokens [from, pronoun) are a short noun phrase heading a relative clause ("A woman who
 * has accused ..."): at least one word, at most {@link MAX_RELATIVE_HEAD}, each a determiner,
 * adjective, noun or number.
 */
export function isShortHeadPhrase(tokens: readonly Token[], from: number, pronoun: number): boolean {
  if (pronoun <= from || pronoun - from > MAX_RELATIVE_HEAD) return false;
  for (let k = from; k < pronoun; k++) if (!HEAD_PHRASE.has(tokens[k]!.pos)) return false;
  return true;
}
