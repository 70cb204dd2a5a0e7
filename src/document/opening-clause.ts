import type { Token } from "./types";

/** Parts of speech that open a subordinate clause or an introductory phrase: "While ...", "In a statement ...". */
const OPENING_POS = new Set(["SCONJ", "ADP"]);
/** Subordinating words the tagger often calls adverbs: "When terrorists are revealed ...,". */
const SUBORDINATORS = new Set(["when", "while", "whereas", "once", "after", "before", "as", "though", "although"]);

/** Whether a word can open a clause with its own subject and verb: "As X put it", "While he acknowledged". */
export function isSubordinator(t: Token): boolean {
  return SUBORDINATORS.has(t.lower);
}

/** Words that open a clause of cause, condition or time, which the tagger reads as prepositions or subordinators alike. */
const CONDITIONS = new Set(["because", "since", "if", "unless", "until"]);

/** Whether a word opens a subordinate clause of time, cause or condition: a subordinator or "because", "if", "until", .... */
export function opensAdverbialClause(t: Token): boolean {
  return SUBORDINATORS.has(t.lower) || CONDITIONS.has(t.lower);
}

/**
 * The comma that closes the clause or phrase opening a sentence at `from`, if one opens it and
 * closes before `limit`; else -1. Cues inside it ("While he admitted ..., Dorsey noted", "In a
 * note announcing the choice, the guild called") are not the main clause's verb.
 */
export function openingClauseEnd(tokens: readonly Token[], from: number, limit: number): number {
  const opener = tokens[from];
  if (!opener || !(OPENING_POS.has(opener.pos) || isSubordinator(opener))) return -1;
  for (let i = from + 1; i < limit; i++) if (tokens[i]!.text === ",") return i;
  return -1;
}

/**
 * Like `openingClauseEnd`, past one opening phrase after another ("Later in the show, after the
 * interview ended, Lee said"; "Ever since she endorsed him, Warren has been"): the comma that
 * closes the last of them. An adverb before a preposition or subordinator opens one too ("Later
 * in the show,"). For attribution, where the main clause's subject is wanted.
 */
export function openingPhrasesEnd(tokens: readonly Token[], from: number, limit: number): number {
  if (!opensPhrase(tokens, from)) return -1;
  let end = -1;
  for (let i = from + 1; i < limit; i++) {
    if (tokens[i]!.text !== ",") continue;
    end = i;
    if (!opensPhrase(tokens, i + 1)) break;
  }
  return end;
}

/** Whether the word at `k` opens a phrase or clause: a preposition or subordinator, or an adverb before one. */
function opensPhrase(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (OPENING_POS.has(t.pos) || isSubordinator(t)) return true;
  const next = tokens[k + 1];
  if (participleOpens(t, next)) return true;
  return t.pos === "ADV" && !!next && (OPENING_POS.has(next.pos) || isSubordinator(next));
}

/**
 * `Speaking to supporters, Lee said`, `Asked about the plan, Lee said`: a capitalised participle
 * opens a phrase, unless it modifies the noun after it (`Lobbying records filed in ...` is the
 * subject) or is the "According" of "according to" (its source is who the sentence cites).
 */
export function participleOpens(t: Token, next: Token | undefined): boolean {
  if (t.pos !== "VERB" || t.lower === "according" || !/^\p{Lu}\p{Ll}+(?:ing|ed)$/u.test(t.text)) return false;
  return !next || !/^(?:NOUN|PROPN)$/.test(next.pos);
}
