/** Full names written only as a modifier of something else ("a Hillary Clinton administration"). */

import { isPossessiveS } from "../../document/pos";
import type { Token } from "../../document/types";
import { genderOfFirstName, isPlaceOrOrg } from "../lexicon";
import type { Entity, Mention } from "../types";
import { nameKey } from "./name-key";

/** A full name inside another phrase, and where it is written. */
export interface EmbeddedName {
  name: string;
  gender: "male" | "female";
  start: number;
}

const CAPITALISED = /^\p{Lu}[\p{Ll}'’-]+$/u;

/**
 * The people an article names in full only inside another phrase: "a Hillary Clinton
 * administration", "the Bernie Sanders campaign", "Hillary Clinton's campaign advisers" (a first
 * name that tells a gender, then a capitalised surname, then more words of the phrase). A lone
 * surname before another full name with it ("Clinton ... Bill Clinton") is that person: without
 * them, every "Clinton" of such an article went to the one Clinton it names on his own.
 */
export function embeddedFullNames(mentions: readonly Mention[], tokens: readonly Token[]): EmbeddedName[] {
  const found: EmbeddedName[] = [];
  for (const m of mentions) {
    if (m.kind === "pronoun" || (m.kind === "name" && m.category === "person")) continue;
    let k = m.firstToken;
    while (k < m.endToken && tokens[k]!.pos === "DET") k++;
    const first = tokens[k];
    const surname = tokens[k + 1];
    // More of the phrase after the surname: the name is its modifier, not the whole of it.
    if (!first || !surname || k + 2 >= m.endToken) continue;
    const gender = genderOfFirstName(first.lower);
    if (!gender || !CAPITALISED.test(first.text) || !CAPITALISED.test(surname.text) || isPlaceOrOrg(surname.lower)) continue;
    // "Jeb Bush's campaign": the surname may carry the possessive.
    if (tokens[k + 2]!.text !== "-" && (isPossessiveS(tokens[k + 2]) || tokens[k + 2]!.pos !== "PUNCT")) {
      found.push({ name: `${first.text} ${surname.text}`, gender, start: first.start });
    }
  }
  return found;
}

/**
 * A person entity, with no mention, for each full name written only inside another phrase and
 * nowhere on its own, with the offset where it is written: where a lone surname is linked, it
 * stands as a full name given there ("Clinton" after "a Hillary Clinton administration" is her,
 * though "Bill Clinton" is named later).
 */
export function namesInsidePhrases(
  mentions: readonly Mention[], tokens: readonly Token[], byName: Map<string, Entity>,
  create: (m: null, kind: "person", name: string) => Entity,
): Map<Entity, EmbeddedName> {
  const writtenAt = new Map<Entity, EmbeddedName>();
  for (const x of embeddedFullNames(mentions, tokens)) {
    const key = nameKey(x.name);
    if (byName.has(key)) continue;
    const e = create(null, "person", x.name);
    e.gender = x.gender;
    byName.set(key, e);
    writtenAt.set(e, x);
  }
  return writtenAt;
}

/**
 * Gives each such person the full name the phrase wrote back, once linking has named them after
 * their mentions: a lone surname ("Clinton") says less than "Hillary Clinton".
 */
export function restoreWrittenNames(writtenAt: ReadonlyMap<Entity, EmbeddedName>): void {
  for (const [e, x] of writtenAt) if (e.mentions.every((m) => m.kind !== "name" || !/\s/.test(m.text.trim()))) e.name = x.name;
}
