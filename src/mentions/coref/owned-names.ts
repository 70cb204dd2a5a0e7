/** The name an owned description gets ("Lund advisers" for "Lund's top advisers"). */

import type { Token } from "../../document/types";
import type { Mention } from "../types";

/**
 * An owned description's words without its lower-case adjectives and adverbs, for its name:
 * "Lund's top advisers" are `Lund advisers`, "her closest political allies" `Vance allies`; the
 * head noun and noun or proper modifiers stay ("his campaign manager", "her Treasury secretary").
 */
export function withoutModifiers(rest: string, m: Mention, tokens: readonly Token[]): string {
  const modifiers = new Set<string>();
  for (let k = m.firstToken; k < m.endToken - 1; k++) {
    const t = tokens[k]!;
    if ((t.pos === "ADJ" || t.pos === "ADV") && t.text === t.lower) modifiers.add(t.text);
  }
  const words = rest.split(/\s+/);
  const kept = words.filter((w, k) => k === words.length - 1 || !modifiers.has(w));
  return kept.join(" ");
}
