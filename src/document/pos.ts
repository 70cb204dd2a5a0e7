import type { Token } from "./types";

/** A verb or an auxiliary ("said", "has", "will"): what carries a clause. */
export function isVerb(t: Token | undefined): boolean {
  return !!t && (t.pos === "VERB" || t.pos === "AUX");
}
