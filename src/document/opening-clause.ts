import type { Token } from "./types";

/** Parts of speech that open a subordinate clause or an introductory phrase: "While ...", "In a statement ...". */
const OPENING_POS = new Set(["SCONJ", "ADP"]);
/** Subordinating words the tagger often calls adverbs: "When terrorists are revealed ...,". */
const SUBORDINATORS = new Set(["when", "while", "whereas", "once", "after", "before", "as", "though", "although"]);

/** Whether a word can open a clause with its own subject and verb: "As X put it", "While he acknowledged". */
export function isSubordinator(t: Token): boolean {
  return SUBORDINATORS.has(t.lower);
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
