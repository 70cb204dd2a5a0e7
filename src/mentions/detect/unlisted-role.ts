/** A role no list knows, capitalised as a title at the start of a name run ("Forecaster Ilisapeci Tuwai"). */

import type { Token } from "../../document/types";
import { FIRST_NAME, ORGANISATION, PLACE } from "../lexicon";
import { TokenFacts } from "../token-facts";
import { AGENT_NOUN, HONORIFICS, ORG_NAME_WORDS, PARTICLES } from "../words";

/**
 * "Forecaster Ilisapeci Tuwai said": a role no list knows, capitalised as a title, opening a run of
 * three words or more. An agent noun that the name lexicon does not know (no first name, place or
 * demonym: "Spencer", "Manchester", "Egyptian") before capitalised words that are no
 * organisation's or place's, of whom the text shows a person: a first name after the role, the
 * last word after an honorific elsewhere ("Ms Tuwai") or a name particle inside ("Hydrologist Anke
 * ter Welle"), as "Trident Capital Partners" has none.
 */
export function isUnlistedRole(
  tokens: readonly Token[], facts: TokenFacts, i: number, end: number, afterHonorifics: () => ReadonlySet<string>,
): boolean {
  if (end - i < 3 || facts.nameTag(i) !== 0 || !AGENT_NOUN.test(tokens[i]!.lower) || !capitalisedPersonWords(tokens, facts, i + 1, end)) return false;
  return (facts.nameTag(i + 1) & FIRST_NAME) !== 0 || afterHonorifics().has(tokens[end - 1]!.text) || hasParticle(tokens, i + 2, end - 1);
}

/** Whether a name particle lies in tokens [from, end): a person's name ("Hydrologist Anke ter Welle"). */
function hasParticle(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < end; k++) if (PARTICLES.has(tokens[k]!.text)) return true;
  return false;
}

/** The words written right after an honorific anywhere in the text ("Tuwai" of "Ms Tuwai"). */
export function wordsAfterHonorifics(tokens: readonly Token[]): Set<string> {
  const words = new Set<string>();
  for (let k = 1; k < tokens.length; k++) if (HONORIFICS.has(tokens[k - 1]!.lower)) words.add(tokens[k]!.text);
  return words;
}

/**
 * Whether the words from `from` to `end` read as a person's name after a body's: capitalised
 * words, none naming an organisation or a place ("News Good Morning America" is no person), three
 * of them or a known first name first ("Post Fact Checker" is no person; "CNN/ORC" no name after CNN).
 */
export function onlyPersonWords(tokens: readonly Token[], facts: TokenFacts, from: number, end: number): boolean {
  if (end - from < 3 && !(facts.nameTag(from) & FIRST_NAME)) return false;
  return capitalisedPersonWords(tokens, facts, from, end);
}

/** Whether tokens [from, end) are all capitalised words, none an organisation's or a place's. */
export function capitalisedPersonWords(tokens: readonly Token[], facts: TokenFacts, from: number, end: number): boolean {
  for (let k = from; k < end; k++) {
    const t = tokens[k]!;
    // "Anke ter Welle", "Reem al-Mansouri": a particle inside the name, not at its end.
    if ((PARTICLES.has(t.text) || (t.text === "-" && PARTICLES.has(tokens[k - 1]!.text))) && k + 1 < end) continue;
    if (t.kind !== "word" || !/^\p{Lu}/u.test(t.text) || ORG_NAME_WORDS.has(t.lower) || facts.nameTag(k) & (ORGANISATION | PLACE)) return false;
  }
  return true;
}
