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

/** Words that may join the capitalised words of a name ("Center for American Progress"). */
const NAME_JOINERS = new Set(["of", "for", "and", "the", "on", "&"]);

/**
 * An organisation's description written as a name after lower-case descriptors: the name alone
 * ("the nonpartisan Western Risk Institute" is `Western Risk Institute`, "the liberal Center for
 * American Progress" `Center for American Progress`); other words as given.
 */
export function writtenName(words: string, m: Mention): string {
  if (m.category !== "organisation") return words;
  const list = words.split(/\s+/);
  let from = list.length;
  let capitals = 0;
  while (from > 0) {
    const w = list[from - 1]!;
    if (/^\p{Lu}/u.test(w)) capitals++;
    else if (!(NAME_JOINERS.has(w) && from < list.length && /^\p{Lu}/u.test(list[from]!))) break;
    from--;
  }
  while (from < list.length && !/^\p{Lu}/u.test(list[from]!)) from++;
  return capitals >= 2 && from > 0 ? list.slice(from).join(" ") : words;
}
