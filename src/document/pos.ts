import type { Token } from "./types";

/** The forms of "be" that carry a passive or a copula ("was said", "had been told", "is being asked"). */
export const BE_FORMS: ReadonlySet<string> = new Set(["is", "are", "was", "were", "be", "been", "being"]);

/** A verb or an auxiliary ("said", "has", "will"): what carries a clause. */
export function isVerb(t: Token | undefined): boolean {
  return !!t && (t.pos === "VERB" || t.pos === "AUX");
}

/** A hyphen written without spaces between two tokens ("al-Mansouri", "so-called", "down-ballot"). */
export function isAttachedHyphen(tokens: readonly Token[], k: number): boolean {
  const hyphen = tokens[k];
  return k > 0 && hyphen?.text === "-" && hyphen.start === tokens[k - 1]!.end && tokens[k + 1]?.start === hyphen.end;
}

/**
 * A word the tagger reads as a noun: tagged so, or a word in lower case it calls a proper noun,
 * which is one its model does not know ("the ordfører"): no name is written so, and such a word
 * stands where nouns do.
 */
export function isNounTagged(t: Token | undefined): boolean {
  return !!t && (t.pos === "NOUN" || (t.pos === "PROPN" && /^\p{Ll}+$/u.test(t.text)));
}

/** A common noun written in lower case ("clerk", "farmer"), not a name the tagger reads as a noun. */
export function isCommonNoun(t: Token | undefined): boolean {
  return isNounTagged(t) && t!.text === t!.lower;
}

/** The possessive 's, straight or curly ("the study's", "Lee\u2019s"). */
export function isPossessiveS(t: Token | undefined): boolean {
  return !!t && (t.lower === "'s" || t.lower === "\u2019s");
}

/**
 * "a person familiar with the family's thinking said": an -ing word that a possessive 's owns is a
 * noun, though wink tags it a verb. Not after a pronoun, where 's is "is" ("He's telling allies").
 */
export function possessedGerund(tokens: readonly Token[], k: number): boolean {
  return tokens[k]!.lower.endsWith("ing") && isPossessiveS(tokens[k - 1]) && tokens[k - 2]?.pos !== "PRON";
}

/**
 * "managing director Ann Lee", "the acting mayor", "its ruling party": an -ing word that wink tags
 * a verb, right before a noun and after what can open or carry a noun phrase (a determiner, a
 * name, an adjective, a possessive; a comma or nothing when a name follows the noun), modifies that noun.
 */
export function gerundBeforeNoun(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.pos !== "VERB" || !t.lower.endsWith("ing") || tokens[k + 1]?.pos !== "NOUN") return false;
  const before = tokens[k - 1];
  // After a comma only as a title before a name: ", managing director Ann Lee", not ", doing imitations".
  if (!before || before.text === ",") return tokens[k + 2]?.pos === "PROPN" || (tokens[k + 2]?.pos === "NOUN" && tokens[k + 3]?.pos === "PROPN");
  return NOUN_PHRASE_OPENERS.has(before.pos) || isPossessiveS(before);
}
const NOUN_PHRASE_OPENERS: ReadonlySet<string> = new Set(["DET", "PROPN", "ADJ"]);

/** A possessive ending as its own token: 's, or the bare apostrophe of a plural ("the voters'"), straight or curly. */
export function isPossessiveMark(t: Token | undefined): boolean {
  return !!t && /^(?:'s?|\u2019s?)$/u.test(t.lower);
}

/**
 * A possessive ending written onto the word before it: "'s" ("Lee's"), or a bare apostrophe after
 * a word ending in s ("Forbes'"), straight or curly. A quotation mark after a comma or a space is none.
 */
export function isAttachedPossessive(tokens: readonly Token[], k: number): boolean {
  const mark = tokens[k];
  const word = tokens[k - 1];
  if (!isPossessiveMark(mark) || !word || word.end !== mark!.start || !/\p{L}$/u.test(word.text)) return false;
  return mark!.lower.endsWith("s") || word.lower.endsWith("s");
}

/**
 * "Farmers in the north say", "the region's south": a word wink read as an adverb right after
 * "the" or a possessive is a noun.
 */
export function nounReadAsAdverb(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  return tokens[k]?.pos === "ADV" && (before?.lower === "the" || isPossessiveS(before));
}

const FLOATING_QUANTIFIERS = new Set(["both", "all", "each"]);
/** Pronouns that can stand for more than one ("it all", "he both ... and" are no floating quantifiers). */
const PLURAL_PRONOUNS = new Set(["they", "we", "you"]);

/**
 * "Lee and Ruiz both said", "The Times and the Post each called", "They have each said": a
 * quantifier floating between a name or a plural pronoun (auxiliaries between) and its verb
 * belongs to the subject; it stands where an adverb would. After a common noun it is left alone:
 * such a subject is found only as a phrase, which would hold the last member of a coordination of
 * descriptions ("the president and foreign and defense ministers all urged"), not all of it. Not
 * the "both" of "both defended and minimized".
 */
export function isFloatingQuantifier(tokens: readonly Token[], k: number): boolean {
  const before = beforeFloatingQuantifier(tokens, k);
  return !!before && (before.pos === "PROPN" || (before.pos === "PRON" && PLURAL_PRONOUNS.has(before.lower)));
}

/**
 * For "both", "all" or "each" at token `k` right before a verb (not the "both" of "both ... and"),
 * the token before it in its sentence, past auxiliaries ("They have each said"); else undefined.
 */
export function beforeFloatingQuantifier(tokens: readonly Token[], k: number): Token | undefined {
  const t = tokens[k];
  if (!t || !FLOATING_QUANTIFIERS.has(t.lower) || !isVerb(tokens[k + 1])) return undefined;
  if (t.lower === "both" && correlative(tokens, k)) return undefined;
  let j = k - 1;
  while (j >= 0 && tokens[j]!.pos === "AUX" && tokens[j]!.sentence === t.sentence) j--;
  const before = tokens[j];
  return before && before.sentence === t.sentence ? before : undefined;
}

/** "both endorsed Lee and criticized him": an "and" shortly after, before a verb. */
function correlative(tokens: readonly Token[], k: number): boolean {
  for (let j = k + 2; j < tokens.length && j <= k + 8 && tokens[j]!.sentence === tokens[k]!.sentence; j++) {
    if (tokens[j]!.lower === "and") return isVerb(tokens[j + 1]) || (tokens[j + 1]?.pos === "ADV" && isVerb(tokens[j + 2]));
  }
  return false;
}

/**
 * "the Ministry of Coastal Works", "the Serra do Marão Local Health Unit": a word inside a run of
 * capitalised words, which wink may tag a verb ("Works", "do"): capitalised after a capitalised
 * word of its sentence, or a short lower-case joining word between two.
 */
export function isInsideName(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const before = tokens[k - 1];
  if (!t || !before || before.sentence !== t.sentence || !CAPITALISED.test(before.text)) return false;
  if (CAPITALISED.test(t.text)) return true;
  return /^\p{Ll}{1,3}$/u.test(t.text) && CAPITALISED.test(tokens[k + 1]?.text ?? "");
}
const CAPITALISED = /^\p{Lu}/u;
