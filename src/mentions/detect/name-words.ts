/** Which tokens can start or continue a name, whatever the tagger made of them. */

import { OPENING_MARKS, straightMarkShape } from "../../document/quotation-marks";
import type { Token } from "../../document/types";
import { FIRST_NAME } from "../lexicon";
import { TokenFacts } from "../token-facts";
import { HONORIFICS, TITLE_HEADS } from "../words";
import { SAYS } from "./context-words";
import { isSyllableHyphen } from "./name-joins";

/**
 * A name the tagger took for a verb: a first name before a name ("said Don Fowler", "Sen. Ted
 * Cruz"), a capitalised word after a name ("Stephen Lynch"), or before "said" ("Lynch said").
 */
function isTaggedFirstName(tokens: readonly Token[], facts: TokenFacts, k: number): boolean {
  if (!facts.isNameShaped(k)) return false;
  if (facts.isNameWord(k + 1, false) && facts.nameTag(k) & FIRST_NAME) return true;
  const t = tokens[k]!;
  if (t.pos !== "VERB" && t.pos !== "AUX") return false;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  return (!!prev && prev.sentence === t.sentence && prev.pos === "PROPN" && facts.isCapitalised(k - 1)) || (!!next && SAYS.has(next.lower));
}

/** A token that can start or continue a name (`isNameWord`), or a first name the tagger took for a verb. */
export function isNamePart(tokens: readonly Token[], facts: TokenFacts, k: number, sentenceStart: boolean): boolean {
  return facts.isNameWord(k, sentenceStart) || isTaggedFirstName(tokens, facts, k) || isCommonWordName(tokens, facts, k, sentenceStart);
}

/**
 * A name made of common words, whatever the tagger made of them ("said Will Young", "skier Ann
 * Oh", "Rose Field, a teacher,", "Ms Prior"): inside a sentence, a capitalised word next to a
 * name word or after an honorific; at a
 * sentence's start, a noun, verb or auxiliary before a name word that a comma follows, a noun
 * or auxiliary before a name word that a verb follows ("Will Young said"), or any word before a
 * given name of two joined syllables ("Park Ji-hoon").
 */
function isCommonWordName(tokens: readonly Token[], facts: TokenFacts, k: number, sentenceStart: boolean): boolean {
  if (!facts.isNameShaped(k) || tokens[k]!.text.length < 2) return false;
  const sentence = tokens[k]!.sentence;
  const nameAfter = tokens[k + 1]?.sentence === sentence && facts.isNameWord(k + 1, false);
  // "Ms Prior", "Mr Young": after an honorific a capitalised word is a surname, whatever its tag.
  if (!sentenceStart) return nameAfter || isSetOffAfterRole(tokens, k, k + 1) || (facts.nameTag(k - 1) & FIRST_NAME) !== 0 || HONORIFICS.has(tokens[k - 1]!.lower);
  // Not a function word ("When Trump said", "Even China,"), nor a verb before a verb ("Say Mexico demanded").
  const { pos } = tokens[k]!;
  const after = tokens[k + 2];
  if (!nameAfter || !after) return false;
  // "Park Ji-hoon, 34,": a family name before a given name of two joined syllables.
  if (isSyllableHyphen(tokens, k + 2, k)) return true;
  if (after.text === ",") return pos === "VERB" || pos === "AUX" || pos === "NOUN";
  return (after.pos === "VERB" || after.pos === "AUX") && (pos === "AUX" || pos === "NOUN");
}

/**
 * "Lee's son, Grant, defended", "his lawyer, Ruiz, said": a name set off by commas right after a
 * role noun names that person, whatever the tagger made of its words.
 */
export function isSetOffAfterRole(tokens: readonly Token[], first: number, end: number): boolean {
  const role = tokens[first - 2];
  return tokens[first - 1]?.text === "," && tokens[end]?.text === "," && !!role && role.sentence === tokens[first]!.sentence &&
    TITLE_HEADS.has(role.lower) && role.text === role.lower;
}

/**
 * Whether token `k` is the first word of a quotation: capitalised there by its place, as a
 * sentence's first word is (“So Norway should have ...” names `Norway`, not `So Norway`).
 * A straight mark opens when it is written against the word after it.
 */
export function opensQuotation(tokens: readonly Token[], k: number): boolean {
  const mark = tokens[k - 1];
  if (!mark) return false;
  return OPENING_MARKS.has(mark.text) || (mark.text === '"' && straightMarkShape(tokens, k - 1) === "opening");
}
