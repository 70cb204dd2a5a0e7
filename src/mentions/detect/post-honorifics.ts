/** Honorifics written in lower case after a given name, learned from the article ("Dilnoza opa", "Rustam aka"). */

import { isVerb } from "../../document/pos";
import type { Token } from "../../document/types";
import { TokenFacts } from "../token-facts";
import { isHonorificShaped, nameWordHonorifics } from "./name-word-honorifics";

/** How often the article must write it after a given name. */
const MIN_USES = 2;

/**
 * The lower-case words the article writes only right after the first word of a person's name
 * ("Dilnoza Rahimova" ... "whom the traders call Dilnoza opa" ... "Dilnoza opa said"): an
 * honorific, not a word of the sentence. The article must write it so twice or more, every use
 * after such a name, and none before a noun it modifies, so no common word ("the campaign" ...
 * "Bernie campaign") is one.
 */
export function postHonorifics(tokens: readonly Token[], facts: TokenFacts): Set<string> {
  const learned = givenNameHonorifics(tokens, facts);
  // Written once after a word of one person's name, as a subject or a usual name ("Joshi saheb told").
  for (const word of nameWordHonorifics(tokens, facts)) learned.add(word);
  return learned;
}

function givenNameHonorifics(tokens: readonly Token[], facts: TokenFacts): Set<string> {
  // The words that open a name of two words or more in the article: its given names.
  const givenNames = new Set<string>();
  for (const k of facts.nameShaped) if (facts.isNameShaped(k + 1) && tokens[k + 1]!.sentence === tokens[k]!.sentence) givenNames.add(tokens[k]!.text);
  const candidates = new Set<string>();
  for (const k of facts.nameShaped) {
    const next = tokens[k + 1];
    if (next && isHonorificShaped(next) && givenNames.has(tokens[k]!.text) && !facts.isNameShaped(k - 1)) candidates.add(next.text);
  }
  if (candidates.size === 0) return candidates;
  // Each candidate's uses: how many, and where the first stands.
  const uses = new Map<string, { count: number; first: number }>();
  for (let k = 0; k < tokens.length && candidates.size > 0; k++) {
    const t = tokens[k]!;
    if (!candidates.has(t.text)) continue;
    const after = tokens[k + 1];
    const modifies = !!after && after.sentence === t.sentence && (after.pos === "NOUN" || after.pos === "PROPN");
    if (!givenNames.has(tokens[k - 1]?.text ?? "") || modifies) candidates.delete(t.text);
    const use = uses.get(t.text);
    if (use) use.count++;
    else uses.set(t.text, { count: 1, first: k });
  }
  // (Written so once, "Democratic brass" is as likely a noun phrase; but not as a subject right
  // before its verb, with nothing before the given name: "Gülnarə xanım said".)
  for (const word of candidates) {
    const use = uses.get(word)!;
    if (use.count < MIN_USES && !subjectOnce(tokens, facts, use.first)) candidates.delete(word);
  }
  return candidates;
}

/**
 * Whether the one use of such a word, token `k`, ends a subject of two words right before a verb, with nothing
 * before the given name in its sentence but punctuation ("Gülnarə xanım said"), is no plural
 * ("Bernie supporters say"), and the given name opens a name set off by commas as a person's is
 * ("His daughter-in-law, Gülnarə Əliyeva, runs": not "the Democratic Party vote" ... "Democratic
 * leadership said").
 */
function subjectOnce(tokens: readonly Token[], facts: TokenFacts, k: number): boolean {
  const before = tokens[k - 2];
  if (tokens[k]!.text.endsWith("s") || !isVerb(tokens[k + 1]) || !before || (before.kind === "word" && before.sentence === tokens[k]!.sentence)) return false;
  const given = tokens[k - 1]!.text;
  return facts.nameShaped.some((j) => j !== k - 1 && tokens[j]!.text === given && tokens[j - 1]?.text === "," && facts.isNameShaped(j + 1) && setOffAfter(facts, tokens, j + 1));
}

/** Whether a comma follows the name whose words run on from token `k`. */
function setOffAfter(facts: TokenFacts, tokens: readonly Token[], k: number): boolean {
  while (facts.isNameShaped(k)) k++;
  return tokens[k]?.text === ",";
}
