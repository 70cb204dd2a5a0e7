import { isQuotationMark } from "../document/quotation-marks";
import type { Token } from "../document/types";
import { isClauseSubject } from "./salience";
import type { Entity, Mention } from "./types";
import { lastWord } from "./coref/name-index";

/**
 * Subject, possessive and reflexive pronouns of each gender: "Reince Priebus said his party" is
 * evidence, as "he" is. Not an object ("Lee backed him up" is someone else), so "her" only before
 * a noun or an adjective (a possessive).
 */
const PRONOUN_GENDER = new Map<string, "male" | "female">([
  ["he", "male"], ["his", "male"], ["himself", "male"],
  ["she", "female"], ["her", "female"], ["hers", "female"], ["herself", "female"],
]);
const POSSESSED = new Set(["NOUN", "ADJ", "PROPN", "NUM"]);
/** How many sentences of the other gender outweigh the gender the first-name list gives a person. */
const LIST_OVERRULED = 2;

/**
 * Gives a person whose names say no gender (a first name the lexicon lacks: "Reince Priebus",
 * "Sherrod Brown") the gender the article's own pronouns give them: in a sentence without
 * quotation marks where they are the only person named or described, a "he"/"his"/"him" after
 * the name can only be theirs. The article must be of one mind (no sentence of the other gender),
 * or the person stays without one and "she" stays free to reach them as before. A person the
 * first-name list genders ("Billie" a man) takes the article's gender instead when two such
 * sentences say so and no honorific or shared surname muddies it.
 */
export function genderFromPronouns(entities: readonly Entity[], mentions: readonly Mention[], tokens: readonly Token[]): void {
  if (!tokens.length) return;
  const byId = new Map(entities.map((e) => [e.id, e]));
  const votes = new Map<Entity, { male: number; female: number }>();
  let k = 0;
  while (k < mentions.length) {
    const sentence = tokens[mentions[k]!.firstToken]?.sentence;
    let end = k;
    while (end < mentions.length && tokens[mentions[end]!.firstToken]?.sentence === sentence) end++;
    const vote = subjectVote(mentions.slice(k, end), byId, tokens);
    if (vote) {
      const tally = votes.get(vote.e) ?? { male: 0, female: 0 };
      tally[vote.gender]++;
      votes.set(vote.e, tally);
    }
    k = end;
  }
  for (const [e, { male, female }] of votes) {
    const gender = male && !female ? "male" : female && !male ? "female" : undefined;
    // A first name's listed gender gives way to the article's own pronouns ("Billie Sutton ...
    // she"), if they say so twice: once may be a person the sentence does not name ("Lee said he").
    if (gender && e.gender) {
      if (male + female >= LIST_OVERRULED && !sharesSurname(e, entities)) e.gender = gender;
    } else if (gender) e.pronounGender = gender;
  }
}

/**
 * The gender one sentence gives the person it opens with, unless an honorific gave them one: the first
 * "he"/"his"/"she"/"her" after them, before anyone else is named or described ("Reince Priebus
 * said his party"; not "Ann Lee met Tom Hale, and she", nor "her bid against Obama").
 */
function subjectVote(
  inSentence: readonly Mention[], byId: ReadonlyMap<string, Entity>, tokens: readonly Token[],
): { e: Entity; gender: "male" | "female" } | undefined {
  const people = inSentence.filter((m) => {
    if (m.kind === "pronoun") return false;
    const e = m.entity ? byId.get(m.entity) : undefined;
    return e ? e.kind === "person" || e.kind === "unknown" : m.category === "person" || m.category === "unknown";
  });
  const first = people[0];
  const person = first?.entity ? byId.get(first.entity) : undefined;
  if (!first || !person || first.kind !== "name" || !isClauseSubject(first, tokens)) return undefined;
  if (person.pronoun || person.mentions.some((m) => m.plural || m.honorificGender)) return undefined;
  // Someone else named or described after the subject: a pronoun from there on may be theirs.
  const other = people.find((m) => m.entity !== first.entity);
  const s = tokens[first.firstToken]!.sentence;
  let from = first.firstToken;
  while (from > 0 && tokens[from - 1]!.sentence === s) from--;
  for (let i = from; i < tokens.length && tokens[i]!.sentence === s; i++) {
    const t = tokens[i]!;
    // Inside a quotation "he" may be anyone the speaker talks of.
    if (isQuotationMark(t)) return undefined;
    if (other && i >= other.firstToken) return undefined;
    const gender = PRONOUN_GENDER.get(t.lower);
    if (!gender || (t.lower === "her" && !POSSESSED.has(tokens[i + 1]?.pos ?? ""))) continue;
    // "her ability to win against Obama": a pronoun before the name is someone else's.
    return i >= first.endToken ? { e: person, gender } : undefined;
  }
  return undefined;
}

/** Whether another person has this person's last name ("Ann Woods", "Ty Woods"): a bare "Woods" and its pronouns may be either's. */
function sharesSurname(e: Entity, entities: readonly Entity[]): boolean {
  const surname = lastWord(e.name);
  return entities.some((x) => x !== e && (x.kind === "person" || x.kind === "unknown") && lastWord(x.name) === surname);
}
