/** Where a mention stands in its sentence: as the subject, after a quotation, as a transcript's label. */

import { CLOSING_MARKS } from "../../document/quotation-marks";
import type { Token } from "../../document/types";
import { isInvertedSpeaker, isSubjectPhrase, isSubjectRole } from "../salience";
import type { Mention } from "../types";

/**
 * A description that opens its sentence as the subject ("The aide said"), a speech verb's ("said
 * the aide"), or the subject right after a quotation ("“…,” the aide said").
 */
export function continuesSubject(m: Mention, tokens: readonly Token[]): boolean {
  if (isInvertedSpeaker(m, tokens) || speaksAfterQuotation(m, tokens)) return true;
  const before = tokens[m.extentFirstToken - 1];
  return (!before || before.sentence !== tokens[m.extentFirstToken]!.sentence || afterOpeningPrepositionalPhrase(m, tokens)) && isSubjectRole(m, tokens);
}

/**
 * "In a statement, the governor announced": where the document `m` ends a verbless prepositional
 * phrase opening its sentence, the place in `mentions` of the subject right after the phrase's comma.
 */
export function subjectAfterOpeningPhrase(m: Mention, mentions: readonly Mention[], at: number, tokens: readonly Token[]): number | undefined {
  const comma = m.extentEndToken;
  if (tokens[comma]?.text !== ",") return undefined;
  for (let k = at + 1; k < mentions.length && mentions[k]!.extentFirstToken <= comma + 1; k++) {
    const x = mentions[k]!;
    if (x.extentFirstToken === comma + 1 && x.kind !== "pronoun" && afterOpeningPrepositionalPhrase(x, tokens) && isSubjectRole(x, tokens)) return k;
  }
  return undefined;
}

/** How many words a phrase opening the sentence before its subject may have ("In a statement on Monday,"). */
const OPENING_PHRASE_WORDS = 6;

/**
 * "In a statement, the business mogul announced": the sentence opens with a prepositional phrase
 * set off by a comma, with no verb in it, and the mention is the subject right after it. (Stricter
 * than lede-organisation.ts's `afterOpeningClause`, which also passes "After the storm hit,".)
 */
function afterOpeningPrepositionalPhrase(m: Mention, tokens: readonly Token[]): boolean {
  const comma = m.extentFirstToken - 1;
  if (tokens[comma]?.text !== ",") return false;
  const sentence = tokens[comma]!.sentence;
  let first = comma;
  while (first > 0 && tokens[first - 1]!.sentence === sentence) first--;
  if (comma - first > OPENING_PHRASE_WORDS || tokens[first]!.pos !== "ADP") return false;
  return tokens.slice(first, comma).every((t) => t.pos !== "VERB" && t.pos !== "AUX" && t.text !== "," && !CLOSING_MARKS.has(t.text));
}

/** Whether a mention's phrase is the first of its sentence ("The secretary of state, a longtime ally, went"). */
export function opensSentence(m: Mention, tokens: readonly Token[]): boolean {
  const before = tokens[m.extentFirstToken - 1];
  return !before || before.sentence !== tokens[m.extentFirstToken]!.sentence;
}

/** Punctuation that ends a quotation's words before its closing mark and the speaker: "“…,” the aide said". */
const QUOTATION_END = new Set([",", "?", "!", "—", "--"]);

/** A description between a quotation's closing mark and its verb: "“…,” the aide said", "“…?” the aide asked". */
function speaksAfterQuotation(m: Mention, tokens: readonly Token[]): boolean {
  const mark = tokens[m.extentFirstToken - 1];
  const end = tokens[m.extentFirstToken - 2];
  const verb = tokens[m.extentEndToken];
  if (!mark || !end || !verb || verb.sentence !== mark.sentence) return false;
  return (CLOSING_MARKS.has(mark.text) || mark.text === "\"") && QUOTATION_END.has(end.text) && (verb.pos === "VERB" || verb.pos === "AUX");
}

/** A subject, or a name set off as one in an apposition ("One of the authors, Ari Lent, said"). */
export function isSubjectName(x: Mention, tokens: readonly Token[]): boolean {
  return isSubjectRole(x, tokens) || isSubjectPhrase(tokens, x.firstToken, x.endToken);
}

/** A role word in capitals that labels a transcript's turn: "ANCHOR:", "HOST:" opening a sentence. */
export function isRoleLabel(m: Mention, tokens: readonly Token[]): boolean {
  const first = tokens[m.firstToken]!;
  return m.endToken === m.firstToken + 1 && first.text === first.text.toUpperCase() && tokens[m.endToken]?.text === ":" &&
    tokens[m.firstToken - 1]?.sentence !== first.sentence;
}
