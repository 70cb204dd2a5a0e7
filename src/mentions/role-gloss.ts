import type { Token } from "../document/types";

/** How many words a role's gloss may have ("or spokesman", "or village headman"). */
const MAX_GLOSS_WORDS = 3;

/** A lower-case word a gloss is made of: a noun or its modifier, no determiner or pronoun ("or the mayor" is a second person). */
const isGlossWord = (t: Token | undefined): boolean =>
  t !== undefined && /^\p{Ll}[\p{Ll}'’-]*$/u.test(t.text) && /^(NOUN|ADJ|PROPN|X)$/.test(t.pos);

/**
 * "The community's werken, or spokesman, Rodrigo Ruiz,", "the elected headman, or muhtar, Ali
 * Kaya": an article glosses a role word its readers may not know by ", or" and a common noun set
 * off by commas between the role and the name. With `k` at the "or" after the role's comma, the
 * token after the gloss's closing comma; `k` itself when no such gloss starts there.
 */
export function pastGloss(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.lower !== "or") return k;
  let j = k + 1;
  while (j <= k + MAX_GLOSS_WORDS && isGlossWord(tokens[j])) j++;
  return j > k + 1 && tokens[j]?.text === "," && tokens[j]!.sentence === tokens[k]!.sentence ? j + 1 : k;
}

/**
 * Back from `last`, the gloss's last word before a name's comma, to the role word it glosses
 * ("werken" in "The community's werken, or spokesman, Rodrigo Ruiz,"); `last` itself when no gloss ends there.
 */
export function beforeGloss(tokens: readonly Token[], last: number): number {
  let j = last;
  while (j > last - MAX_GLOSS_WORDS && isGlossWord(tokens[j])) j--;
  if (j === last || tokens[j]?.lower !== "or" || tokens[j - 1]?.text !== ",") return last;
  return pastGloss(tokens, j) === last + 2 ? j - 2 : last;
}
