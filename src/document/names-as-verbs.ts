import { isPossessiveS } from "./pos";
import { isQuotationMark } from "./quotation-marks";
import type { Token } from "./types";

// Names wink tags as verbs or auxiliaries by their other uses: "Welch said", "Will urged", "Ted
// knows", "Judicial Watch noted", "Ted Cruz said", "Rob Portman". Inside a sentence a verb is
// written in lower case (a headline in title case capitalises the verb after it too), so a
// capitalised word tagged a verb right before a verb in lower case is the name that is its subject,
// and one before a name (the first name of "Ted Cruz") is part of that name; the later stages need
// them read as names.

/** A capitalised word, not an acronym or initial: "Welch", "Will", "O'Neill". */
const CAPITALISED = /^\p{Lu}[\p{Ll}'\u2019-]*\p{Ll}$/u;

/** Whether the token at `k` (neither the first nor the last) is a capitalised word tagged a verb that
 * stands, inside a sentence, right before a verb in lower case, a name that a word in lower case
 * or punctuation follows, or a possessive 's, or between a name and a noun in lower case: a name,
 * to be retagged a proper noun. */
export function nameReadAsVerb(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if ((t.pos !== "VERB" && t.pos !== "AUX") || !CAPITALISED.test(t.text)) return false;
  const before = tokens[k - 1]!;
  const next = tokens[k + 1]!;
  // Not the first word of a sentence, of a quotation or of what a colon or bracket opens.
  if (before.sentence !== t.sentence || before.kind === "newline" || isQuotationMark(before) || /^[:(\[\u2014-]$/.test(before.text)) return false;
  // "the Holy See's spokesman", "Judicial Watch's lawyers": a verb takes no possessive.
  if (isPossessiveS(next) && next.start === t.end && !/^let$/i.test(t.text)) return true;
  if (next.sentence !== t.sentence || next.kind !== "word") return false;
  // "the Holy See spokesman": the last word of a name, before a noun in lower case the name qualifies.
  const endsName = before.pos === "PROPN" && CAPITALISED.test(before.text) && next.pos === "NOUN" && /^\p{Ll}/u.test(next.text);
  return (next.pos === "VERB" && /^\p{Ll}/u.test(next.text)) || firstName(tokens, k + 1) || endsName;
}

/** Whether the proper nouns from token `k` on are a name after which the sentence goes on in lower
 * case or punctuation ("Ted Cruz said", "Ted Cruz, who ..."), not a headline in title case. */
function firstName(tokens: readonly Token[], k: number): boolean {
  let j = k;
  while (tokens[j]?.pos === "PROPN" && CAPITALISED.test(tokens[j]!.text) && tokens[j]!.sentence === tokens[k]!.sentence) j++;
  const after = tokens[j];
  return j > k && !!after && after.sentence === tokens[k]!.sentence && (after.kind === "punct" || /^\p{Ll}/u.test(after.text));
}
