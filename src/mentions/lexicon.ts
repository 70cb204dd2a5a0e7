import nlp from "compromise";

type Entry = string | string[] | undefined;
let lexicon: Record<string, Entry> | null = null;

/**
 * compromise's word lexicon (first names with gender, places, demonyms). A plain object lookup:
 * whosaid never runs compromise's full parser on the article, which would cost far more than the
 * rest of the pipeline together.
 */
function tagged(word: string, tags: ReadonlySet<string>): boolean {
  lexicon ??= (nlp.model() as { one: { lexicon: Record<string, Entry> } }).one.lexicon;
  const entry = lexicon[word];
  if (entry === undefined) return false;
  return typeof entry === "string" ? tags.has(entry) : entry.some((t) => tags.has(t));
}

const MALE = new Set(["MaleName"]);
const FEMALE = new Set(["FemaleName"]);
const FIRST = new Set(["MaleName", "FemaleName", "FirstName"]);
const PLACE = new Set(["Country", "City", "Region", "Place", "Organization", "SportsTeam", "Company"]);
const DEMONYM = new Set(["Demonym"]);

export function genderOfFirstName(word: string): "male" | "female" | undefined {
  if (tagged(word, MALE)) return "male";
  if (tagged(word, FEMALE)) return "female";
  return undefined;
}

export const isFirstName = (word: string): boolean => tagged(word, FIRST);
/** A place or organisation name ("moscow", "united states", "nato"). */
export const isPlaceOrOrg = (words: string): boolean => tagged(words, PLACE);
export const isDemonym = (word: string): boolean => tagged(word, DEMONYM);
