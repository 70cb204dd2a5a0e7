/**
 * Honorifics and kinship words written in lower case after one word of a person's name, learned
 * from a single use ("Ketan Rao Joshi" ... "Joshi saheb told growers", "Mannarkad Leela" ...
 * "Leela chechi said", "Thomas achan, as parishioners call him,").
 */

import { isVerb } from "../../document/pos";
import type { Token } from "../../document/types";
import { isModelWord } from "../../document/wink";
import { TokenFacts } from "../token-facts";
import { ORG_NAME_WORDS } from "../words";

/** How long an honorific may be: "opa", "ji", "saheb", "chechi", "khanum". */
const MAX_LETTERS = 6;
const HONORIFIC_TAGS = new Set(["NOUN", "PROPN", "X", "ADJ"]);

/** A short lower-case word the tagger takes for a noun or an unknown word (not "said", "went", "and"): the shape of an honorific after a name. */
export function isHonorificShaped(t: Token): boolean {
  return t.kind === "word" && t.text.length <= MAX_LETTERS && /^\p{Ll}+$/u.test(t.text) && HONORIFIC_TAGS.has(t.pos);
}

/**
 * The lower-case words the article writes right after a capitalised word that belongs to the full
 * name of one person it named before, where the pair is a subject before its verb or is followed
 * by ", as ... call him" (or her): a post-name honorific. The word must be none the model knows
 * (so no "Acme group said", "Clinton camp said", "Obama administration", "Ann Lee junior"), and
 * every use of it must stand after a name word, never before a noun it modifies.
 */
export function nameWordHonorifics(tokens: readonly Token[], facts: TokenFacts): Set<string> {
  const found = new Set<string>();
  // (The full names are read only for a candidate: most articles have none.)
  let fullNames: FullName[] | undefined;
  for (const k of facts.nameShaped) {
    const word = tokens[k + 1];
    if (!word || word.sentence !== tokens[k]!.sentence || !isUnknownLowerWord(word) || facts.isNameShaped(k - 1)) continue;
    if (found.has(word.text) || !(isVerb(tokens[k + 2]) || callsByName(tokens, k + 2))) continue;
    fullNames ??= fullNameRuns(tokens, facts);
    if (peopleWithWord(fullNames, tokens[k]!.text, k) === 1 && onlyAfterNames(tokens, facts, word.text)) found.add(word.text);
  }
  return found;
}

/** A short lower-case word, tagged as a noun or an unknown word, that the model does not know. */
function isUnknownLowerWord(t: Token): boolean {
  return isHonorificShaped(t) && !isModelWord(t.text);
}

/** ", as parishioners call him,", ", as the traders called her": the article says the words are a name used for a person. */
function callsByName(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.text !== "," || tokens[k + 1]?.lower !== "as") return false;
  const sentence = tokens[k]!.sentence;
  for (let j = k + 2; j < k + 8 && tokens[j]?.sentence === sentence; j++) {
    if (/^call(?:s|ed)?$/.test(tokens[j]!.lower)) return ["him", "her"].includes(tokens[j + 1]?.lower ?? "");
  }
  return false;
}

/** A person's full name in the article: two name words or more in a row, none an organisation's word, from `first` to `end`. */
interface FullName { first: number; end: number; text: string }

function fullNameRuns(tokens: readonly Token[], facts: TokenFacts): FullName[] {
  const runs: FullName[] = [];
  for (const k of facts.nameShaped) {
    if (facts.isNameShaped(k - 1) && tokens[k - 1]!.sentence === tokens[k]!.sentence) continue;
    let end = k + 1;
    while (facts.isNameShaped(end) && tokens[end]!.sentence === tokens[k]!.sentence) end++;
    const words = tokens.slice(k, end);
    if (end - k >= 2 && !words.some((t) => ORG_NAME_WORDS.has(t.lower))) runs.push({ first: k, end, text: ` ${words.map((t) => t.text).join(" ")} ` });
  }
  return runs;
}

/**
 * How many people the article named in full before token `k` with `word` among their name words:
 * a name inside a longer one ("Thomas Varghese" in "Fr. Thomas Varghese") is the same person.
 */
function peopleWithWord(fullNames: readonly FullName[], word: string, k: number): number {
  const names = new Set(fullNames.filter((n) => n.end <= k && n.text.includes(` ${word} `)).map((n) => n.text));
  return [...names].filter((n) => ![...names].some((m) => m !== n && m.includes(n))).length;
}

/** Whether every use of `word` stands right after a capitalised name word and before no noun it would modify. */
function onlyAfterNames(tokens: readonly Token[], facts: TokenFacts, word: string): boolean {
  for (let k = 1; k < tokens.length; k++) {
    if (tokens[k]!.text !== word) continue;
    const after = tokens[k + 1];
    if (!facts.isNameShaped(k - 1) || (after && after.sentence === tokens[k]!.sentence && (after.pos === "NOUN" || after.pos === "PROPN"))) return false;
  }
  return true;
}
