import { NAME_WORDS } from "./name-lexicon";
import type { NameTag } from "./name-tags";

let lexicon: Map<string, NameTag> | null = null;

/**
 * compromise's word lexicon (first names with gender, places, demonyms), extracted at build time
 * into name-lexicon.ts: importing compromise would dominate start-up, and whosaid never runs its
 * parser on the article. Each word carries one of these tags; the map is built on first use.
 */
function tagged(word: string, tags: ReadonlySet<NameTag>): boolean {
  if (!lexicon) {
    lexicon = new Map();
    for (const [tag, words] of Object.entries(NAME_WORDS) as Array<[NameTag, string]>) {
      if (words) for (const w of words.split("|")) lexicon.set(w, tag);
    }
  }
  const tag = lexicon.get(word);
  return tag !== undefined && tags.has(tag);
}

const MALE = new Set<NameTag>(["MaleName"]);
const FEMALE = new Set<NameTag>(["FemaleName"]);
const FIRST = new Set<NameTag>(["MaleName", "FemaleName", "FirstName"]);
const PLACE = new Set<NameTag>(["Country", "City", "Region", "Place", "Organization", "SportsTeam", "Company"]);
const DEMONYM = new Set<NameTag>(["Demonym"]);

export function genderOfFirstName(word: string): "male" | "female" | undefined {
  if (tagged(word, MALE)) return "male";
  if (tagged(word, FEMALE)) return "female";
  return undefined;
}

export const isFirstName = (word: string): boolean => tagged(word, FIRST);
/** A place or organisation name ("moscow", "united states", "nato"). */
export const isPlaceOrOrg = (words: string): boolean => tagged(words, PLACE);
export const isDemonym = (word: string): boolean => tagged(word, DEMONYM);
