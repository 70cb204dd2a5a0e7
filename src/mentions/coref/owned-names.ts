/** The name an owned description gets ("Lund advisers" for "Lund's top advisers"). */

import type { Token } from "../../document/types";
import { nameTagOf, PLACE } from "../lexicon";
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

/** Nouns a description puts after an outlet's or agency's name: "the Asahi newspaper", "the Tass news agency". */
const OUTLET_NOUNS = new Set(["newspaper", "paper", "daily", "tabloid", "weekly", "magazine", "website", "network", "broadcaster", "channel", "news", "agency", "service", "outlet", "station"]);

/**
 * "Asahi" of "the national Asahi newspaper", "Tass" of "the Tass news agency": an organisation
 * described by its capitalised name and the kind of outlet it is goes by the name alone, as the
 * article's other mentions of it would; not a place's name ("a New Hampshire paper").
 */
export function outletName(name: string, category: Mention["category"]): string {
  if (category !== "organisation") return name;
  const words = name.split(/\s+/);
  let end = words.length;
  while (end > 1 && OUTLET_NOUNS.has(words[end - 1]!)) end--;
  const named = words.slice(0, end);
  // "a New Hampshire paper" is some paper of the place, not the place.
  const outlet = named.join(" ");
  return end < words.length && named.every((w) => /^\p{Lu}/u.test(w)) && !(nameTagOf(outlet.toLowerCase()) & PLACE) ? outlet : name;
}
