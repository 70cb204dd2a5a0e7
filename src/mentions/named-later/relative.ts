/** The `relative` shape of named-later: a lede's description with "who", named opening the next sentence. */

import type { Entity } from "../types";
import { isFullName } from "../coref/name-index";
import { ARTICLES, isPluralHead } from "../words";
import type { Described } from "./index";

const THIRD_PERSON = new Set(["he", "she"]);

/**
 * The person a lede's description with a relative "who" is ("The Romanian hacker who first
 * revealed the leak was sentenced on Friday. Marek Novak, 44, known as ..."; "A woman who has
 * accused the mayor said ... Ann Lee, who ..."): the description opens its sentence, and the next
 * sentence opens with a full name set off by a comma, named there for the first time. Tokens
 * `[first, m.endToken)` are the description's, with or without the "who".
 */
export function namedAfterRelative({ m, first, at, mentions, tokens, entityOf }: Described): Entity | undefined {
  const end = m.endToken;
  const opening = tokens[first];
  if (!opening || !ARTICLES.has(opening.lower) || (first > 0 && tokens[first - 1]!.sentence === opening.sentence)) return undefined;
  const who = tokens[end - 1]?.lower === "who" ? end - 1 : tokens[end]?.lower === "who" ? end : -1;
  // "The judges who ruled": several people are no one person named next.
  const head = tokens[who - 1]?.lower ?? "";
  if (who < 0 || isPluralHead(head)) return undefined;
  let next = opening.sentence + 1;
  for (let k = at + 1; k < mentions.length; k++) {
    const x = mentions[k]!;
    if (x.firstToken < 0 || tokens[x.firstToken]!.sentence < next) continue;
    const opensNext = tokens[x.firstToken - 1]?.sentence !== next;
    if (tokens[x.firstToken]!.sentence > next || !opensNext) return undefined;
    // "A woman who ... said Sunday that ... She also described ... Ann Lee, who ...": one sentence
    // that goes on about the protagonist as "she" or "he" may come between.
    if (next === opening.sentence + 1 && x.kind === "pronoun" && THIRD_PERSON.has(tokens[x.firstToken]!.lower)) {
      next++;
      continue;
    }
    const e = x.kind === "name" ? entityOf(x) : undefined;
    const fullName = isFullName(x.text);
    const setOff = tokens[x.endToken]?.text === ",";
    const firstNamed = e?.mentions.find((y) => y.kind === "name") === x;
    return e && e.kind === "person" && fullName && setOff && firstNamed ? e : undefined;
  }
  return undefined;
}
