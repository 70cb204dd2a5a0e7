import type { Token } from "./types";

/** A verb or an auxiliary ("said", "has", "will"): what carries a clause. */
export function isVerb(t: Token | undefined): boolean {
  return !!t && (t.pos === "VERB" || t.pos === "AUX");
}

/** The possessive 's, straight or curly ("the study's", "Lee\u2019s"). */
export function isPossessiveS(t: Token | undefined): boolean {
  return !!t && (t.lower === "'s" || t.lower === "\u2019s");
}

/**
 * "Farmers in the north say", "the region's south": a word wink read as an adverb right after
 * "the" or a possessive is a noun.
 */
export function nounReadAsAdverb(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  return tokens[k]?.pos === "ADV" && (before?.lower === "the" || isPossessiveS(before));
}
