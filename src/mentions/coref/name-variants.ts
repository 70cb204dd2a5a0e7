/** Spellings of one full name: a misspelt first name, a longer surname, middle initials. */

import type { Entity, Mention } from "../types";
import { lastWord } from "./name-index";

/**
 * A person's full name spelt with a first name one letter off an earlier one with the same
 * surname ("Hilary Clinton" beside "Hillary Clinton") is a misspelling of it: same person.
 */
export function misspelt(m: Mention, byLastWord: ReadonlyMap<string, readonly Entity[]>): Entity | undefined {
  const earlier = byLastWord.get(lastWord(m.text));
  if (!earlier) return undefined;
  const words = m.text.toLowerCase().split(/\s+/);
  if (words.length !== 2 || words[0]!.length < 4) return undefined;
  for (const e of earlier) {
    const other = e.name.toLowerCase().split(/\s+/);
    if (e.kind === "person" && other.length === 2 && oneEditApart(words[0]!, other[0]!)) return e;
  }
  return undefined;
}

/**
 * A name of two words or more that ends an earlier person's full name ("Ó Cuív" after "Pádraig Ó
 * Cuív", "Van Hollen" after "Chris Van Hollen"): that person, when only one such name fits.
 */
export function endOfFullName(m: Mention, byLastWord: ReadonlyMap<string, readonly Entity[]>): Entity | undefined {
  const earlier = byLastWord.get(lastWord(m.text));
  if (!earlier) return undefined;
  const tail = ` ${m.text.toLowerCase()}`;
  const fits = earlier.filter((e) => e.kind === "person" && e.name.toLowerCase().endsWith(tail));
  return fits.length === 1 ? fits[0] : undefined;
}

/** The endings of a Russian, Ukrainian or Belarusian patronymic, as English transliterates them ("Faritovich", "Ivanovna", "Petrivna"). */
const PATRONYMIC = /(?:ovich|evich|ovych|evych|ovna|evna|ivna|ichna)$/;

/**
 * A given name and patronymic ("Rinat Faritovich") after a person named by that given name and a
 * surname ("Rinat Sabirov"): the polite form of address of Russian-speaking countries, the same
 * person when exactly one earlier person has that given name. (A surname of the same ending,
 * "Viktor Yanukovych", is a full name: no earlier Viktor, no link.)
 */
export function givenAndPatronymic(m: Mention, people: readonly Entity[]): Entity | undefined {
  const words = givenAndPatronymicWords(m.text);
  if (!words) return undefined;
  const fits = people.filter((e) => {
    if (e.kind !== "person") return false;
    const other = e.name.toLowerCase().split(/\s+/);
    return other.length >= 2 && other[0] === words[0] && other[other.length - 1] !== words[1];
  });
  return fits.length === 1 ? fits[0] : undefined;
}

/** Whether a name is two words, the second shaped as a patronymic ("Rinat Faritovich"): a form of address, or a full name. */
export function isGivenAndPatronymic(name: string): boolean {
  return givenAndPatronymicWords(name) !== undefined;
}

/** The two words of such a name, in lower case; undefined for any other name. */
function givenAndPatronymicWords(name: string): string[] | undefined {
  const words = name.toLowerCase().split(/\s+/);
  return words.length === 2 && PATRONYMIC.test(words[1]!) ? words : undefined;
}

/** A middle initial: one letter, or letters each with a dot ("J.", "W", "H.W."). */
const INITIAL = /^(?:\p{L}\.?|(?:\p{L}\.){2,3})$/u;

/** A name's words without the initials between its first and last word ("Donald J. Trump": donald trump). */
function wordsWithoutInitials(name: string): { words: string[]; initials: boolean } {
  const all = name.toLowerCase().split(/\s+/);
  const words = all.filter((w, k) => k === 0 || k === all.length - 1 || !INITIAL.test(w));
  return { words, initials: words.length < all.length };
}

/**
 * A full name written once with middle initials and once without ("Donald J. Trump" in the
 * narrative, "Donald Trump" in a quote): the same person, when exactly one earlier person fits and
 * only one of the two spellings has initials ("George H.W. Bush" is not "George W. Bush").
 */
export function sameButInitials(name: string, byLastWord: ReadonlyMap<string, readonly Entity[]>): Entity | undefined {
  // Most full names are the first of their surname: no earlier one to compare, no words to read.
  const earlier = byLastWord.get(lastWord(name));
  if (!earlier) return undefined;
  const own = wordsWithoutInitials(name);
  if (own.words.length < 2) return undefined;
  const bare = own.words.join(" ");
  const fits = earlier.filter((e) => {
    if (e.kind !== "person") return false;
    const other = wordsWithoutInitials(e.name);
    return other.initials !== own.initials && other.words.join(" ") === bare;
  });
  return fits.length === 1 ? fits[0] : undefined;
}

/**
 * A name written with initials for its given names ("Cllr R. Hobbs", "P.T. Kurian") after a full
 * name with the same rest whose given names start with those letters ("Roger Hobbs", "Puthenpurayil
 * Thomas Kurian"): that person, when exactly one fits, so initials tell apart two who share a surname.
 */
export function initialledGivenNames(name: string, byLastWord: ReadonlyMap<string, readonly Entity[]>): Entity | undefined {
  const earlier = byLastWord.get(lastWord(name));
  if (!earlier) return undefined;
  const words = name.toLowerCase().split(/\s+/);
  let k = 0;
  while (k < words.length - 1 && INITIAL.test(words[k]!)) k++;
  if (k === 0) return undefined;
  const letters = words.slice(0, k).join("").replace(/\./g, "");
  const rest = words.slice(k).join(" ");
  const fits = earlier.filter((e) => {
    const other = e.name.toLowerCase().split(/\s+/);
    const given = other.slice(0, other.length - (words.length - k));
    return e.kind === "person" && given.length === letters.length && other.slice(given.length).join(" ") === rest &&
      given.every((g, i) => g.startsWith(letters[i]!) && !INITIAL.test(g));
  });
  return fits.length === 1 ? fits[0] : undefined;
}

/** Whether one letter added, dropped or changed turns `a` into `b` (and they differ). */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
