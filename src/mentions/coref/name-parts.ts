/** A lone name that is part of a full name: which person it is, and what its gender says. */

import type { Token } from "../../document/types";
import { namedGender } from "../describe";
import { isPlaceOrOrg } from "../lexicon";
import type { Entity, Mention } from "../types";
import { HONORIFICS, TITLE_HEADS } from "../words";
import { headOf } from "./heads";
import { lastWord } from "./name-index";

/** What a person's name is set off by when the article introduces them: an age, a role, "who". */
const PERSON_APPOSITION = new Set(["a", "an", "the", "who", "whose"]);

/**
 * A person the article introduced as one, by a title before the name or an apposition after it
 * ("Li Wei, spokesperson of ...", "Hirut Tadesse, 41,", "Abebe Kebede, who chairs ..."), so that
 * the given name alone later is them ("Abebe said"); not a capitalised phrase such as "Trump Train".
 */
export function introducedAsPerson(e: Entity, tokens: readonly Token[]): boolean {
  // A place's or a firm's word opening it, or a number inside, makes it no person's name ("Russia Today", "Flight MS804").
  if (isPlaceOrOrg(e.name.split(/\s+/)[0]!.toLowerCase()) || /\d/.test(e.name)) return false;
  return e.mentions.some((x) => {
    if (x.kind !== "name") return false;
    if (x.title !== undefined) return true;
    const next = tokens[x.endToken + 1];
    return tokens[x.endToken]?.text === "," && !!next && (next.pos === "NUM" || PERSON_APPOSITION.has(next.lower) || TITLE_HEADS.has(next.lower));
  });
}

/**
 * A lone word that ends a full name in the article is that person's surname, whatever gender the
 * first-name list gives it ("Sherman" of "Wendy Sherman", "Carter", "Professor Alba" of "Richard
 * Alba"): only an honorific before it ("Mrs. Sherman") says the gender then.
 */
export function dropSurnameGender(m: Mention, candidates: readonly Entity[] | undefined, tokens: readonly Token[]): void {
  if (!m.gender || !candidates) return;
  // Without tokens (mentions made by hand), any word before the name counts as an honorific;
  // with them, any honorific that gave the gender ("Mrs.", the French "M.", "Bey" after it).
  if (tokens.length ? m.honorificGender : m.extentStart < m.start) return;
  const word = m.text.toLowerCase();
  if (candidates.some((e) => lastWord(e.name) === word)) delete m.gender;
}

/** Whether an honorific or first name gives the mention one gender and the entity's mentions the other. */
export function ofOtherGender(m: Mention, e: Entity): boolean {
  const gender = m.gender && namedGender(e);
  return !!gender && gender !== m.gender;
}

/**
 * The person whose full name ends (or starts) with this single word (byPart's candidates),
 * nearest before it, and not of the other gender ("Mrs. Clinton" is not "Bill Clinton"); `writtenAt`:
 * where a person with no mention yet is named inside another phrase.
 */
export function partOfFullName(m: Mention, candidates: readonly Entity[], writtenAt?: ReadonlyMap<Entity, { start: number }>): Entity | undefined {
  // "Mr. Khan": a man the article has shown to be one before anyone of unknown gender (the son Humayun Khan).
  const sameGender = m.gender ? candidates.filter((e) => namedGender(e) === m.gender) : [];
  let best: Entity | undefined;
  let bestDistance = Infinity;
  for (const e of sameGender.length ? sameGender : candidates) {
    if (ofOtherGender(m, e)) continue;
    // A known speaker the article has not named in full yet ranks after every full name before it;
    // a name written only inside another phrase ("a Hillary Clinton administration") counts from there.
    const first = e.mentions[0]?.start ?? writtenAt?.get(e)?.start;
    const distance = first === undefined ? 1e12 : first <= m.start ? m.start - first : 1e12 + first;
    if (distance < bestDistance) {
      best = e;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * "Mayor Hoffmann" where the article names two Hoffmanns, "The mayor of Brillange, Marie
 * Hoffmann," and "The director, Jean Hoffmann,": the one person among them the article gave the
 * title's head word, however it wrote it ("Bourgmestre" and "the bourgmestre"); else undefined.
 */
export function holderOfTitle(m: Mention, candidates: readonly Entity[] | undefined): Entity | undefined {
  if (!m.title || !candidates || candidates.length < 2) return undefined;
  const head = headOf(m.title);
  const alike = candidates.filter((e) => e.mentions.some((x) => x !== m && x.title !== undefined && headOf(x.title) === head));
  return alike.length === 1 ? alike[0] : undefined;
}

/**
 * "Clinton declared of Hillary Clinton": a lone surname shared by two people is not the one its
 * own sentence goes on to name in full as what a verb is about (a writer names that person so to
 * set them apart), when exactly one other person has that surname. Not "gifts of Donald Trump's
 * cash", a noun's "of" restating the same person. `names`: the article's names, linked to their people.
 */
export function otherOfSurnameNamedAfter(m: Mention, candidates: readonly Entity[] | undefined, names: readonly Mention[], tokens: readonly Token[]): Entity | undefined {
  if (!candidates || candidates.length !== 2) return undefined;
  const sentence = tokens[m.firstToken]!.sentence;
  const aboutAfterVerb = (x: Mention) => tokens[x.firstToken - 1]?.lower === "of" && tokens[x.firstToken - 2]?.pos === "VERB";
  const namedAfter = candidates.filter((e) => names.some((x) => x.entity === e.id && x.start > m.end && tokens[x.firstToken]!.sentence === sentence && /\s/.test(x.text.trim()) && aboutAfterVerb(x)));
  return namedAfter.length === 1 ? candidates.find((e) => e !== namedAfter[0]) : undefined;
}

/**
 * Honorifics written onto a given name with no space or hyphen: Gujarati "bhai" (brother) and
 * "ben" (sister), Hindi and Marathi "ji", "bai", "tai". ("Hasmukhbhai" is Hasmukh Shah.)
 */
const ATTACHED_HONORIFICS = ["bhai", "ben", "behn", "ji", "jee", "bai", "tai"];

/**
 * The one person whose given name a one-word name is, with an honorific written onto it
 * ("Kokilaben said" after "Kokila Shah"): undefined when no honorific ends the word, or when no
 * person or several have that given name. `firstWords`: the people by the first word of their name.
 */
export function givenNameWithHonorific(m: Mention, firstWords: ReadonlyMap<string, readonly Entity[]>): Entity | undefined {
  const word = m.text.toLowerCase();
  if (/\s/.test(word)) return undefined;
  for (const suffix of ATTACHED_HONORIFICS) {
    if (!word.endsWith(suffix) || word.length - suffix.length < 3) continue;
    const people = firstWords.get(word.slice(0, -suffix.length)) ?? [];
    if (people.length === 1) return people[0];
  }
  return undefined;
}
