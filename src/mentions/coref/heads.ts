/** The role head noun of a description or a name's title, with one spelling per role. */

import { isWhitespace } from "../../document";
import { isTitleWord } from "../detect/title-words";
import type { Mention } from "../types";
import { ORG_NAME_WORDS } from "../words";

export const SYNONYMS = new Map([
  ["spokeswoman", "spokesman"], ["spokesperson", "spokesman"], ["spokespeople", "spokesmen"],
  ["advisor", "adviser"], ["chairwoman", "chairman"], ["chair", "chairman"],
  ["sen.", "senator"], ["rep.", "representative"], ["gov.", "governor"], ["gen.", "general"], ["congresswoman", "congressman"],
  // "Mr Justice Ann Lee" of a British or Commonwealth court is "the judge".
  ["justice", "judge"],
  // "Pastor Emeka Obi ... the cleric said": a minister of religion by his title is "the cleric".
  ["pastor", "cleric"], ["imam", "cleric"], ["priest", "cleric"], ["rabbi", "cleric"], ["reverend", "cleric"],
]);

/** A hyphen or white space: what a head word ends at. */
function isHeadSeparator(c: number): boolean {
  return c === 45 || isWhitespace(c);
}

/** The last word of a title or description, in lower case and with one spelling per role. */
export function headOf(text: string): string {
  // The text after the last space or hyphen: the last part of `text.toLowerCase().split(/[\s-]+/)`.
  let k = text.length;
  while (k > 0 && !isHeadSeparator(text.charCodeAt(k - 1))) k--;
  const head = text.slice(k).toLowerCase();
  return SYNONYMS.get(head) ?? head;
}

/** The role head noun a mention is indexed by: a description's own, a name's title's; "" for none. */
export function headOfMention(m: Mention): string {
  if (m.kind === "description") return headOf(m.text);
  if (m.title) return namesBody(m) ? "" : headOf(m.title.replace(TRAILING_ADDRESS, ""));
  const institution = institutionWords(m);
  return institution ? headOf(institution) : "";
}

/**
 * Whether a person's title is a body's name, capitalised words ending in a body's word ("The head
 * of the Harbour Porters Union, Ann Leigh": title `Harbour Porters Union`): it gives no role, and
 * "the union" later is the body, not its head. "the snack company Acme" keeps its head.
 */
function namesBody(m: Mention): boolean {
  const words = m.title!.split(/\s+/);
  return m.category === "person" && words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w)) && ORG_NAME_WORDS.has(words[words.length - 1]!.toLowerCase());
}

/**
 * "Illinois Board of Elections": the words of an organisation's name before its "of" (or "for"), whose last
 * word an article goes on to call it by ("the board"), as a description's head; undefined for
 * any other mention.
 */
export function institutionWords(m: Mention): string | undefined {
  if (m.kind !== "name" || m.category !== "organisation") return undefined;
  const of = /\s(?:of|for)\s/.exec(m.text);
  return of && of.index > 0 ? m.text.slice(0, of.index) : undefined;
}

/**
 * "Assistant U.S. Attorney Neil Okafor", "District Attorney Ann Vale": an attorney who prosecutes
 * for a state or country, whom an article goes on to call "the prosecutor" (a "defense attorney"
 * does not).
 */
const PROSECUTING_ATTORNEY = /\b(?:U\.\s?S\.?|US|district|state'?s|county|commonwealth'?s|prosecuting)\s+attorney$/i;

/**
 * The other role heads a name's office and title give: "prosecutor" for a prosecuting attorney's; the title
 * word opening a longer title ("Imam Abdirahman Sheikh Nur ... the imam said", where the title
 * read is `Imam Abdirahman Sheikh`); the initials of a capitalised title of several words
 * ("Deputy Public Prosecutor Nur Aisyah ... the DPP said": `dpp`).
 */
export function otherHeadsOfMention(m: Mention): string[] {
  if (m.kind !== "name") return [];
  // "Lebo Mokoena, who chairs the association,": the office held.
  const heads: string[] = m.office ? [SYNONYMS.get(m.office) ?? m.office] : [];
  if (!m.title) return heads;
  if (PROSECUTING_ATTORNEY.test(m.title)) heads.push("prosecutor");
  const opening = /^(\S+)\s/.exec(m.title)?.[1]?.toLowerCase();
  const head = opening !== undefined && isTitleWord(opening) ? SYNONYMS.get(opening) ?? opening : undefined;
  if (head !== undefined && head !== headOf(m.title)) heads.push(head);
  const initials = titleInitials(m.title);
  if (initials !== undefined) heads.push(initials.toLowerCase());
  return heads;
}

/** "DPP" of "Deputy Public Prosecutor": the capitals of a title of two to five capitalised words, or undefined. */
export function titleInitials(title: string): string | undefined {
  const words = title.split(/\s+/);
  if (words.length < 2 || words.length > 5 || !words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) return undefined;
  return words.map((w) => w[0]).join("");
}

/** A form of address ending a longer title ("area coroner Dr", "chief economist Prof."): the role before it is the head. */
const TRAILING_ADDRESS = /(?<=\S)\s+(?:Dr|Prof|Rev)\.?$/;
