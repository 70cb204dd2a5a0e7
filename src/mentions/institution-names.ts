/** Names of institutions written with "of": "the Ministry of Public Works", "Bank of England". */

import type { Token } from "../document/types";
import { ORG_NAME_WORDS } from "./words";

/**
 * "the Ministry of Public Works", "Bank of England", "the University of the West Indies": after a
 * capitalised institution's word, "of" (and "the") continue its name with the capitalised words
 * after them. Returns where those words start, or -1. Only an institution's word does this:
 * "Secretary of State John Kerry" and "Mayor of London" are titles, "Republic of Korea" a place.
 */
export function institutionOfEnd(tokens: readonly Token[], k: number): number {
  const of = tokens[k];
  const head = tokens[k - 1];
  if (!of || !head || of.lower !== "of" || head.kind !== "word" || !ORG_NAME_WORDS.has(head.lower) || !/^\p{Lu}/u.test(head.text)) return -1;
  const next = tokens[k + 1]?.lower === "the" ? k + 2 : k + 1;
  const word = tokens[next];
  return word && word.kind === "word" && word.sentence === head.sentence && /^\p{Lu}/u.test(word.text) ? next : -1;
}
