/** What joins two words into one name: particles, attached hyphens, slashes, numbers inside a place's name. */

import { isAttachedHyphen } from "../../document/pos";
import type { Token } from "../../document/types";
import { ORGANISATION } from "../lexicon";
import { TokenFacts } from "../token-facts";
import { ORG_NAME_WORDS, PARTICLES, PLACE_NAME_WORDS, isGivenNameSyllables } from "../words";
import { ACRONYM } from "./title-words";

/** Past the name particles from token `k`: "Pieter van der Merwe", "Ana de la Cruz", "Reem al-Mansouri". */
export function particlesEnd(tokens: readonly Token[], k: number): number {
  let j = k;
  while (j < tokens.length && PARTICLES.has(tokens[j]!.text)) {
    j++;
    if (isAttachedHyphen(tokens, j)) j++;
  }
  return j;
}

/** "Holtz-Eakin": a hyphen with no space on either side, between two name words. */
export function isJoiningHyphen(tokens: readonly Token[], facts: TokenFacts, k: number): boolean {
  return isAttachedHyphen(tokens, k) && facts.isNameWord(k + 1, false);
}

/**
 * "Ho Ka-wing", "Leung Chi-ming", "Yang Seung-cheol": a Chinese or Korean given name written as two
 * short syllables joined by a hyphen, the second in lower case, after the family name (a name
 * word of the run before it, so that "Well-known" opening a sentence is no name).
 */
export function isSyllableHyphen(tokens: readonly Token[], k: number, runStart: number): boolean {
  if (k - 1 <= runStart || !isAttachedHyphen(tokens, k)) return false;
  const [before, next, after] = [tokens[k - 1]!, tokens[k + 1]!, tokens[k + 2]];
  if (after && after.start === next.end && after.kind === "word") return false;
  return /^\p{Lu}/u.test(before.text) && isGivenNameSyllables(before.text, next.text);
}

/**
 * "CNN/ORC", "New York Times/CBS News": a slash with no space on either side joins two
 * organisations' names into one (a joint poll's issuers), when a word next to it is an acronym
 * or an organisation's; "Obama/Clinton" stays two people.
 */
export function isJoiningSlash(tokens: readonly Token[], facts: TokenFacts, k: number): boolean {
  const slash = tokens[k];
  const next = tokens[k + 1];
  if (!slash || !next || slash.text !== "/" || slash.start !== tokens[k - 1]!.end || next.start !== slash.end || !facts.isNameWord(k + 1, false)) return false;
  const organisational = (j: number) => ACRONYM.test(tokens[j]!.text) || ORG_NAME_WORDS.has(tokens[j]!.lower) || (facts.nameTag(j) & ORGANISATION) !== 0;
  return organisational(k - 1) || organisational(k + 1);
}

/**
 * "Mile 12 Market", "Gate 5 Road": a number inside a place's name, before the place word that
 * ends it (not a score between two names, "Rovers 2 Ashfield City").
 */
export function isPlaceNumber(tokens: readonly Token[], facts: TokenFacts, k: number): boolean {
  const next = tokens[k + 1];
  return tokens[k]!.kind === "number" && /^\d{1,3}$/.test(tokens[k]!.text) && !!next && facts.isNameWord(k + 1, false) &&
    PLACE_NAME_WORDS.has(next.lower) && !facts.isNameWord(k + 2, false);
}

/**
 * "Higa-san said", "Pema-la told": a short lower-case word joined by a hyphen (token `k`) to a name
 * word the article also writes without it ("Kenji Higa") or with it again ("Montu-da" twice) is an
 * honorific after the name, when the compound is a noun phrase of its own (not a modifier:
 * "Obama-era rules", "the Trump-led push").
 */
export function isHonorificSuffix(tokens: readonly Token[], facts: TokenFacts, k: number): boolean {
  const [suffix, after] = [tokens[k + 1], tokens[k + 2]];
  if (!suffix || !isAttachedHyphen(tokens, k) || !/^\p{Ll}{2,4}$/u.test(suffix.text) || tokens[k - 1]!.text === tokens[k - 1]!.text.toUpperCase()) return false;
  if (after && after.start === suffix.end) return false;
  if (after && after.sentence === suffix.sentence && (after.pos === "NOUN" || after.pos === "PROPN" || after.pos === "ADJ" || after.pos === "NUM")) return false;
  const word = tokens[k - 1]!.text;
  return facts.nameShaped.some((j) => tokens[j]!.text === word && (!isAttachedHyphen(tokens, j + 1) || (j !== k - 1 && tokens[j + 2]?.text === suffix.text)));
}
