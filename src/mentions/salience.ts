import { isFloatingQuantifier } from "../document/pos";
import type { Token } from "../document/types";
import type { Entity, Mention } from "./types";
import { TITLE_HEADS } from "./words";

/**
 * How salient a mention makes its entity for a pronoun that follows: news prose keeps talking
 * about the subject of the sentences just before ("Cruz belittled the issue. And he said..."),
 * not about a name in a prepositional phrase ("for Clinton", "with Bloomberg Politics") or an
 * object ("told a voter"). A score, higher for more salient; one sentence back costs one point.
 */

/** Words after which a new clause, and so a subject, can start. */
const CLAUSE_OPENERS = new Set([
  ",", ";", ":", "(", "\"", "\u201c", "\u201d", "'", "''", "``", "\u2018", "\u2019", "--", "\u2014", "\u2013",
  "that", "because", "while", "when", "if", "as", "after", "before", "since", "although", "though", "but", "so", "then",
]);
/** Verbs of speech right before a name: "said Kunin" makes Kunin the speaker, a subject. */
const SPEECH_VERBS = new Set(["said", "says", "added", "asked", "wrote", "explained", "noted", "continued", "argued", "insisted"]);
/** What may follow a subject: its verb, an apposition or a relative clause. */
const AFTER_SUBJECT_POS = new Set(["VERB", "AUX", "ADV"]);
const AFTER_SUBJECT_WORDS = new Set([",", "(", "who", "--", "\u2014", "\u2013"]);

const PER_SENTENCE = 1;
const SUBJECT = 2;
/** The first subject of a sentence is its main clause's, before any embedded one ("X said that Y planned"). */
const FIRST_IN_SENTENCE = 0.5;
const AFTER_PREPOSITION = -1;
/**
 * The subject of a clause opened by "that" after another candidate ("Okafor suggested that Reyes
 * was", "reports that Reyes planned"): what is reported, while the sentence is about its reporter.
 * A full point: "Spokesman Dan Okafor says Reyes was joined by his family. He says ..." is the
 * spokesman's, even when Reyes is the article's much-named main figure (names48).
 */
const REPORTED_SUBJECT = -1;
const POSSESSIVE = 0.5;
/** The owner of a sentence's subject that is no person ("Lee's fate is unclear, but she said"): the sentence is about the owner. */
const POSSESSOR_OF_SUBJECT = 1.5;
/** A capitalised word of unknown kind ("Fine", "Stocks", "Ferries ran late") is a weak candidate, even as a subject. */
const UNKNOWN_KIND = -1.5;
/** A pronoun whose gender the entity is known to have, over one whose gender is unknown. */
const SAME_GENDER = 0.5;

/** Whether the mention's phrase opens a clause and a verb (or apposition) follows it. */
export function isClauseSubject(m: Mention, tokens: readonly Token[]): boolean {
  return isSubjectPhrase(tokens, m.extentFirstToken, m.extentEndToken);
}

/** Whether tokens [first, end) open a clause and a verb (or apposition) follows: "Ann Lee and Tom Reyes said". */
export function isSubjectPhrase(tokens: readonly Token[], first: number, end: number): boolean {
  if (!opensClause(tokens, first)) return false;
  // "Ann Lee and Tom Reyes both said": the quantifier belongs to the subject.
  const next = isFloatingQuantifier(tokens, end) ? tokens[end + 1] : tokens[end];
  if (!next) return false;
  return AFTER_SUBJECT_POS.has(next.pos) || AFTER_SUBJECT_WORDS.has(next.lower) || verbAfterPhrase(tokens, end);
}

/** How many words a prepositional phrase between a subject and its verb may have. */
const PHRASE_REACH = 5;

/**
 * "when Reyes in his first speech called": a short prepositional phrase, then the verb, in the
 * same sentence with no punctuation or name between.
 */
function verbAfterPhrase(tokens: readonly Token[], end: number): boolean {
  const first = tokens[end]!;
  if (first.pos !== "ADP") return false;
  for (let k = end + 1; k <= end + PHRASE_REACH; k++) {
    const t = tokens[k];
    if (!t || t.sentence !== first.sentence || t.kind !== "word" || t.pos === "PROPN") return false;
    if (t.pos === "VERB" && k > end + 1) return true;
  }
  return false;
}

/** Whether token `k` starts a clause: first in its sentence or after a clause opener ("Maybe Trump is", "And Cruz said"). */
function opensClause(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  if (!before || before.sentence !== tokens[k]!.sentence || CLAUSE_OPENERS.has(before.lower)) return true;
  // "aides say Lee advises": a clause reported without "that".
  if (CLAUSE_VERBS.has(before.lower)) return true;
  // One adverb or conjunction opening the sentence: "Maybe Trump is", "And Cruz said".
  return SENTENCE_ADVERB_POS.has(before.pos) && tokens[k - 2]?.sentence !== before.sentence;
}
/** Verbs of saying or thinking whose reported clause may open without "that" ("aides say Lee advises"). */
const CLAUSE_VERBS = new Set(["say", "says", "believe", "believes", "think", "thinks"]);
const SENTENCE_ADVERB_POS = new Set(["ADV", "CCONJ", "SCONJ", "INTJ"]);

/** "said Kunin", "told Ann Lee": a name right after a speech verb is its speaker. */
export function isInvertedSpeaker(m: Mention, tokens: readonly Token[]): boolean {
  const before = tokens[m.extentFirstToken - 1];
  // "said Trump's nomination will": the name owns the subject of the reported clause.
  return !!before && SPEECH_VERBS.has(before.lower) && !isPossessive(m, tokens);
}

/** A clause's subject or a speech verb's inverted subject ("said Kunin"). */
export function isSubjectRole(m: Mention, tokens: readonly Token[]): boolean {
  return isInvertedSpeaker(m, tokens) || isClauseSubject(m, tokens);
}

/** A clause's subject, or a possessive that opens one ("Lee's renewed support for the plan came late"): what the clause is about. */
export function isTopicRole(m: Mention, tokens: readonly Token[]): boolean {
  return isSubjectRole(m, tokens) || (isPossessive(m, tokens) && opensClause(tokens, m.extentFirstToken));
}

function isPossessive(m: Mention, tokens: readonly Token[]): boolean {
  const next = tokens[m.endToken];
  return !!next && (next.lower === "'s" || next.lower === "\u2019s" || next.text === "'" || next.text === "\u2019");
}

/** Nouns for a person besides roles: "Lee's wife said she" is about the wife, not Lee. */
const KIN = new Set(["wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "friend", "partner", "family", "man", "woman"]);

/**
 * "Lee's fate is unclear", "Lee's campaign said": the mention owns the subject of its clause, a
 * thing rather than a person (whose own mention would be the candidate).
 */
function ownsClauseSubject(m: Mention, tokens: readonly Token[]): boolean {
  if (!opensClause(tokens, m.extentFirstToken)) return false;
  let end = m.endToken + 1;
  while (tokens[end]?.sentence === tokens[m.endToken]!.sentence && (tokens[end]!.pos === "ADJ" || tokens[end]!.pos === "NOUN")) end++;
  const head = tokens[end - 1]!;
  if (end === m.endToken + 1) return false;
  const singular = head.lower.replace(/s$/, "");
  if (TITLE_HEADS.has(head.lower) || TITLE_HEADS.has(singular) || KIN.has(singular)) return false;
  const next = tokens[end];
  return !!next && (next.pos === "VERB" || next.pos === "AUX");
}

/**
 * The salience a mention `distance` sentences before the pronoun gives its entity. `first`: no
 * other candidate mention comes before it in its sentence.
 */
export function mentionSalience(
  m: Mention, e: Entity, distance: number, first: boolean, tokens: readonly Token[], gender: "male" | "female" | undefined,
): number {
  let score = -PER_SENTENCE * distance;
  const subject = isSubjectRole(m, tokens);
  if (subject) score += SUBJECT + (first ? FIRST_IN_SENTENCE : isReportedSubject(m, tokens) ? REPORTED_SUBJECT : 0);
  else if (isPossessive(m, tokens)) score += ownsClauseSubject(m, tokens) ? POSSESSOR_OF_SUBJECT : POSSESSIVE;
  else if (tokens[m.extentFirstToken - 1]?.pos === "ADP") score += AFTER_PREPOSITION;
  if (e.kind === "unknown") score += UNKNOWN_KIND;
  if (gender && e.gender === gender) score += SAME_GENDER;
  return score + prominence(e);
}

/**
 * "X said that Y planned", "X says Y was accompanied": the subject of a clause reported with or
 * without "that" (a name after "says" with a verb of its own is no inverted speaker, "says Lee.").
 */
function isReportedSubject(m: Mention, tokens: readonly Token[]): boolean {
  const before = tokens[m.extentFirstToken - 1]?.lower;
  if (before === "that") return true;
  if (before === undefined || !(SPEECH_VERBS.has(before) || CLAUSE_VERBS.has(before))) return false;
  const next = tokens[m.extentEndToken];
  return next !== undefined && (next.pos === "VERB" || next.pos === "AUX");
}

/** How much an entity the article names often (its main figure) gains: a little, growing slowly. */
export function prominence(e: Entity): number {
  let score = prominenceOf.get(e);
  if (score === undefined) {
    let names = 0;
    for (const x of e.mentions) if (x.kind === "name") names++;
    score = PROMINENCE * Math.min(PROMINENCE_CAP, Math.log2(1 + names));
    // Name mentions are all linked before any description or pronoun asks: the count is final.
    prominenceOf.set(e, score);
  }
  return score;
}
const prominenceOf = new WeakMap<Entity, number>();
const PROMINENCE = 0.25;
/** Past 255 names (none in a news article), more make no difference (and so the best score a mention can reach is bounded). */
const PROMINENCE_CAP = 8;
/** The most a mention in the pronoun's own sentence can score: a subject, first, of the same gender, prominent. */
export const MAX_MENTION_SCORE = SUBJECT + FIRST_IN_SENTENCE + SAME_GENDER + PROMINENCE * PROMINENCE_CAP;

/** How many sentences back a description's referent may be named. */
const DESCRIPTION_REACH = 2;

/**
 * The most salient entity named before mention `at` that `accept` takes, within a couple of
 * sentences: what a definite description with no antecedent of its own ("the Florida senator",
 * "the agency") most likely refers to. With `subjectsOnly`, only a subject (or speaker) counts:
 * "Ann Lee and Tom Reyes spoke. The senator said" names neither clearly.
 */
export function salientBefore(
  mentions: readonly Mention[], at: number, tokens: readonly Token[],
  entityOf: (m: Mention) => Entity | undefined, accept: (m: Mention, e: Entity) => boolean,
  reach = DESCRIPTION_REACH, subjectsOnly = false,
): Entity | undefined {
  const self = mentions[at]!;
  const sentence = tokens[self.firstToken]?.sentence;
  if (sentence === undefined) return undefined;
  const found: Array<{ m: Mention; e: Entity; distance: number }> = [];
  const firstBySentence = new Map<number, Mention>();
  for (let k = at - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (m.firstToken < 0 || m.extentEndToken > self.extentFirstToken) continue;
    const s = tokens[m.firstToken]!.sentence;
    const distance = sentence - s;
    if (distance > reach) break;
    const e = entityOf(m);
    if (!e || !accept(m, e) || (subjectsOnly && !isSubjectRole(m, tokens))) continue;
    found.push({ m, e, distance });
    firstBySentence.set(s, m);
  }
  let best: Entity | undefined;
  let bestScore = -Infinity;
  for (const { m, e, distance } of found) {
    const score = mentionSalience(m, e, distance, firstBySentence.get(tokens[m.firstToken]!.sentence) === m, tokens, undefined);
    if (score > bestScore) {
      best = e;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The nearest subject before mention `at` in its own sentence that `accept` takes: who "provided a
 * written statement" or "said in the video" (the document's author).
 */
export function subjectBefore(
  mentions: readonly Mention[], at: number, tokens: readonly Token[],
  entityOf: (m: Mention) => Entity | undefined, accept: (e: Entity) => boolean,
): Entity | undefined {
  const self = mentions[at]!;
  const sentence = tokens[self.firstToken]?.sentence;
  for (let k = at - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (m.firstToken < 0 || m.extentEndToken > self.extentFirstToken) continue;
    if (tokens[m.firstToken]!.sentence !== sentence) break;
    const e = entityOf(m);
    if (e && m.kind !== "pronoun" && isSubjectRole(m, tokens) && accept(e)) return e;
  }
  return undefined;
}
