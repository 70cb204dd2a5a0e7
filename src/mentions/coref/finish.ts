/** An entity's name, title, kind and gender, from its mentions once linking is done. */

import { countWords } from "../../document";
import type { SpeakerKind } from "../../types";
import { nicknameWithSurname, withoutNickname } from "../alias";
import { isEpithetName } from "../epithet";
import { isFirstName } from "../lexicon";
import type { Entity, Mention } from "../types";
import { nameKey } from "./name-key";
import { isGivenAndPatronymic, oneEditApart } from "./name-variants";

/**
 * The name without a nickname in marks ("Sebastião “Tião” Moreira": Sebastião Moreira), or the
 * nickname with the surname where the article also names the person so ("Robert C. “Bobby”
 * Scott ... Bobby Scott": Bobby Scott, the name the person goes by).
 */
export function plainName(e: Entity, name: Mention): string {
  const goesBy = nicknameWithSurname(name);
  if (goesBy === undefined) return name.text;
  const key = nameKey(goesBy);
  return e.mentions.some((m) => m.kind === "name" && nameKey(m.text) === key) ? goesBy : withoutNickname(name);
}

/** How many of the entity's name mentions read `text`. */
function uses(e: Entity, text: string): number {
  let n = 0;
  for (const m of e.mentions) if (m.kind === "name" && m.text === text) n++;
  return n;
}

/**
 * Of two spellings as full, the one used more often: a misspelling given once loses to the usual
 * one. Two spellings one letter apart used as often ("Hilary" in the summary, "Hillary" in the
 * text) are told apart by the first-name list, then by length: a dropped letter is a commoner slip
 * than an added one.
 */
function betterSpelt(e: Entity, text: string, than: string): boolean {
  if (text === than) return false;
  // "Rinat Sabirov" names him however often "Rinat Faritovich" addresses him.
  const addressed = Number(isGivenAndPatronymic(than)) - Number(isGivenAndPatronymic(text));
  if (addressed !== 0) return addressed > 0;
  const difference = uses(e, text) - uses(e, than);
  if (difference !== 0) return difference > 0;
  const [a, b] = [text.toLowerCase().split(/\s+/), than.toLowerCase().split(/\s+/)];
  const differing = a.findIndex((w, k) => w !== b[k]);
  if (differing < 0 || a.slice(differing + 1).join(" ") !== b.slice(differing + 1).join(" ")) return false;
  const [word, other] = [a[differing]!, b[differing]!];
  if (!oneEditApart(word, other)) return false;
  const listed = Number(isFirstName(word)) - Number(isFirstName(other));
  return listed !== 0 ? listed > 0 : word.length > other.length;
}

/** Name, title, kind and gender of an entity from its mentions (a known speaker keeps its name). */
export function finish(e: Entity, known: boolean): void {
  let fullest: Mention | undefined;
  let fullestWords = 0;
  let nameCount = 0;
  let title: string | undefined;
  let kind: SpeakerKind | undefined;
  let gender = e.gender;
  let describedGender: "male" | "female" | undefined;
  let honorific: "male" | "female" | undefined;
  for (const m of e.mentions) {
    // An epithet ("Utah Republican") linked to a person is no spelling of the name.
    if (m.kind === "name" && (!isEpithetName(m.text) || e.mentions.every((x) => x.kind !== "name" || isEpithetName(x.text)))) {
      nameCount++;
      const words = countWords(m.text);
      if (!fullest || words > fullestWords || (words === fullestWords && betterSpelt(e, m.text, fullest.text))) {
        fullest = m;
        fullestWords = words;
      }
    }
    if (title === undefined && m.title) title = m.title;
    if (kind === undefined && m.category !== "unknown") kind = m.category;
    if (!gender && m.gender && m.kind !== "description") gender = m.gender;
    // An honorific ("Ms. Sutton") outweighs the list's gender of a first name ("Billie").
    if (m.honorificGender && !honorific && !e.gender) gender = honorific = m.gender;
    if (!describedGender && m.gender && m.kind === "description") describedGender = m.gender;
  }
  // A description's noun ("the woman", "his father") genders only a person the article never
  // names: one linked to a name may be a wrong link ("the first lady" inside a quotation).
  if (!gender && describedGender && nameCount === 0) gender = describedGender;
  if (fullest && !known && (fullestWords >= countWords(e.name) || e.mentions.length === nameCount)) e.name = plainName(e, fullest);
  if (e.title === undefined && title !== undefined) e.title = title;
  if (e.kind === "unknown" && kind !== undefined) e.kind = kind;
  if (gender) e.gender = gender;
}
