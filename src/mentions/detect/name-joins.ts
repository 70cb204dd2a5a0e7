/** What joins two words into one name: particles, attached hyphens, slashes, numbers inside a place's name. */

import { isAttachedHyphen } from "../../document/pos";
import type { Token } from "../../document/types";
import { DEMONYM, FIRST_NAME, ORGANISATION, PLACE } from "../lexicon";
import { TokenFacts } from "../token-facts";
import { ORG_NAME_WORDS, PARTICLES, PLACE_NAME_WORDS, isGivenNameSyllables } from "../words";
import { isNamePart } from "./name-words";
import { ACRONYM, isTitleWord } from "./title-words";

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

/** How many capitalised words may follow "and" in an institution's name ("and Human Services"). */
const MAX_AND_WORDS = 3;

/**
 * "the Department of Health and Human Services", "the Ministry of Public Works and Transport": in
 * an institution's name with "of" (token `k` is an "and" after it), "and" joins the last field to
 * the name when one to three capitalised words follow and end the run: no acronym ("Department of
 * Justice and FBI"), no title or first name ("and Attorney General Loretta Lynch"). Returns where
 * the name goes on after those words, or -1.
 */
export function institutionAndEnd(tokens: readonly Token[], facts: TokenFacts, k: number): number {
  if (tokens[k]?.lower !== "and") return -1;
  let end = k + 1;
  while (end < tokens.length && tokens[end]!.sentence === tokens[k]!.sentence && isNamePart(tokens, facts, end, false)) {
    const t = tokens[end]!;
    if (ACRONYM.test(t.text) || isTitleWord(t.lower) || facts.nameTag(end) & FIRST_NAME) return -1;
    end++;
  }
  return end > k + 1 && end - k - 1 <= MAX_AND_WORDS ? end : -1;
}

/**
 * "the Food and Drug Administration", "the Securities and Exchange Commission", "Smith and Wesson
 * Company": one capitalised word, "and" (token `k`), and one to three capitalised words that an
 * organisation's word ends are one body's name. Not a first name, place, people or party before
 * "and" ("Republicans and Democratic Party leaders"), nor a body's own word ("the House and
 * Senate": two bodies), no acronym or title after it. Returns where
 * the name ends, or -1.
 */
export function conjoinedBodyEnd(tokens: readonly Token[], facts: TokenFacts, k: number): number {
  const before = tokens[k - 1];
  if (tokens[k]?.lower !== "and" || !before || facts.nameTag(k - 1) & (FIRST_NAME | PLACE | DEMONYM | ORGANISATION) || PARTY_MEMBERS.test(before.text) || ORG_NAME_WORDS.has(before.lower)) return -1;
  const end = institutionAndEnd(tokens, facts, k);
  return end > 0 && ORG_NAME_WORDS.has(tokens[end - 1]!.lower) ? end : -1;
}

/** Members of a party, written as names: "Republicans", "Democrats", "Tories". */
const PARTY_MEMBERS = /^(Republicans?|Democrats?|Tories|Tory|Liberals?|Conservatives?|Socialists?|Greens?|Independents?)$/;
