import type { Token } from "../document/types";
import type { Mention } from "./types";

/**
 * The text's own generic addressee: "you" in the writer's own voice ("if you don't like it"),
 * and a generic "one" ("one might think", "one has to feel") stand for any reader, not a person
 * the article names.
 */

const SECOND_PERSON = new Set(["you", "your", "yourself"]);
/** What follows a generic "one": a modal, or "has to" / "needs to". */
const GENERIC_ONE_NEXT = new Set(["might", "may", "could", "would", "should", "must", "can", "cannot", "ca", "has", "needs", "wonders"]);

/**
 * Whether speaker mention `m`, outside any quotation in marks, is the generic reader: a lone
 * "you", or "one" followed by a modal ("one might think"). Inside someone's quotation "you" is
 * whom that speaker addresses: the caller asks only for mentions outside quotations.
 */
export function isGenericReader(m: Mention, tokens: readonly Token[]): boolean {
  if (m.endToken !== m.firstToken + 1) return false;
  const word = tokens[m.firstToken]?.lower;
  if (word === undefined) return false;
  if (SECOND_PERSON.has(word)) return true;
  return word === "one" && GENERIC_ONE_NEXT.has(tokens[m.endToken]?.lower ?? "");
}
