/** Full-name entities indexed by their words, so a lone name is compared with few. */

import { isWhitespace } from "../../document";
import { isFirstName } from "../lexicon";
import type { Entity } from "../types";
import { PARTICLES, isGivenNameSyllables } from "../words";

/**
 * Full-name entities by their last word, and by their first word where it is a first name ("Ann"
 * of "Ann Lee", not "Trump" of "Trump Train"), so a lone name is not compared with every one.
 */
export function byPart(fullNames: readonly Entity[]): Map<string, Entity[]> {
  const index = new Map<string, Entity[]>();
  const file = (word: string, e: Entity) => {
    const list = index.get(word);
    if (list) list.push(e);
    else index.set(word, [e]);
  };
  for (const e of fullNames) {
    const parts = e.name.toLowerCase().split(/\s+/);
    const first = parts[0]!;
    const last = parts[parts.length - 1]!;
    if (isFirstName(first) || isFamilyNameFirst(parts)) file(first, e);
    if (last !== first) file(last, e);
  }
  return index;
}

/**
 * "Lee Min-ho", "Park Ji-hoon": a family name before a given name of two joined syllables, so
 * that "Lee said" later is that person (lower-cased parts; "Reem al-Amri" is no such name).
 */
function isFamilyNameFirst(parts: readonly string[]): boolean {
  const [first, second, ...rest] = (parts[1] ?? "").split("-");
  return parts.length === 2 && rest.length === 0 && second !== undefined && !PARTICLES.has(first!) && isGivenNameSyllables(first!, second);
}

/** Full-name entities by their first word, whatever it is ("tan" of "Tan Wei Ming"). */
export function byFirstWord(fullNames: readonly Entity[]): Map<string, Entity[]> {
  const index = new Map<string, Entity[]>();
  for (const e of fullNames) {
    const first = e.name.toLowerCase().split(/\s+/)[0]!;
    index.set(first, [...(index.get(first) ?? []), e]);
  }
  return index;
}

/** Whether a name is written in two words or more ("Ann Lee", not "Lee"): a full name. */
export function isFullName(name: string): boolean {
  return /\s/.test(name.trim());
}

/**
 * The name's last word, lower-cased: what follows its last white space ("" after a trailing one),
 * as the last part of `split(/\s+/)` would be, without splitting the whole name into words.
 */
export function lastWord(name: string): string {
  let start = name.length;
  while (start > 0 && !isWhitespace(name.charCodeAt(start - 1))) start--;
  return name.slice(start).toLowerCase();
}
