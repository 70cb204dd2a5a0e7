import { isCommonNoun } from "../document/pos";
import type { Token } from "../document/types";
import type { Entity, Mention } from "./types";
import { soleEntityBefore, UNCLEAR } from "./sole-entity";
import { ARTICLES } from "./words";
import { isSubjectRole } from "./salience";
import { namedLater } from "./named-later";

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

/** How many lower-case words may stand between a lede's determiner and a capitalised head ("The lifelong Republican"). */
const LEDE_MODIFIERS = 3;

/**
 * The protagonist of a lede that a one-word name or its phrase opens ("The lifelong Republican who
 * wrote the speech says ... Richard Voss, a former aide, ..."): the person the next sentence names.
 */
export function ledeProtagonist(
  m: Mention, at: number, mentions: readonly Mention[], tokens: readonly Token[], entityOf: (m: Mention) => Entity | undefined,
): Entity | undefined {
  return namedLater(m, at, mentions, tokens, entityOf, ["relative"], ledeOpening(m, tokens));
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
