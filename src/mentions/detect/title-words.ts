/** Title words written into a name ("Sen.", "Tan Sri") and the acronym shape. */

import type { Token } from "../../document/types";
import { NAME_TITLES, TITLE_HEADS, TWO_WORD_TITLES } from "../words";

/** A single capitalised word of two to six capitals ("NATO", "CNN") names an organisation. */
export const ACRONYM = /^\p{Lu}{2,6}$/u;

/** Words that end a title written into a name, in one set for one lookup per word. */
export const TITLE_WORDS = new Set([...NAME_TITLES, ...TITLE_HEADS]);

/** A title word, or its plural before names joined by "and" ("Professors Foner and Alba", "Sens. Lee and Park"). */
export function isTitleWord(lower: string): boolean {
  return TITLE_WORDS.has(lower) || (lower.endsWith("s") && TITLE_WORDS.has(lower.slice(0, -1))) || (lower.endsWith("s.") && TITLE_WORDS.has(`${lower.slice(0, -2)}.`));
}

/** Whether token `k` ends a two-word title: "Tan Sri Wong Kah Leong". */
export function isTwoWordTitle(tokens: readonly Token[], k: number): boolean {
  return k > 0 && TWO_WORD_TITLES.has(`${tokens[k - 1]!.lower} ${tokens[k]!.lower}`);
}
