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

/** Words that may join the capitalised words of a name ("Center for American Progress"). */
const NAME_JOINERS = new Set(["of", "for", "and", "the", "on", "&"]);
/** Nouns a description puts after an outlet's or agency's name: "the Asahi newspaper", "the Tass news agency". */
const OUTLET_NOUNS = new Set(["newspaper", "paper", "daily", "tabloid", "weekly", "magazine", "website", "network", "broadcaster", "channel", "news", "agency", "service", "outlet", "station"]);

/**
 * The name an organisation's description written around a capitalised name goes by, as the
 * article's other mentions of it would: without lower-case descriptors before it ("the
 * nonpartisan Western Risk Institute" is `Western Risk Institute`, "the liberal Center for American
 * Progress" `Center for American Progress`) and without the kind of outlet after it ("the Tass news
 * agency" is `Tass`; not a place's name: "a New Hampshire paper"). Other descriptions as given.
 */
export function writtenName(words: string, category: Mention["category"]): string {
  if (category !== "organisation") return words;
  return outletName(withoutDescriptors(words));
}

function withoutDescriptors(words: string): string {
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

function outletName(name: string): string {
  const words = name.split(/\s+/);
  let end = words.length;
  while (end > 1 && OUTLET_NOUNS.has(words[end - 1]!)) end--;
  const named = words.slice(0, end);
  const outlet = named.join(" ");
  return end < words.length && named.every((w) => /^\p{Lu}/u.test(w)) && !(nameTagOf(outlet.toLowerCase()) & PLACE) ? outlet : name;
}
