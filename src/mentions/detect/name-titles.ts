/** The title a name takes from the words before it: a role run set off by commas, a noun, a title word. */

import type { Doc } from "../../document/types";
import { FIRST_NAME } from "../lexicon";
import { TokenFacts } from "../token-facts";
import { DETERMINERS, NOMINAL_ADJECTIVES, POSSESSIVE_DETERMINERS, isPluralHead } from "../words";
import { nameCategory } from "./category";
import { POSSESSIVE_MARKS } from "./context-words";
import { descriptionStart } from "./description-start";
import type { Run, Titled } from "./runs";

/**
 * "the Tánaiste, Gráinne Ní Shúilleabháin, said", "the Ceann Comhairle, Colm Ó Ceallacháin,": a
 * capitalised phrase after "the" (no one's name is written so) set off before a person's name is
 * the title of that name, as "the minister, Ann Lee," is; it is no mention of its own.
 */
export function roleRunsBeforeNames(doc: Doc, facts: TokenFacts, names: readonly Run[], titled: Map<number, Titled>, covered: Set<number>): void {
  const { tokens, text } = doc;
  for (let r = 0; r + 1 < names.length; r++) {
    const role = names[r]!;
    const name = names[r + 1]!;
    const the = role.extentFirst - 1;
    // Not a preposition's object ("Councillor for the Palmers Cross Division, Everton Blagrove,").
    // "the church's General Overseer, Pastor Emeka Nwosu,": an owner's role is as much a role as one after "the".
    const owned = POSSESSIVE_MARKS.has(tokens[the]?.lower ?? "") || POSSESSIVE_DETERMINERS.has(tokens[the]?.lower ?? "");
    if ((tokens[the]?.lower !== "the" && !owned) || tokens[the - 1]?.pos === "ADP" || tokens[role.extentEnd]?.text !== "," || name.extentFirst !== role.extentEnd + 1) continue;
    if (titled.has(name.first) || !/^[,.]$/.test(tokens[name.extentEnd]?.text ?? "")) continue;
    const person = (facts.nameTag(name.first) & FIRST_NAME) !== 0 || name.end - name.first >= 2;
    const kind = nameCategory(tokens, facts, role);
    if (!person || (facts.nameTag(role.first) & FIRST_NAME) !== 0 || (kind !== "person" && kind !== "unknown")) continue;
    // A name with a title word of its own ("Its President, Comrade Aisha Bello,") keeps it: the role run is only no mention.
    if (!owned || name.titleFirst === name.first) titled.set(name.first, { title: text.slice(tokens[role.extentFirst]!.start, tokens[role.extentEnd - 1]!.end), extentFirst: the, extentEnd: name.extentEnd });
    for (let k = role.extentFirst; k < role.extentEnd; k++) covered.add(k);
  }
}

/**
 * "said grain farmer Tomas Ribeiro", "skier Ann Oh": a singular common noun right before a name,
 * with its modifiers, is the name's title whatever the noun (role nouns are found as descriptions).
 */
export function nounTitle(doc: Doc, run: Run): Titled | undefined {
  const { tokens, text } = doc;
  const k = run.extentFirst - 1;
  const noun = tokens[k];
  // "Tennis great Billie Sutton": an adjective used as a role noun before a name.
  const role = noun?.pos === "NOUN" || (noun?.pos === "ADJ" && NOMINAL_ADJECTIVES.has(noun.lower));
  if (!noun || !role || noun.kind !== "word" || noun.sentence !== tokens[run.first]!.sentence) return undefined;
  if (!/^\p{Ll}/u.test(noun.text) || isPluralHead(noun.lower)) return undefined;
  // A past form the tagger took for a noun is the cue, not a title ("...," fretted Dana Ortiz): no role noun ends in -ed.
  if (noun.lower.endsWith("ed")) return undefined;
  const first = descriptionStart(tokens, k);
  const titleFirst = DETERMINERS.has(tokens[first]!.lower) ? first + 1 : first;
  if (titleFirst > k) return undefined;
  return { title: text.slice(tokens[titleFirst]!.start, noun.end), extentFirst: first, extentEnd: run.extentEnd };
}

export function titleWord(doc: Doc, run: Run): Titled | undefined {
  if (run.titleFirst === run.first && run.extentFirst === run.first) return undefined;
  const { tokens, text } = doc;
  const title = run.titleFirst < run.first ? text.slice(tokens[run.titleFirst]!.start, tokens[run.first - 1]!.end) : undefined;
  return { title, extentFirst: run.extentFirst, extentEnd: run.extentEnd };
}
