import { isCommonNoun, isPossessiveMark } from "../document/pos";
import type { Token } from "../document/types";
import type { Entity, Mention } from "./types";
import { isFullName } from "./coref/name-index";
import { soleEntityBefore, UNCLEAR } from "./sole-entity";
import { ARTICLES, isPluralHead } from "./words";
import { isSubjectRole } from "./salience";

/**
 * Which person an epithet or role description with no antecedent of its own describes, from what
 * the text says around it (coref/index.ts tries these before the article's most-named person).
 */

/** How far back (in characters) an epithet's person may be named. */
export const EPITHET_REACH = 400;
const OPENERS = /^(a|an|the|this|that|these|those)$/i;

/**
 * The one person the sentence before a description names for the first time ("… saw a culprit in
 * Ann Lee. The secretary of state went on TV"): a description opening the sentence right after
 * a newcomer tells more about them, unless the sentence names someone else other than after a
 * preposition.
 */
export function newcomerBefore(
  m: Mention, mentions: readonly Mention[], at: number, tokens: readonly Token[],
  entityOf: (m: Mention) => Entity | undefined, person: (x: Mention, e: Entity) => boolean,
): Entity | undefined {
  const sentence = tokens[m.firstToken]!.sentence;
  return soleEntityBefore(mentions, at, (x) => x.firstToken < 0 || tokens[x.firstToken]!.sentence >= sentence - 1, (x) => {
    if (x.firstToken < 0 || tokens[x.firstToken]!.sentence !== sentence - 1) return undefined;
    const e = entityOf(x);
    if (!e || !person(x, e) || modifiesNoun(tokens, x)) return undefined;
    // Someone named before who is no prepositional object ("Whitlock and Omar Reyes met the mayor") leaves it unclear.
    if (e.mentions[0] !== x) return tokens[x.extentFirstToken - 1]?.pos !== "ADP" ? UNCLEAR : undefined;
    return e;
  });
}

/** "at the tail of the Kot Nihal canal": a name between an article and a common noun modifies the noun, and is no one. */
function modifiesNoun(tokens: readonly Token[], x: Mention): boolean {
  return ARTICLES.has(tokens[x.extentFirstToken - 1]?.lower ?? "") && isCommonNoun(tokens[x.extentEndToken]);
}

/**
 * The one person named just before an epithet whose title shares a capitalised word with it ("the
 * Republican presidential nominee" after "Republican contender Tom Hale" and "Russian President
 * Ivan Orlov"): what the article says of each person picks the one the epithet describes.
 */
export function titledAlike(
  m: Mention, mentions: readonly Mention[], at: number, entityOf: (m: Mention) => Entity | undefined, counts: (x: Mention) => boolean,
): Entity | undefined {
  const words = properModifiers(m.text);
  if (!words.size) return undefined;
  return soleEntityBefore(mentions, at, (other) => m.start - other.end <= EPITHET_REACH, (other) => {
    if (other.kind !== "name" || !counts(other)) return undefined;
    const e = entityOf(other);
    return e && e.kind === "person" && e.mentions.some((x) => x.title !== undefined && [...properModifiers(x.title)].some((w) => words.has(w))) ? e : undefined;
  });
}

/** The capitalised words before a phrase's last word, lower case, with one spelling per party ("Democratic" is `democrat`). */
function properModifiers(text: string): Set<string> {
  const words = text.split(/\s+/);
  const found = new Set<string>();
  for (const w of words.slice(0, -1)) {
    if (!/^\p{Lu}\p{Ll}/u.test(w) || OPENERS.test(w)) continue;
    const lower = w.toLowerCase();
    found.add(lower === "democratic" ? "democrat" : lower);
  }
  return found;
}


/**
 * The person a lede's description with a relative "who" is ("The Romanian hacker who first
 * revealed the leak was sentenced on Friday. Marek Novak, 44, known as ..."; "A woman who has
 * accused the mayor said ... Ann Lee, who ..."): the description opens its sentence, and the next
 * sentence opens with a full name set off by a comma, named there for the first time. Tokens
 * `[first, end)` are the description's, with or without the "who".
 */
export function namedInNextSentence(
  first: number, end: number, mentions: readonly Mention[], at: number, tokens: readonly Token[], entityOf: (m: Mention) => Entity | undefined,
): Entity | undefined {
  const opening = tokens[first];
  if (!opening || !ARTICLES.has(opening.lower) || (first > 0 && tokens[first - 1]!.sentence === opening.sentence)) return undefined;
  const who = tokens[end - 1]?.lower === "who" ? end - 1 : tokens[end]?.lower === "who" ? end : -1;
  // "The judges who ruled": several people are no one person named next.
  const head = tokens[who - 1]?.lower ?? "";
  if (who < 0 || isPluralHead(head)) return undefined;
  let next = opening.sentence + 1;
  for (let k = at + 1; k < mentions.length; k++) {
    const x = mentions[k]!;
    if (x.firstToken < 0 || tokens[x.firstToken]!.sentence < next) continue;
    const opensNext = tokens[x.firstToken - 1]?.sentence !== next;
    if (tokens[x.firstToken]!.sentence > next || !opensNext) return undefined;
    // "A woman who ... said Sunday that ... She also described ... Ann Lee, who ...": one sentence
    // that goes on about the protagonist as "she" or "he" may come between.
    if (next === opening.sentence + 1 && x.kind === "pronoun" && THIRD_PERSON.has(tokens[x.firstToken]!.lower)) {
      next++;
      continue;
    }
    const e = x.kind === "name" ? entityOf(x) : undefined;
    const fullName = isFullName(x.text);
    const setOff = tokens[x.endToken]?.text === ",";
    const firstNamed = e?.mentions.find((y) => y.kind === "name") === x;
    return e && e.kind === "person" && fullName && setOff && firstNamed ? e : undefined;
  }
  return undefined;
}

/**
 * The person a description is when the next sentence opens with one of its words after "the" and
 * names them in apposition ("A spokeswoman for the ministry said ... The spokeswoman, Reem
 * al-Mansouri, added ..."; "said the official who announced the repair. The official, municipal
 * manager Lwazi Mabena, said"), named there for the first time, perhaps after a title. The writer
 * who repeats the role to name its holder means the one just described, whether the description
 * was indefinite or definite; "the man who ..." takes any role so ("The curator, X,"), and "He was
 * Jurat X" names the one just described too. Tokens `[first, end)` are the description's.
 */
export function namedByDefiniteNext(
  first: number, end: number, mentions: readonly Mention[], at: number, tokens: readonly Token[], entityOf: (m: Mention) => Entity | undefined,
): Entity | undefined {
  if (!ARTICLES.has(tokens[first]?.lower ?? "")) return undefined;
  const next = tokens[end - 1]!.sentence + 1;
  let open = end;
  while (open < tokens.length && tokens[open]!.sentence < next) open++;
  const from = nameOpening(tokens, open, first, end);
  if (from < 0) return undefined;
  const x = mentions.slice(at + 1).find((y) => y.kind === "name" && y.firstToken >= from);
  if (!x || !titleWordsOnly(tokens, from, x.firstToken)) return undefined;
  // "The official, Lee said, was ...": a name before its verb speaks of the official; it is no
  // apposition. ("He was Lee's brother": nor is an owner.)
  const after = tokens[x.endToken];
  if (after && after.sentence === next && (after.pos === "VERB" || after.pos === "AUX" || isPossessiveMark(after))) return undefined;
  const e = entityOf(x);
  return e?.kind === "person" && e.mentions[0] === x ? e : undefined;
}

/** Heads of a description that say only that someone is a person: any role may name them next ("the man who ... The curator, X,"). */
const PERSON_HEADS = new Set(["man", "woman", "person"]);

/** "He was Jurat X", "She is Dr. X": a pronoun and "be" opening the next sentence name the one just described. */
const NAMING_PRONOUNS = new Set(["he", "she"]);

/**
 * Where the name may start in the sentence opening at token `open` that names the description
 * `[first, end)`: after "The ROLE," with a word of the description's as the role (or any role for
 * "the man", "a woman"), or after "He was" / "She is"; -1 when the sentence opens otherwise.
 */
function nameOpening(tokens: readonly Token[], open: number, first: number, end: number): number {
  const opener = tokens[open]?.lower;
  if (NAMING_PRONOUNS.has(opener ?? "") && /^(is|was)$/.test(tokens[open + 1]?.lower ?? "")) return open + 2;
  const role = tokens[open + 1];
  if (opener !== "the" || !role || tokens[open + 2]?.text !== "," || isPluralHead(role.lower)) return -1;
  // The role repeated: "a retired literature teacher leafing ..." ... "The teacher,".
  const words = tokens.slice(first + 1, end);
  return words.some((t) => t.lower === role.lower || PERSON_HEADS.has(t.lower)) ? open + 3 : -1;
}

/** How many words of a title may stand between the repeated role's comma and the name ("executive engineer"). */
const TITLE_REACH = 4;

/** Whether tokens [from, to) are at most a few words of a title: no punctuation (but a title's full stop, "Dr."), no verb. */
function titleWordsOnly(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > TITLE_REACH) return false;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.pos === "VERB" || t.pos === "AUX" || (t.pos === "PUNCT" && t.text !== ".")) return false;
  }
  return true;
}

const THIRD_PERSON = new Set(["he", "she"]);
/** How many lower-case words may stand between a lede's determiner and a capitalised head ("The lifelong Republican"). */
const LEDE_MODIFIERS = 3;

/**
 * The protagonist of a lede that a one-word name or its phrase opens ("The lifelong Republican who
 * wrote the speech says ... Richard Voss, a former aide, ..."): the person the next sentence names.
 */
export function ledeProtagonist(
  m: Mention, at: number, mentions: readonly Mention[], tokens: readonly Token[], entityOf: (m: Mention) => Entity | undefined,
): Entity | undefined {
  return namedInNextSentence(ledeOpening(m, tokens), m.endToken, mentions, at, tokens, entityOf);
}

/**
 * The token a phrase around a one-word name opens with: its determiner, past a few lower-case
 * modifiers ("The lifelong Republican who ..."), else the name's own first token.
 */
function ledeOpening(m: Mention, tokens: readonly Token[]): number {
  const sentence = tokens[m.firstToken]?.sentence;
  for (let k = m.firstToken - 1; k >= 0 && k >= m.firstToken - 1 - LEDE_MODIFIERS && tokens[k]!.sentence === sentence; k--) {
    const t = tokens[k]!;
    if (ARTICLES.has(t.lower)) return k;
    if (!/^\p{Ll}/u.test(t.text)) break;
  }
  return m.firstToken;
}

/** Words that start a clause of its own after a subject's ("Hale spoke, and the senator left"). */
const CLAUSE_JOINS = new Set(["and", "but", "or", "so", "yet"]);

/**
 * The entity named as the main clause's subject earlier in an epithet's own sentence (no verb and
 * no subordinating word before it in the sentence), with no clause joined by "; " or ", and"
 * between: "Tom Hale took on Ann Lee after the front-runner had said ...", "Hale said the
 * billionaire would lose". An epithet is never the subject its clause hangs on (a writer would
 * say "he"); an apposition ("Hale, the senator,") is linked before epithets are. A subject inside
 * a subordinate clause ("When the host said Hale had not answered, the candidate said") binds nothing.
 */
export function mainSubjectAbove(
  m: Mention, mentions: readonly Mention[], at: number, tokens: readonly Token[], entityOf: (m: Mention) => Entity | undefined,
): Entity | undefined {
  const sentence = tokens[m.firstToken]?.sentence;
  let first = at;
  while (first > 0 && mentions[first - 1]!.firstToken >= 0 && tokens[mentions[first - 1]!.firstToken]!.sentence === sentence) first--;
  for (let k = first; k < at; k++) {
    const x = mentions[k]!;
    if (x.extentEndToken > m.extentFirstToken || !isSubjectRole(x, tokens)) continue;
    if (x.kind !== "name" || !opensMainClause(tokens, x.extentFirstToken) || joinedClauseBetween(tokens, x.extentEndToken, m.extentFirstToken)) return undefined;
    return entityOf(x);
  }
  return undefined;
}

/** Whether nothing before token `k` in its sentence is a verb or a word that opens a subordinate clause. */
function opensMainClause(tokens: readonly Token[], k: number): boolean {
  const sentence = tokens[k]!.sentence;
  for (let j = k - 1; j >= 0 && tokens[j]!.sentence === sentence; j--) {
    const t = tokens[j]!;
    if (t.pos === "VERB" || t.pos === "AUX" || t.pos === "SCONJ" || t.pos === "PRON" || t.lower === "that") return false;
  }
  return true;
}

/** Whether tokens [from, to) hold a ";" or a clause joined by ", and" / ", but". */
function joinedClauseBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.text === ";" || (t.text === "," && CLAUSE_JOINS.has(tokens[k + 1]?.lower ?? ""))) return true;
  }
  return false;
}
