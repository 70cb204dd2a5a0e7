/** The title a name takes from the words before it: a role run set off by commas, a noun, a title word. */

import type { Doc } from "../../document/types";
import { FIRST_NAME } from "../lexicon";
import { TokenFacts } from "../token-facts";
import { DETERMINERS, NOMINAL_ADJECTIVES, POSSESSIVE_DETERMINERS, TITLE_HEADS, isPluralHead } from "../words";
import { nameCategory } from "./category";
import { POSSESSIVE_MARKS } from "./context-words";
import { descriptionStart } from "./description-start";
import { isTitleWord } from "./title-words";
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
  // "village chief Ana Lopes": a role noun the tagger reads as an adjective.
  const role = noun?.pos === "NOUN" || (noun?.pos === "ADJ" && (NOMINAL_ADJECTIVES.has(noun.lower) || TITLE_HEADS.has(noun.lower)));
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
  if (run.titleFirst === run.first) return titleBeforeHonorific(doc, run) ?? { title: undefined, extentFirst: run.extentFirst, extentEnd: run.extentEnd };
  const title = text.slice(tokens[run.titleFirst]!.start, tokens[run.first - 1]!.end);
  return { title, extentFirst: run.extentFirst, extentEnd: run.extentEnd };
}

/** How many capitalised words may modify a title word written before an honorific ("Water Resources Minister"). */
const MAX_TITLE_MODIFIERS = 3;

/**
 * "Water Resources Minister Shri Bhagaban Mahapatra", "Health Minister Mr Tom Lee": a title word
 * (with capitalised words before it) right before the honorific that opens a name's phrase is the
 * name's title, as it is before "Dr." (a title word itself); the honorific does not end the title.
 */
function titleBeforeHonorific(doc: Doc, run: Run): Titled | undefined {
  const { tokens, text } = doc;
  const last = run.extentFirst - 1;
  const word = tokens[last];
  const sentence = tokens[run.first]!.sentence;
  if (run.extentFirst === run.first || !word || word.sentence !== sentence || !/^\p{Lu}/u.test(word.text) || !isTitleWord(word.lower)) return undefined;
  let first = last;
  while (first > last - MAX_TITLE_MODIFIERS && tokens[first - 1]?.sentence === sentence && tokens[first - 1]!.kind === "word" && /^\p{Lu}/u.test(tokens[first - 1]!.text) && !DETERMINERS.has(tokens[first - 1]!.lower)) first--;
  return { title: text.slice(tokens[first]!.start, word.end), extentFirst: first, extentEnd: run.extentEnd };
}

/** Verbs of holding an office and the role noun each gives ("who chairs the association": its chairman).
 * Not "heads" or "leads": the head of a body is as often its president or director, whose title a
 * role noun "head" would then clash with. */
const OFFICE_VERBS = new Map([
  ["chairs", "chairman"], ["chaired", "chairman"],
  ["manages", "manager"], ["managed", "manager"], ["directs", "director"], ["directed", "director"], ["edits", "editor"],
  ["coaches", "coach"], ["coached", "coach"], ["founded", "founder"], ["co-founded", "co-founder"], ["owns", "owner"],
  ["represents", "representative"], ["captains", "captain"], ["hosts", "host"], ["organises", "organiser"], ["organizes", "organizer"],
]);
/** Words between "who" and the verb that leave the office the person's own: "who has chaired", "who now heads". */
const OFFICE_AUXILIARIES = new Set(["has", "had", "now", "currently", "also", "still", "once", "formerly"]);

/**
 * "Lebohang Mokoena, who chairs the growers' association, said": the role a relative clause right
 * after the name gives by its verb of holding an office, so that "the association's chairman"
 * later is that person (Mention.office).
 */
export function officeHeld(doc: Doc, run: Run): string | undefined {
  const { tokens } = doc;
  if (tokens[run.extentEnd]?.text !== "," || tokens[run.extentEnd + 1]?.lower !== "who") return undefined;
  let k = run.extentEnd + 2;
  while (OFFICE_AUXILIARIES.has(tokens[k]?.lower ?? "")) k++;
  const role = OFFICE_VERBS.get(tokens[k]?.lower ?? "");
  // The verb takes an object, the body or thing held ("who chairs the council").
  return role && tokens[k + 1]?.kind === "word" ? role : undefined;
}
