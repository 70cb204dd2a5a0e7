import { nameReadAsVerb } from "./names-as-verbs";
import { quantifierTag } from "./quantifiers";
import type { Token } from "./types";

// Words wink tags by their other uses, retagged for the later stages in one pass over the tokens:
// fractions and a lone "most" heading a subject (quantifiers.ts), names read as verbs
// (names-as-verbs.ts). Each test reads the tags after its token as wink gave them.

/** Retags the words wink tags by their other uses (see quantifierTag, nameReadAsVerb). */
export function retagWords(tokens: Token[]): void {
  for (let k = 0; k < tokens.length - 1; k++) {
    const tag = quantifierTag(tokens, k) ?? (k > 0 && nameReadAsVerb(tokens, k) ? "PROPN" : undefined);
    if (tag) tokens[k]!.pos = tag;
  }
}
