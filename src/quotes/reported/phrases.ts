import { isVerb } from "../../document/pos";
import { POSSESSIVE_DETERMINERS } from "../../document/possessives";
import type { Sentence, Token } from "../../document/types";
import { readsAsVerb, type CueMatch } from "../../lexicon/match";
import { NP_START, TIME_WORD } from "./words";

// Token-level phrase tests the reported-clause finder builds on: commas, time phrases, objects,
// verbs and where an attribution ends.

export const SUBJECTS = new Set(["he", "she", "they", "it", "we", "i", "you", "there", "this", "that"]);

/** Marks that close a sentence after its last word: `.`, `?"`, `)`, `.’`. */
const CLOSER_CHARS = ".?!\"\u201D\u2019')]";

export function tokenIndexAfter(tokens: readonly Token[], from: number, offset: number): number {
  let k = from;
  while (k < tokens.length && tokens[k]!.start < offset) k++;
  return k;
}

/** Whether `text` is one or more closing marks. */
function onlyClosers(text: string): boolean {
  return text.length > 0 && [...text].every((c) => CLOSER_CHARS.includes(c));
}

export function lastContentToken(tokens: readonly Token[], s: Sentence): number {
  let last = s.endToken - 1;
  while (last > s.firstToken && tokens[last]!.kind === "punct" && onlyClosers(tokens[last]!.text)) last--;
  return last;
}

/** How far a bare clause's verb may stand from its first word: a long subject ("the mayor's acceptance
 * of gifts from those seeking her favour was ...") stops at a semicolon or colon. */
export function clauseVerbWindow(tokens: readonly Token[], j: number, last: number): number {
  let k = j;
  while (k < last && k - j < 16 && tokens[k + 1]!.text !== ";" && tokens[k + 1]!.text !== ":") k++;
  return k;
}

/** Words that open a clause a reporting verb can take without "that": "said if elected, he would". */
export const CLAUSE_OPENERS = new Set(["if", "when", "while", "although", "though", "because", "once", "after", "before", "unless", "despite", "since", "as"]);

/** An auxiliary or a verb not ending in -ing: the finite verb of a clause. */
export function hasFiniteVerb(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (tokens[k]!.pos === "AUX" || (tokens[k]!.pos === "VERB" && !tokens[k]!.lower.endsWith("ing"))) return true;
  return false;
}

export function hasVerb(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (isVerb(tokens[k])) return true;
  return false;
}

/**
 * Whether a noun phrase follows the cue as its object: not a day ("as Lee said Monday") nor the
 * hearer of "tell" ("as Lee told the Herald"); with `nameIsObject` false, nor a name, read as a
 * hearer or a place ("has told BBC News").
 */
export function objectFollows(tokens: readonly Token[], cue: CueMatch, nameIsObject = true): boolean {
  const next = tokens[cue.endToken];
  return !!next && cue.lemma !== "tell" && NP_START.test(next.pos) && !TIME_WORD.test(next.lower) && (nameIsObject || next.pos !== "PROPN");
}

/** A capitalised word: a name even when the tagger took it for a verb ("Cook said", "said Cook provided"). */
export function capitalised(t: Token): boolean {
  return t.kind === "word" && /^\p{Lu}/u.test(t.text);
}

/** "thanked Miami and said ...": a noun phrase ends before a second verb of the same subject. */
export function beforeCoordinatedVerb(tokens: readonly Token[], j: number, last: number): number {
  for (let k = j + 1; k < last; k++) if (tokens[k]!.pos === "CCONJ" && isVerb(tokens[k + 1])) return k - 1;
  return last;
}

/** `after the meeting broke up`, `as she left` (a time clause and nothing after it), not `after the
 * convention he would ...` (a time phrase, then the clause reported). */
export function timeClauseOnly(tokens: readonly Token[], j: number, last: number): boolean {
  if (commaAfter(tokens, j, last, 20) >= 0) return false;
  let k = j + 1;
  if (SUBJECTS.has(tokens[k]?.lower ?? "")) return true;
  while (k < last && /^(DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[k]!.pos)) k++;
  return isVerb(tokens[k]);
}

/** `his plan would ...`: a possessive starts a subject only when a verb follows its noun phrase
 * (not `announced their support`). */
export function possessiveSubject(tokens: readonly Token[], j: number, last: number): boolean {
  if (!POSSESSIVE_DETERMINERS.has(tokens[j]!.lower)) return false;
  if (!/^(NOUN|PROPN|ADJ|NUM)$/.test(tokens[j + 1]?.pos ?? "")) return false;
  let k = j + 2;
  while (k < last && k - j < 8 && /^(NOUN|PROPN|ADJ|NUM|ADP|DET|PART)$/.test(tokens[k]!.pos)) k++;
  return isVerb(tokens[k]);
}

/** Words that make a number approximate: "about 40 nurses", "over half". */
const APPROXIMATE = new Set(["about", "around", "over", "under", "roughly", "approximately", "nearly", "almost", "some"]);
/** Two-word ones: "at least five", "up to 300". */
const APPROXIMATE_PAIRS = new Set(["at least", "at most", "up to"]);

/**
 * `about 40 nurses had left`, `at least five hospitals had closed`: a number made approximate
 * starts a subject, though its first word is a preposition.
 */
export function approximateNumber(tokens: readonly Token[], j: number): boolean {
  const word = tokens[j]?.lower ?? "";
  const pair = `${word} ${tokens[j + 1]?.lower ?? ""}`;
  const number = APPROXIMATE_PAIRS.has(pair) ? j + 2 : APPROXIMATE.has(word) ? j + 1 : -1;
  return number >= 0 && amountAt(tokens, number);
}

/** Fractions a subject may count in after "a" ("about a third of the trucks"). */
const FRACTIONS = new Set(["half", "third", "quarter", "fifth", "tenth", "dozen"]);
/** A currency sign written before an amount. */
const CURRENCY = /^[$£€¥]/;

/** Whether an amount starts at token `k`: a number, "half", a sum of money, or "a third". */
function amountAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  return t.pos === "NUM" || t.lower === "half" || CURRENCY.test(t.text) || ((t.lower === "a" || t.lower === "an") && FRACTIONS.has(tokens[k + 1]?.lower ?? ""));
}

/** `said $15 million had been released`: a sum of money, its sign the tagger's symbol, starts a subject. */
export function sumOfMoney(tokens: readonly Token[], j: number): boolean {
  return CURRENCY.test(tokens[j]?.text ?? "") && tokens[j + 1]?.pos === "NUM";
}

/** The token before the next comma after `from`, or `last`. */
export function nextComma(tokens: readonly Token[], from: number, last: number): number {
  for (let k = from; k <= last; k++) if (tokens[k]!.text === ",") return k - 1;
  return last;
}

const ANONYMITY = ["on", "condition", "of", "anonymity"];

/**
 * `said on condition of anonymity because he was not authorized to ...`: the AP's formula, with
 * its reason, belongs to the attribution however long it runs.
 */
export function onConditionOfAnonymity(tokens: readonly Token[], from: number): boolean {
  return ANONYMITY.every((word, k) => tokens[from + k]?.lower === word);
}

/** The last token of an attribution that starts at `from`: up to a comma within 8 tokens, or within
 * `longest` over prepositional phrases ("said on Sunday in a letter to the water company, Eaux du
 * Djurdjura"), or the clause end. */
export function endOfAttribution(tokens: readonly Token[], from: number, last: number, longest: number): number {
  for (let k = from; k <= last && k - from < MAX_PLAIN_ATTRIBUTION; k++) if (tokens[k]!.text === ",") return k - 1;
  // Further only over prepositional phrases of time and medium ("on Sunday in a letter to the water company,").
  if (tokens[from]?.pos !== "ADP") return last;
  for (let k = from + 1; k <= last && k - from <= longest; k++) {
    if (tokens[k]!.text === ",") return k - 1;
    if (!PREPOSITIONAL_PHRASE_TAGS.has(tokens[k]!.pos)) break;
  }
  return last;
}
/** How far an attribution reaches for its comma over any words. */
const MAX_PLAIN_ATTRIBUTION = 8;
const PREPOSITIONAL_PHRASE_TAGS: ReadonlySet<string> = new Set(["ADP", "DET", "NOUN", "PROPN", "NUM", "ADJ"]);

const TIME_PREPOSITIONS = new Set(["on", "for", "in", "at", "during", "over", "last", "earlier", "this"]);

/** Skips a short time or place phrase before a bare clause when a pronoun subject follows it:
 * "said for weeks he's ...", "said on Friday he met ...". */
export function skipTimePhrase(tokens: readonly Token[], j: number, last: number): number {
  if (!TIME_PREPOSITIONS.has(tokens[j]?.lower ?? "")) return j;
  for (let k = j + 1; k < last && k - j <= 5; k++) {
    if (SUBJECTS.has(tokens[k]!.lower) && tokens[k]!.pos === "PRON") return k;
    if (!/^(DET|NOUN|PROPN|NUM|ADJ)$/.test(tokens[k]!.pos)) return j;
  }
  return j;
}

/** Skips the hearer of "told": one short noun phrase ("reporters", "Russian media", "him"). */
export function skipObject(tokens: readonly Token[], j: number, last: number): number {
  let k = j;
  while (k < last && k - j < 3 && /^(PROPN|NOUN|ADJ|PRON)$/.test(tokens[k]!.pos) && !SUBJECTS.has(tokens[k]!.lower)) k++;
  return k;
}

/** The first comma in (from, from + max] before `last`, or -1. */
export function commaAfter(tokens: readonly Token[], from: number, last: number, max: number): number {
  for (let k = from; k < last && k - from < max; k++) if (tokens[k]!.text === ",") return k;
  return -1;
}

/** How many words the noun phrase of "said in a speech read ..." may hold. */
const MAX_MEDIUM = 4;

/**
 * Whether the verb at `j` is a participle describing the noun of a phrase opened by a preposition
 * right after the cue: "said in a speech read at the meeting that", "said in an interview published
 * Monday that", "..., the tribunal said in a decision published on Tuesday." It is no verb of a
 * clause: what follows "that" is the cue's, and an attribution goes on past it.
 */
export function describesMedium(tokens: readonly Token[], cue: CueMatch, j: number): boolean {
  const cueEnd = cue.endToken;
  if (!readsAsVerb(tokens, cue) || !pastParticiple(tokens[j]!) || tokens[cueEnd]?.pos !== "ADP" || j - cueEnd - 1 > MAX_MEDIUM || tokens[j - 1]?.pos !== "NOUN") return false;
  for (let k = cueEnd + 1; k < j; k++) if (!MEDIUM_WORD.test(tokens[k]!.pos)) return false;
  return true;
}

const MEDIUM_WORD = /^(DET|ADJ|NOUN|PROPN|NUM)$/;
/** Past participles of publishing without the -ed or -en ending. */
const IRREGULAR_PARTICIPLES = new Set(["read", "sent", "made", "put", "shown", "broadcast", "run", "cut"]);

function pastParticiple(t: Token): boolean {
  return t.pos === "VERB" && (/(?:ed|en)$/.test(t.lower) || IRREGULAR_PARTICIPLES.has(t.lower));
}
