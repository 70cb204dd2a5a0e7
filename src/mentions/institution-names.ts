/** Names of institutions written with "of": "the Ministry of Public Works", "Bank of England". */

import type { Token } from "../document/types";
import { ORG_NAME_WORDS } from "./words";

/**
 * Institutions named with "for" ("Center for American Progress", "Office for National Statistics",
 * "Institute for Fiscal Studies"); not a newspaper ("the Post for years") nor a campaign.
 */
const FOR_HEADS = new Set(`center centre centers centres institute office council commission foundation bank board school
  college party committee coalition alliance league union association federation society academy agency authority
  ministry department fund`.split(/\s+/));

/**
 * "the Ministry of Public Works", "Bank of England", "the University of the West Indies", "Center
 * for American Progress": after a capitalised institution's word, "of" or "for" (and "the")
 * continue its name with the capitalised words after them. Returns where those words start, or -1. Only an institution's word does this:
 * "Secretary of State John Kerry" and "Mayor of London" are titles, "Republic of Korea" a place.
 */
export function institutionOfEnd(tokens: readonly Token[], k: number): number {
  const of = tokens[k];
  const head = tokens[k - 1];
  if (!of || !head || head.kind !== "word" || !/^\p{Lu}/u.test(head.text)) return -1;
  if (!(of.lower === "of" ? ORG_NAME_WORDS.has(head.lower) : of.lower === "for" && FOR_HEADS.has(head.lower))) return -1;
  const next = tokens[k + 1]?.lower === "the" ? k + 2 : k + 1;
  const word = tokens[next];
  return word && word.kind === "word" && word.sentence === head.sentence && /^\p{Lu}/u.test(word.text) ? next : -1;
}
