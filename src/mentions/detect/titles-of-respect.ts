/** Titles of respect no list knows, learned from the article ("Tayta Julián Quispe Mamani" ... "Tayta Julián"). */

import { isAttachedHyphen, isCommonNoun } from "../../document/pos";
import type { Token } from "../../document/types";
import { FIRST_NAME, nameTagOf, ORGANISATION, PHRASE_START, PLACE } from "../lexicon";
import { TokenFacts } from "../token-facts";
import { EITHER_GENDER_NAMES, HONORIFICS, ORG_NAME_WORDS } from "../words";
import { isTitleWord } from "./title-words";
import { wordsAfterHonorifics } from "./unlisted-role";

/**
 * Titles of respect no list knows, learned from the article itself: a capitalised word the name
 * lexicon does not know, written before a person's name of two to four words (a known first name
 * first) and, elsewhere,
 * before that name's first or last word alone ("Tayta Julián Quispe Mamani" ... "Tayta Julián",
 * "Pè Jean-Robert Désir" ... "Pè Désir"), as "Mr" is before "Mr Désir". A name is not written
 * shortened after a word of its own. So is such a word before the first word alone of a name
 * the article has written in full without it ("Saro Benedetto" ... "Nonno Saro said"), a word it
 * never writes alone (as a surname is): a given name does not gain a word. Each title comes with
 * the given names the article writes alone after it ("Julián", "Saro"; none for "Pè"). So, too,
 * is such a word before a known given name and one surname word the article writes apart
 * ("Maître Aminata Koné-Sidibé" ... "Me Koné-Sidibé").
 */
export function titlesOfArticle(tokens: readonly Token[], facts: TokenFacts): Map<string, ReadonlySet<string>> {
  const { long, short, shortGiven, bareFirst, alone, beforeOne, inLexicon, insideName } = readNameShapes(tokens, facts);
  // (The set of lower-case words is built only when a candidate gets that far: most articles have none.)
  let lower: Set<string> | undefined;
  const writtenLower = (word: string) => (lower ??= new Set(tokens.filter((t) => t.text === t.lower).map((t) => t.lower))).has(word.toLowerCase());
  // The first word alone shows a title only when it is a given name: one the lexicon knows, or one
  // the text never writes alone, as a surname is ("Rush Limbaugh Explains" ... "Rush Limbaugh" ...
  // "Limbaugh said"), nor in lower case ("Black Lives Matter" ... "Black Lives").
  const givenName = (word: string) => isGivenName(word.toLowerCase()) || (!alone.has(word) && !writtenLower(word));
  // Per title, the given names the article writes alone after it (none when a surname alone showed it a title).
  const titles = new Map<string, Set<string>>();
  const learn = (word: string, given?: string) => {
    const names = titles.get(word) ?? titles.set(word, new Set()).get(word)!;
    if (given !== undefined) names.add(given);
  };
  // The surname (its first word, at `at`) written elsewhere without the given name before it
  // ("Me Koné-Sidibé", "Mr Bains", "Koné-Sidibé said").
  // (A word written like a name-shaped one is name-shaped too: only those need reading.)
  const surnameApart = (at: number, first: string) => facts.nameShaped.some((k) => k !== at && tokens[k]!.text === tokens[at]!.text && tokens[k - 1]?.text !== first);
  // (Not a word written after an honorific, a surname: "Mr Tan Wei Ming".)
  let afterHonorific: Set<string> | undefined;
  // Only one surname word after the given name: "João Carlos Silva Pereira" ... "Pereira" is two given names.
  const titledSurname = (word: string, first: string, at: number) =>
    at >= 0 && first !== "" && !alone.has(word) && isGivenName(first.toLowerCase()) && surnameApart(at, first) && !writtenLower(word) && !(afterHonorific ??= wordsAfterHonorifics(tokens)).has(word);
  for (const [word, names] of long) {
    const after = short.get(word);
    const given = shortGiven.get(word);
    for (const [first, last, surnameAt] of names) {
      // ("Der Vartan Kalousdian" ... "Der Vartan said"; not two given names.) Nor is the full name a
      // thing's, whose last word the text writes in lower case ("Grand Central Publishing").
      const ownName = inLexicon.has(word);
      if (ownName && insideName.has(word)) continue;
      if (first && given?.has(first) && givenName(first) && !writtenLower(last) && !(ownName && isGivenName(first.toLowerCase()))) learn(word, first);
      else if (after?.has(last)) learn(word);
      // "Maître Aminata Koné-Sidibé" ... "Me Koné-Sidibé": the surname the article writes apart shows
      // the name to start at the known given name after the word (not at an initial: "Yulia V.
      // Tymoshenko" ... "Ms. Tymoshenko"; not at a given name the article writes alone: "Ketanji").
      else if (!after && !ownName && titledSurname(word, first, surnameAt)) learn(word);
    }
  }
  // A given name: the first word of a full name written before, never alone as a surname is
  // ("Megyn Kelly" ... "The Kelly File" ... "Kelly said"; "Sunil Mehta" ... "Mehta Packaging").
  // Nor a common word the text also writes in lower case ("Granite State" ... "Granite Staters", "the state").
  for (const [word, after] of beforeOne) {
    for (const [given, at] of after) if ((bareFirst.get(given) ?? at) < at && !alone.has(given) && !writtenLower(given)) learn(word, given);
  }
  return titles;
}

/** What the article's capitalised runs show of the words that open them (see titlesOfArticle). */
interface NameShapes {
  /** Per word: the given name after it (or ""), the last word and where a one-word surname starts (or -1), of each name of two to four words it stands before. */
  long: Map<string, Array<[string, string, number]>>;
  /** Per word: the words written alone after it. */
  short: Map<string, Set<string>>;
  /** Per word: the words written alone after it where a person is named on their own. */
  shortGiven: Map<string, Set<string>>;
  /** Where a word first opens a person's name of two to four words with no capitalised word before it. */
  bareFirst: Map<string, number>;
  /** The words written alone. */
  alone: Set<string>;
  /** Per word: the single words right after it, with where. */
  beforeOne: Map<string, Array<[string, number]>>;
  /** Words the lexicon knows only as a phrase's first word, and words written inside a name. */
  inLexicon: Set<string>;
  insideName: Set<string>;
}

/** One pass over the name-shaped words: what each opening word stands before. */
function readNameShapes(tokens: readonly Token[], facts: TokenFacts): NameShapes {
  const long = new Map<string, Array<[string, string, number]>>();
  const short = new Map<string, Set<string>>();
  const shortGiven = new Map<string, Set<string>>();
  const bareFirst = new Map<string, number>();
  const alone = new Set<string>();
  const beforeOne = new Map<string, Array<[string, number]>>();
  const inLexicon = new Set<string>();
  const insideName = new Set<string>();
  for (const k of facts.nameShaped) {
    const w = tokens[k]!;
    const end = nameWordsEnd(tokens, facts, k);
    const words: number[] = [];
    for (let j = k + 1; j < end; j++) if (tokens[j]!.text !== "-") words.push(j);
    const start = !(facts.isNameShaped(k - 1) && tokens[k - 1]!.sentence === w.sentence) && !(k > 0 && isInnerHyphen(tokens, k));
    // (Not alone as a surname is after a lower-case title or kin word: "everyone calls him uncle Ramiz".)
    if (start && words.length === 0) {
      if (!isCommonNoun(tokens[k - 1])) alone.add(w.text);
    }
    // (A person's name takes no article: "The Kelly File" is a show's.)
    else if (start && words.length <= 3 && !bareFirst.has(w.text) && tokens[k - 1]?.pos !== "DET" && personWords(tokens, facts, [k, ...words])) bareFirst.set(w.text, k);
    // A word the lexicon knows only as a phrase's first word ("Der" of "der spiegel") is a title
    // only by the given name written alone after it (below), never by a surname. (Not a first name:
    // "Kamal Bey Ghosn" ... "Kamal Bey said", "Marine Le Pen" ... "Marine Le".)
    const tag = facts.nameTag(k);
    if (tag & ~PHRASE_START || ORG_NAME_WORDS.has(w.lower) || HONORIFICS.has(w.lower) || w.text === w.text.toUpperCase()) continue;
    if (tag !== 0) inLexicon.add(w.text);
    // (Nor a word the article also writes inside a name: "Marine Le Pen" ... "Le Pen Backs Trump" ... "Le Pen said".)
    if (!start) insideName.add(w.text);
    if (words.length === 1 && tag === 0) (short.get(w.text) ?? short.set(w.text, new Set()).get(w.text)!).add(tokens[words[0]!]!.text);
    // (A person is named so on its own, not after "of", "and", a number or an adjective, nor as a
    // noun's modifier: "the daughter of Aung San", "Petah Tikva and Bnei Brak", "recent Special Operations deployments".)
    // ("According to Tannie Ria," names a person on their own, after its "to".)
    const accordingTo = tokens[k - 1]?.lower === "to" && tokens[k - 2]?.lower === "according";
    if (words.length === 1 && words[0] === k + 1 && start && (!NOT_BEFORE_PERSON.has(tokens[k - 1]?.pos ?? "") || accordingTo) && !isCommonNoun(tokens[k + 2])) {
      (shortGiven.get(w.text) ?? shortGiven.set(w.text, new Set()).get(w.text)!).add(tokens[k + 1]!.text);
    }
    if (words.length === 1 && words[0] === k + 1 && tag === 0) (beforeOne.get(w.text) ?? beforeOne.set(w.text, []).get(w.text)!).push([tokens[k + 1]!.text, k]);
    // A person's name: no body's or place's word ("Paron Hagop Garabedian" ... "Paron Garabedian",
    // "Ten Kaiea Tekanene" ... "Ten Kaiea").
    else if (words.length >= 2 && words.length <= 4 && personWords(tokens, facts, words)) {
      const given = givenAfter(tokens, k, words, end) ? tokens[k + 1]!.text : "";
      (long.get(w.text) ?? long.set(w.text, []).get(w.text)!).push([given, tokens[end - 1]!.text, surnameStart(tokens, end - 1) === k + 2 ? k + 2 : -1]);
    }
  }
  return { long, short, shortGiven, bareFirst, alone, beforeOne, inLexicon, insideName };
}

const NOT_BEFORE_PERSON = new Set(["ADP", "NUM", "DET", "ADJ", "CCONJ"]);

/**
 * Whether the word after k may be a given name after a title of respect, by the run's shape: not
 * joined to k ("Dodd-Frank Act"), no title inside ("Judicial Watch President Tom Fitton"), and a
 * last word that is no acronym ("Our Principles PAC").
 */
function givenAfter(tokens: readonly Token[], k: number, words: readonly number[], end: number): boolean {
  const last = tokens[end - 1]!.text;
  return words[0] === k + 1 && !words.some((j) => isTitleWord(tokens[j]!.lower)) && last !== last.toUpperCase();
}

/** The end of the run of name-shaped words (and inner hyphens) from k, in its sentence. */
function nameWordsEnd(tokens: readonly Token[], facts: TokenFacts, k: number): number {
  let end = k + 1;
  while (end < tokens.length && tokens[end]!.sentence === tokens[k]!.sentence && (facts.isNameShaped(end) || isInnerHyphen(tokens, end))) end++;
  return end;
}

/** Whether the words are a person's: no body's or place's word among them. */
function personWords(tokens: readonly Token[], facts: TokenFacts, words: readonly number[]): boolean {
  return words.every((j) => !ORG_NAME_WORDS.has(tokens[j]!.lower) && !(facts.nameTag(j) & (ORGANISATION | PLACE)));
}

/** A first name the lexicon knows, of either gender, accents aside ("Julián", "Jean"). */
function isGivenName(lower: string): boolean {
  const plain = lower.normalize("NFD").replace(/\p{M}/gu, "");
  return (nameTagOf(plain) & FIRST_NAME) !== 0 || EITHER_GENDER_NAMES.has(plain);
}

/** The first word of the hyphenated name word ending at k ("Koné" of "Koné-Sidibé"). */
function surnameStart(tokens: readonly Token[], k: number): number {
  while (k >= 2 && isInnerHyphen(tokens, k)) k--;
  return k;
}

/** A hyphen joining two parts of one name word: "Jean-Robert". */
function isInnerHyphen(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  return isAttachedHyphen(tokens, k) || (tokens[k - 1]?.text === "-" && /^\p{Lu}/u.test(t.text) && tokens[k - 1]!.end === t.start);
}
