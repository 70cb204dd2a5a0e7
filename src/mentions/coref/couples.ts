/** Two given names sharing one surname ("Khizr and Ghazala Khan"): two people, told apart by their honorifics. */

import type { Token } from "../../document/types";
import { genderOfFirstName, isPlaceOrOrg } from "../lexicon";
import type { Entity, Mention } from "../types";
import { HONORIFICS } from "../words";
import { lastWord } from "./name-index";

/** A lone given name and the full name "and" joins it to: "Khizr" and "Ghazala Khan". */
export interface SharedSurname {
  given: Mention;
  full: Mention;
  /** The given name with the full name's surname: "Khizr Khan". */
  name: string;
}

/**
 * "Khizr and Ghazala Khan", "Omar and Leila Haddad": a lone capitalised word joined by "and" to a
 * person's full name of two words shares that surname, as a couple or siblings are written. Not
 * when either is titled ("Trump and Sen. Ted Cruz"), nor when the lone word is a place's or a
 * firm's, or written anywhere else in the article on its own or as a surname ("Clinton and Bernie
 * Sanders" after "Hillary Clinton"): a surname said alone again is someone of its own.
 */
export function sharedSurnames(names: readonly Mention[], tokens: readonly Token[]): SharedSurname[] {
  const found: SharedSurname[] = [];
  const written = new Map<string, number>();
  const surnames = new Set<string>();
  for (const m of names) {
    const word = m.text.trim().toLowerCase();
    written.set(word, (written.get(word) ?? 0) + 1);
    if (/\s/.test(m.text.trim())) surnames.add(lastWord(m.text));
  }
  for (let k = 0; k + 1 < names.length; k++) {
    const [given, full] = [names[k]!, names[k + 1]!];
    const word = given.text.trim();
    const parts = full.text.trim().split(/\s+/);
    if (/\s/.test(word) || parts.length !== 2 || tokens[given.endToken]?.lower !== "and" || full.firstToken !== given.endToken + 1) continue;
    if (titled(given, tokens) || given.category === "organisation" || given.category === "place") continue;
    if (written.get(word.toLowerCase()) !== 1 || surnames.has(word.toLowerCase()) || isPlaceOrOrg(word.toLowerCase())) continue;
    found.push({ given, full, name: `${word} ${parts[1]}` });
  }
  return found;
}

/**
 * Gives the two people of a shared surname their genders where the article calls one of that
 * surname "Mr." and one "Ms." or "Mrs." ("Mr. Khan ... Ms. Khan"): a first-name list's gender
 * for one makes the other the other gender; with neither known, the first named is the man, as
 * English writes a couple ("Mr. and Mrs. Khan", "Khizr and Ghazala Khan").
 */
export function coupleGenders(pair: SharedSurname, people: readonly [Entity, Entity], names: readonly Mention[], tokens: readonly Token[]): void {
  const surname = lastWord(pair.name);
  const honorifics = new Set<string>();
  for (const m of names) {
    if (m.text.trim().toLowerCase() !== surname) continue;
    const gender = HONORIFICS.get(tokens[m.firstToken - 1]?.lower ?? "");
    if (gender) honorifics.add(gender);
  }
  if (honorifics.size < 2) return;
  const [first, second] = people;
  const known = (e: Entity) => e.gender ?? genderOfFirstName(e.name.split(/\s+/)[0]!.toLowerCase());
  const other = (g: "male" | "female") => (g === "male" ? "female" : "male");
  const [a, b] = [known(first), known(second)];
  if (a && b) return;
  if (a) second.gender = other(a);
  else if (b) first.gender = other(b);
  else {
    first.gender = "male";
    second.gender = "female";
  }
}

/** A capitalised word or an honorific right before the name: "Sen. Cruz", "President Obama", "Mr Lee". */
function titled(m: Mention, tokens: readonly Token[]): boolean {
  const before = tokens[m.firstToken - 1];
  return !!before && before.sentence === tokens[m.firstToken]!.sentence && (/^\p{Lu}/u.test(before.text) || HONORIFICS.has(before.lower));
}
