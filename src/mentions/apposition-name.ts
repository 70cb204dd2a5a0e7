import { isCommonNoun, isPossessiveMark, isPossessiveS } from "../document/pos";
import type { Token } from "../document/types";
import type { Entity, Mention } from "./types";
import { pastGloss } from "./role-gloss";
import { COPULAS, DETERMINERS, EPITHET_PEOPLE, LEGISLATOR_LETTERS, NAME_TITLES, POST_NOMINALS, TITLE_HEADS, isRoleNounShaped } from "./words";

/** Nouns for a person that a name can be set off after: roles ("his best friend"), and "a man", "a user". */
const PERSON_NOUNS: ReadonlySet<string> = new Set([...TITLE_HEADS, ...EPITHET_PEOPLE, "person", "guy", "user"]);

/**
 * A role a name can be set off after: a person noun, a role noun no list knows ("its coordinator,
 * Khadija Ba"), or a legislator's letters ("the local MLA, Declan Rooney,").
 */
const isPersonNoun = (t: Token): boolean =>
  PERSON_NOUNS.has(t.lower) || LEGISLATOR_LETTERS.has(t.text) || (isCommonNoun(t) && isRoleNounShaped(t.lower));

/** Words that give a description its name: "a man calling himself Paul Paul", "a user named Ann Lee". */
const NAMING = [
  ["calling", "himself"], ["calling", "herself"], ["named"], ["called"], ["known", "as"], ["identified", "as"],
  ["identified", "only", "as"], ["known", "only", "as"],
];

/**
 * After "who", the words that give the name an unnamed person chose to be known by: "who gave his
 * name only as Yaw", "who asked to be identified only as Claire", "who would give only her first
 * name, Ama" (ending before the name).
 */
const GAVE_NAME = new RegExp(
  "^(?:later )?(?:(?:would )?(?:only )?gave (?:only )?(?:his|her|their) (?:first )?name (?:only )?as" +
    "|(?:asked|wished|wanted|requested|preferred) to be (?:identified|named|called|known) (?:only )?(?:by (?:his|her|their) first name )?as" +
    "|would (?:only )?give (?:only )?(?:his|her|their) (?:first )?name(?: as| ,)) ",
);

/** Tokens a short phrase after a description may run before its comma: "a mother of three, who ...". */
const MAX_AFTER_HEAD = 3;

/**
 * "an illegal miner, 24, who gave his name only as Yaw", "A mother of three, who asked to be
 * identified only as Claire": past a short prepositional phrase (or a participle's: "a woman
 * selling tea at the next stall, who later gave her name as X") or an age set off by commas and
 * a phrase of {@link GAVE_NAME}, the token where the name starts; -1 when no such phrase follows.
 */
function gaveNameAs(tokens: readonly Token[], end: number): number {
  let k = end;
  if (tokens[k]?.pos === "ADP") {
    const limit = k + 1 + MAX_AFTER_HEAD;
    k++;
    while (k < limit && tokens[k] && /^(NOUN|NUM|DET|ADJ|PROPN)$/.test(tokens[k]!.pos)) k++;
  } else if (/^(VERB|NOUN)$/.test(tokens[k]?.pos ?? "") && tokens[k]!.lower.endsWith("ing")) {
    // "a woman selling papaya salad at the next stall, who later gave her name as X": a participle's phrase.
    const limit = k + 1 + 2 * MAX_AFTER_HEAD;
    k++;
    while (k < limit && tokens[k] && /^(NOUN|NUM|DET|ADJ|PROPN|ADP)$/.test(tokens[k]!.pos)) k++;
  }
  if (tokens[k]?.text === "," && tokens[k + 1]?.pos === "NUM" && tokens[k + 2]?.text === ",") k += 3;
  else if (tokens[k]?.text === ",") k++;
  if (tokens[k]?.lower !== "who") return -1;
  const words: string[] = [];
  for (let j = k + 1; j < k + 14 && tokens[j]; j++) words.push(tokens[j]!.lower);
  const match = GAVE_NAME.exec(`${words.join(" ")} `);
  return match ? k + 1 + match[0].trim().split(" ").length : -1;
}

/** A word of one to four lower-case letters and a full stop: "ga.", "mag.", "dr.", "sig.". */
const LOWER_CASE_ABBREVIATION = /^\p{Ll}{1,4}\.$/u;

/** How many tokens a parenthetical after an apposition's name may span ("(Con, Moorside)"). */
const MAX_PARENTHETICAL = 8;

/** The token after the letters and a parenthetical that may follow a name at token `k` ("Cllr Tom Hale (Con, Moorside),", "Advocate Jo Ward SC,"), or `k`. */
function pastParenthetical(tokens: readonly Token[], k: number): number {
  while (tokens[k] && POST_NOMINALS.has(tokens[k]!.text)) k++;
  if (tokens[k]?.text !== "(") return k;
  for (let j = k + 1; j <= k + MAX_PARENTHETICAL && tokens[j]; j++) if (tokens[j]!.text === ")") return j + 1;
  return k;
}

/**
 * "The second witness, the mayor of Svinoy, Marjun Dam,": past one more apposition of a role (a
 * determiner, nouns and short prepositional phrases, no verb, up to a comma) to the name; `k` is
 * the token after the first comma. "The last witness, the economist Turid Dam of the Sound
 * Institute,": a lower-case role noun the name follows inside that apposition (`embedded`, where a
 * prepositional phrase may follow the name up to the comma). `k` itself when no such apposition
 * starts there. `given`: the apposition is a person who "gave his name only as" the name there.
 */
function pastRoleApposition(tokens: readonly Token[], k: number, sentence: number): { start: number; embedded: boolean; given?: boolean } {
  const none = { start: k, embedded: false };
  // "the rink's coach, who is also the brothers' father, Gilles Thibodeau": a role given by "who is" is an apposition too.
  const relative = tokens[k]?.lower === "who" && COPULAS.has(tokens[k + 1]?.lower ?? "") ? k + (tokens[k + 2]?.pos === "ADV" ? 3 : 2) : k;
  if (!DETERMINERS.has(tokens[relative]?.lower ?? "")) return none;
  let noun = false;
  for (let j = relative + 1; j < relative + MAX_PHRASE && tokens[j] && tokens[j]!.sentence === sentence; j++) {
    const t = tokens[j]!;
    if (t.text === ",") return noun ? { start: j + 1, embedded: false } : none;
    // "asked the first speaker, a retired bus driver who gave his name only as Earl": the name that apposition's person gave.
    const given = noun && t.lower === "who" ? gaveNameAs(tokens, j) : -1;
    if (given > 0) return { start: given, embedded: false, given: true };
    // "the company's representative, a lawyer from Quetzaltenango named Rodrigo Alvarado": the name the apposition's person goes by.
    const naming = noun && relative === k ? NAMING.find((words) => words.every((w, i) => tokens[j + i]?.lower === w)) : undefined;
    if (naming) return { start: j + naming.length, embedded: false };
    if (!isPhraseWord(t, tokens[j - 1]!)) return none;
    const before = tokens[j - 1]!;
    if (t.pos === "PROPN" && isCommonNoun(before) && isPersonNoun(before)) return { start: j, embedded: true };
    noun ||= t.pos === "NOUN";
  }
  return none;
}

/** "Turid Dam of the Sound Institute,": past a short prepositional phrase after a name to the comma or full stop that closes it, or `k`. */
function pastPhraseToComma(tokens: readonly Token[], k: number, sentence: number): number {
  if (tokens[k]?.pos !== "ADP") return k;
  for (let j = k + 1; j < k + MAX_PHRASE && tokens[j] && tokens[j]!.sentence === sentence; j++) {
    if (tokens[j]!.text === "," || tokens[j]!.text === ".") return j;
    if (!isPhraseWord(tokens[j]!, tokens[j - 1]!)) return k;
  }
  return k;
}

/**
 * A word of a role's noun phrase or a short prepositional phrase: nouns, adjectives, determiners,
 * prepositions, and a possessive ("the Inkosi's induna", "the brothers' father", "St. George's Church").
 */
function isPhraseWord(t: Token, before: Token): boolean {
  return /^(PROPN|NOUN|DET|ADJ|NUM|ADP|CCONJ)$/.test(t.pos) || isPossessiveS(t) || (isPossessiveMark(t) && /s$/.test(before.lower));
}

/** Words a title before an apposition's name may follow: "the Venerable", "former MLA". */
const BEFORE_TITLE: ReadonlySet<string> = new Set(["the", "former", "retired"]);

/** What may follow an apposition's name (past a parenthetical): its end, not a verb ("the governor, Lee said" is no apposition). */
const AFTER_NAME = new Set([",", ".", ";", ":", ")", "who", "whose", "--", "\u2014", "\u2013"]);
/** How many tokens the prepositional phrases between the description and its name may run ("at
 * Lehigh", "of Parliament for the area", "for Lands and Natural Resources"). */
const MAX_PHRASE = 8;

/**
 * The person a description ending before token `end` is named as right after it: "his best
 * friend at Lehigh, Bruce Turry, said", "said another user, Ann Lee.", "a man calling himself
 * Paul Paul", not "a spa called Bulgari Tower". The name must end its phrase (a comma, a full stop, "who", the end of the
 * sentence), so "after meeting the governor, Lee said" names no one. `from` is a place in the
 * sorted `mentions` at or before the name. `personRole`: the description is already read as a
 * person's (a role no list knows that the article gives a person: "The village's mukhtar, Dr. Hasan Ertan,").
 */
export function appositionName(
  end: number, mentions: readonly Mention[], from: number, tokens: readonly Token[], entityOf: (m: Mention) => Entity | undefined,
  personRole = false,
): Entity | undefined {
  const sentence = tokens[end - 1]?.sentence;
  const givenName = gaveNameAs(tokens, end);
  if (sentence === undefined || (givenName < 0 && !personRole && !isPersonNoun(tokens[end - 1]!))) return undefined;
  let k = end;
  let embedded = false;
  let given = false;
  const naming = NAMING.find((words) => words.every((w, j) => tokens[end + j]?.lower === w));
  if (naming) k += naming.length;
  else if (givenName > 0) k = givenName;
  else {
    // "his best friend at Lehigh, Bruce Turry", "the Member of Parliament for the area, Dr X": past
    // short prepositional phrases (and an "and" inside them) to the comma.
    if (tokens[k]?.pos === "ADP") {
      const limit = k + MAX_PHRASE;
      k++;
      // (A capitalised word is a name's, whatever its tag: "for Coastal Works", "Works" read as a verb.)
      while (k < limit && tokens[k] && tokens[k]!.text !== "," && tokens[k]!.sentence === sentence && (tokens[k]!.pos === "PUNCT" || isPhraseWord(tokens[k]!, tokens[k - 1]!) || /^\p{Lu}/u.test(tokens[k]!.text))) k++;
    }
    // A credit line's "Anchor: Dana Whitcombe.", "Host: Ola Berg": a capitalised role and a colon.
    const credit = tokens[k]?.text === ":" && k === end && /^\p{Lu}/u.test(tokens[end - 1]!.text);
    if (tokens[k]?.text !== "," && !credit) return undefined;
    ({ start: k, embedded, given = false } = pastRoleApposition(tokens, pastGloss(tokens, k + 1), sentence));
  }
  // "the chief monk, the Venerable Nhem Sovann", "the factory's chairman, former MLA Anandrao
  // Desai": an article or a past office before a capitalised title and the name.
  const titled = BEFORE_TITLE.has(tokens[k]?.lower ?? "") && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? "") ? k + 1 : k;
  // "Dr (Mrs) Ronke Fashola": a title, then an honorific in parentheses, then the name.
  let noted = NAME_TITLES.has(tokens[titled]?.lower ?? "") && tokens[titled + 1]?.text === "(" ? pastParenthetical(tokens, titled + 1) : titled;
  // "His wife, ga. Marija Kovačič,", "Its director, mag. Boštjan Rožič,": a title abbreviated in lower case before the name.
  if (LOWER_CASE_ABBREVIATION.test(tokens[noted]?.text ?? "") && /^\p{Lu}/u.test(tokens[noted + 1]?.text ?? "")) noted++;
  for (let j = from; j < mentions.length; j++) {
    const other = mentions[j]!;
    if (other.extentFirstToken > noted) return undefined;
    // "The Minister, Hon. Sione Fifita,": the detector already took the capitalised role for the name's title (its extent).
    const titledByRole = other.extentFirstToken < end && other.firstToken >= k;
    const startsThere = other.extentFirstToken === k || other.firstToken === k || other.extentFirstToken === noted || other.firstToken === noted;
    if (other.kind !== "name" || (!startsThere && !titledByRole)) continue;
    if (noted !== k && other.firstToken === k) continue;
    const pastName = pastParenthetical(tokens, other.endToken);
    // "Turid Dam of the Sound Institute,", "Mrs Hilary Stone of Church Close.": past a short prepositional phrase after the name.
    const after = tokens[AFTER_NAME.has(tokens[pastName]?.lower ?? "") ? pastName : pastPhraseToComma(tokens, pastName, sentence)];
    // "A mother who asked to be named only as Ma Thida said ...": the relative clause ends at the name, whatever follows.
    if (after && after.sentence === sentence && !AFTER_NAME.has(after.lower) && givenName < 0 && !given) return undefined;
    const e = entityOf(other);
    // After "named" or "gave his name as", a name no lexicon knows ("Yaw") is a person's too.
    return e && (e.kind === "person" || ((naming || givenName > 0 || given) && e.kind === "unknown")) ? e : undefined;
  }
  return undefined;
}
