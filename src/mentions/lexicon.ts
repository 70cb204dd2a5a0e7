import { NAME_WORDS } from "./name-lexicon";
import { NAME_TAGS, type NameTag } from "./name-tags";

/** One bit per tag, so a word's tag is tested against a group of tags with one `&`. */
const bit = (tag: NameTag): number => 1 << NAME_TAGS.indexOf(tag);
const bits = (tags: readonly NameTag[]): number => tags.reduce((mask, tag) => mask | bit(tag), 0);

const MALE_NAME = bit("MaleName");
const FEMALE_NAME = bit("FemaleName");
export const FIRST_NAME = bits(["MaleName", "FemaleName", "FirstName"]);
export const PLACE = bits(["Country", "City", "Region", "Place"]);
export const ORGANISATION = bits(["Organization", "SportsTeam", "Company"]);
export const PLACE_OR_ORG = PLACE | ORGANISATION;
export const DEMONYM = bit("Demonym");
/** Not a tag: the lexicon lists a phrase that starts with this word ("united" of "united states"). */
export const PHRASE_START = 1 << NAME_TAGS.length;

let lexicon: Map<string, number> | null = null;

/**
 * compromise's word lexicon (first names with gender, places, demonyms), extracted at build time
 * into name-lexicon.ts: importing compromise would dominate start-up, and whosaid never runs its
 * parser on the article. Each word carries one of these tags (the last list naming it wins); the
 * map is built on first use. Returns the word's tag bit (with PHRASE_START), or 0 for a word it
 * does not list.
 */
export function nameTagOf(word: string): number {
  return (lexicon ?? buildLexicon()).get(word) ?? 0;
}

function buildLexicon(): Map<string, number> {
  const words = new Map<string, number>();
  for (const [tag, list] of Object.entries(NAME_WORDS) as Array<[NameTag, string]>) {
    const tagBit = bit(tag);
    if (list) for (const w of list.split("|")) words.set(w, tagBit);
  }
  // The keys added in this loop are first words, without a space: skipped when the loop meets them.
  for (const phrase of words.keys()) {
    const space = phrase.indexOf(" ");
    if (space < 0) continue;
    const first = phrase.slice(0, space);
    words.set(first, (words.get(first) ?? 0) | PHRASE_START);
  }
  lexicon = words;
  return words;
}

/** The gender a word's tag bit gives ("male" for a MaleName). */
export function genderOfTag(tag: number): "male" | "female" | undefined {
  if (tag & MALE_NAME) return "male";
  if (tag & FEMALE_NAME) return "female";
  return undefined;
}

export const genderOfFirstName = (word: string): "male" | "female" | undefined => genderOfTag(nameTagOf(word));
export const isFirstName = (word: string): boolean => (nameTagOf(word) & FIRST_NAME) !== 0;
/** A place or organisation name ("moscow", "united states", "nato"). */
export const isPlaceOrOrg = (words: string): boolean => (nameTagOf(words) & PLACE_OR_ORG) !== 0;
export const isDemonym = (word: string): boolean => (nameTagOf(word) & DEMONYM) !== 0;

/** A demonym, or a noun made of one and "man" or "woman" ("Frenchman", "Welshwoman"), which the lexicon does not list. Lower case. */
export function isDemonymNoun(word: string): boolean {
  if (isDemonym(word)) return true;
  const stem = /^(\p{L}{3,}?)(?:wo)?m[ae]n$/u.exec(word)?.[1];
  return stem !== undefined && isDemonym(stem);
}
