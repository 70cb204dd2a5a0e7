/** Descriptions that name an organisation in their words: "the BLM group", "the Minera Andina Sur company". */

import { acronymLetters, spelledOut } from "../acronym";
import { isFirstName, nameTagOf, PLACE } from "../lexicon";
import type { Entity, Mention } from "../types";
import { ORG_NAME_WORDS } from "../words";
import { DEFINITE } from "./determiners";
import { nameKey } from "./name-key";

/** Heads that an acronym before them names ("the BLM group", "the NRA lobby"). */
const ACRONYM_HEADS = new Set(["group", "movement", "organization", "organisation", "coalition", "lobby"]);

/**
 * The organisation a description of an acronym and an organisation's head refers to: "the BLM
 * group" is Black Lives Matter where the article spells it out, else the entity named BLM.
 */
export function acronymGroup(m: Mention, byName: ReadonlyMap<string, Entity>, entities: readonly Entity[]): Entity | undefined {
  if (m.category !== "organisation" || m.plural) return undefined;
  const words = m.text.split(/\s+/);
  if (words.length !== 3 || !DEFINITE.test(m.text) || !ACRONYM_HEADS.has(words[2]!.toLowerCase())) return undefined;
  const letters = acronymLetters(words[1]!);
  if (letters === undefined) return undefined;
  const named = byName.get(nameKey(words[1]!));
  return spelledOut(letters, entities) ?? (named?.kind === "organisation" ? named : undefined);
}

/** Heads after an organisation's name that only say what it is: "the Minera Andina Sur company". */
const BUSINESS_HEADS = new Set(["company", "firm", "group", "corporation", "conglomerate"]);

/** "The Minera Andina Sur company": the organisation the words between "the" and the head name (then typed an organisation). */
export function businessNamed(m: Mention, byName: ReadonlyMap<string, Entity>): Entity | undefined {
  const words = m.text.split(/\s+/);
  // A name of one word may be a person's that a firm carries ("the Podesta Group"): only longer names.
  if (m.category !== "organisation" || m.plural || words.length < 4 || !/^the$/i.test(words[0]!) || !BUSINESS_HEADS.has(words[words.length - 1]!.toLowerCase())) return undefined;
  const named = byName.get(nameKey(words.slice(1, -1).join(" ")));
  if (!named || named.kind === "organisation") return named;
  // A name the article calls a company is one, unless something shows a person: a known first name, a gender.
  if (named.kind === "place" || named.kind === "group" || named.gender || isFirstName(words[1]!.toLowerCase())) return undefined;
  named.kind = "organisation";
  return named;
}

/**
 * Whether capitalised words name an institution by a word of their own ("Elmsford Town Council",
 * "Northfield Weather Office"): every word capitalised, the last an organisation's word, the
 * whole no place. "Monday" or "the FDIC inspector general" are not.
 */
export function isInstitutionName(words: string): boolean {
  const parts = words.split(/\s+/);
  const last = parts[parts.length - 1]!.toLowerCase();
  return parts.length >= 2 && parts.every((w) => /^\p{Lu}/u.test(w)) && ORG_NAME_WORDS.has(last) && !(nameTagOf(words.toLowerCase()) & PLACE);
}
