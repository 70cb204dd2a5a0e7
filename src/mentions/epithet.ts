import { DEMONYM, nameTagOf, PLACE, PLACE_OR_ORG } from "./lexicon";
import type { Entity, Mention } from "./types";

/** Party words that end an epithet ("the Utah Republican") and the words that give each party. */
const PARTIES = new Map<string, readonly string[]>([
  ["republican", ["republican", "republicans", "gop", "r"]],
  ["democrat", ["democrat", "democratic", "democrats", "d"]],
  ["democratic", ["democrat", "democratic", "democrats", "d"]],
]);
const OPENERS = new Set(["the", "a", "an", "this", "that"]);
/** What every party word of more than one letter contains: a phrase without it names no party, unsplit. */
const PARTY_WORD = /republican|democrat|gop/i;

/** The lower-case words of a phrase, without opening determiners. */
function wordsOf(text: string): string[] {
  const words = text.toLowerCase().split(/\s+/);
  let k = 0;
  while (k < words.length - 1 && OPENERS.has(words[k]!)) k++;
  return words.slice(k);
}

/**
 * A capitalised phrase taken for a name that is an epithet: a place and a party word ("Utah
 * Republican", "Vermont Democrat"). It refers to a person named elsewhere in the article.
 */
export function isEpithetName(text: string): boolean {
  if (!PARTY_WORD.test(text)) return false;
  const words = wordsOf(text);
  if (words.length < 2 || !PARTIES.has(words[words.length - 1]!)) return false;
  return (nameTagOf(words.slice(0, -1).join(" ")) & PLACE) !== 0;
}

/** The party an epithet names ("republican" of "the Utah Republican"), if any. */
export function partyOf(text: string): string | undefined {
  if (!PARTY_WORD.test(text)) return undefined;
  const words = wordsOf(text);
  const last = words[words.length - 1]!;
  return PARTIES.has(last) ? last : undefined;
}

/**
 * The one party a description's words give it ("democrat" of "the Democratic front-runner"), if
 * any: words of both parties ("a Republican who backs Democrats") give none.
 */
export function partyIn(text: string): string | undefined {
  // Most descriptions name no party: one scan says so before the words are split.
  if (!PARTY_WORD.test(text)) return undefined;
  const words = text.toLowerCase().split(/[^a-z]+/);
  const found = [...new Set(["republican", "democrat"].filter((party) => words.some((w) => w.length > 1 && PARTIES.get(party)!.includes(w))))];
  return found.length === 1 ? found[0] : undefined;
}

/** Whether two phrases name different parties: "the GOP nominee" is not "the Democratic nominee". */
export function partiesClash(a: string, b: string): boolean {
  const pa = partyIn(a);
  const pb = pa === undefined ? undefined : partyIn(b);
  return pb !== undefined && pa !== pb;
}

/**
 * Whether what the article writes next to this entity's names, its title and its descriptions
 * gives it another party than `party` ("Democratic presidential candidate Hillary Clinton" is no
 * Utah Republican, nor is "the Democratic front-runner").
 */
export function ofOtherParty(e: Entity, party: string, textAround: (m: Mention) => string): boolean {
  const other = OTHER_PARTY_WORDS.get(party)!;
  const says = (text: string) => PARTY_WORD.test(text) && text.toLowerCase().split(/[^a-z]+/).some((w) => other.has(w));
  return (e.title !== undefined && says(e.title)) || e.mentions.some((m) => (m.kind === "name" ? says(textAround(m)) : m.kind === "description" && says(m.text)));
}

/** For each party word, the words of the other parties (of more than one letter): what "of another party" reads. */
const OTHER_PARTY_WORDS = new Map<string, ReadonlySet<string>>(
  [...PARTIES].map(([party, own]) => [party, new Set([...PARTIES.values()].flat().filter((w) => w.length > 1 && !own.includes(w)))]),
);

/**
 * The places that modify a description ("Florida" of "the Florida senator"), lower case: two
 * descriptions with different ones ("the Vermont senator", "the Florida senator") are
 * different people.
 */
function placeModifiers(text: string): string[] {
  const words = text.split(/\s+/);
  return words.slice(0, -1).filter((w) => /^\p{Lu}/u.test(w) && (nameTagOf(w.toLowerCase()) & PLACE) !== 0).map((w) => w.toLowerCase());
}

/** Whether two descriptions' places contradict: both have some, and none in common. */
export function modifiersClash(a: string, b: string): boolean {
  const ma = placeModifiers(a);
  const mb = placeModifiers(b);
  return ma.length > 0 && mb.length > 0 && !ma.some((w) => mb.includes(w));
}

const POSSESSIVE_END = /(?:'s|\u2019s|'|\u2019)$/u;

/**
 * The capitalised words that modify a description's head, lower case and without "'s": "cruz" of
 * "The Cruz campaign", "rubio" of "Rubio's campaign" (an opening determiner is no modifier).
 */
function nameModifiers(text: string): string[] {
  const words = text.split(/\s+/).slice(0, -1);
  let k = 0;
  while (k < words.length && OPENERS.has(words[k]!.toLowerCase())) k++;
  // Places, nations and acronyms are left to placeModifiers ("The US spokesperson" may be "a White House spokesman").
  const named = words.slice(k).filter((w) => /^\p{Lu}\p{Ll}/u.test(w)).map((w) => w.replace(POSSESSIVE_END, "").toLowerCase());
  return named.filter((w) => (nameTagOf(w) & (PLACE_OR_ORG | DEMONYM)) === 0);
}

/**
 * Whether two descriptions name different owners or bodies before the same head ("The Cruz
 * campaign" is not "Rubio's campaign", "the Democratic National Committee" not "the Republican
 * National Committee"): both have capitalised modifiers, and none in common.
 */
export function nameModifiersClash(a: string, b: string): boolean {
  const ma = nameModifiers(a);
  const mb = nameModifiers(b);
  return ma.length > 0 && mb.length > 0 && !ma.some((w) => mb.includes(w));
}

/**
 * Whether the article gives this entity only the other party than `party`: words of both near its
 * names ("Trump and Democrat Ann Lee") leave it open.
 */
export function onlyOfOtherParty(e: Entity, party: string, textAround: (m: Mention) => string): boolean {
  const other = party === "republican" ? "democrat" : "republican";
  return ofOtherParty(e, party, textAround) && !ofOtherParty(e, other, textAround);
}
