import type { Token } from "./types";

/** A verb or an auxiliary ("said", "has", "will"): what carries a clause. */
export function isVerb(t: Token | undefined): boolean {
  return !!t && (t.pos === "VERB" || t.pos === "AUX");
}

/** The possessive 's, straight or curly ("the study's", "Lee\u2019s"). */
export function isPossessiveS(t: Token | undefined): boolean {
  return !!t && (t.lower === "'s" || t.lower === "\u2019s");
}
