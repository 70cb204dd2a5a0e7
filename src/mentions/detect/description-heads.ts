/** The head tokens of descriptions: listed role nouns, unlisted ones, demonyms and acronym titles, less measures of time. */

import type { Token } from "../../document/types";
import { DEMONYM, isDemonymNoun } from "../lexicon";
import { TokenFacts } from "../token-facts";
import { DETERMINERS, LEGISLATOR_LETTERS } from "../words";
import { acronymTitles } from "./article-titles";
import { POSSESSIVE_MARKS } from "./context-words";
import type { Run } from "./runs";
import { isTitleWord } from "./title-words";
import { agentsSaying, appositionRoles } from "./unlisted-heads";
import { pairWordHeads } from "../former-latter";
import { appositeTitles } from "../set-off-titles";

/** Units of time whose possessive measures what follows ("20 years' service", "two weeks' notice"). */
const TIME_UNITS = new Set(["hour", "hours", "day", "days", "night", "nights", "week", "weeks", "month", "months", "year", "years", "decade", "decades"]);

/** "20 years' service", "a day's work": a noun owned by a unit of time is an amount, no one who speaks. */
export function isMeasure(tokens: readonly Token[], head: number): boolean {
  const mark = tokens[head - 1];
  const unit = tokens[head - 2];
  return !!mark && !!unit && (POSSESSIVE_MARKS.has(mark.lower) || mark.text === "\u2019") && TIME_UNITS.has(unit.lower);
}

/** Points of the compass that may open a demonym ("the South African"). */
const COMPASS_WORDS = new Set(["North", "South", "East", "West"]);

/**
 * Role heads; nationalities after "the" that end their phrase ("the Swede told", "the South
 * African said"), an epithet of a person as "the 71-year-old" is; and acronyms this article
 * writes as a person's title ("Makongeni MCA Daniel Kiprotich", "Iolo Vaughan MS") after a
 * determiner or a possessive ("said the MCA", "the area's MSP"): a role noun there, not an
 * organisation's name. In token order.
 */
export function withEpithets(tokens: readonly Token[], facts: TokenFacts, names: readonly Run[], roles: ReadonlySet<string>): number[] {
  const listed = new Set(facts.descriptionHeads);
  const heads = [...facts.descriptionHeads, ...appositionRoles(tokens, facts, names, listed), ...agentsSaying(tokens, listed), ...pairWordHeads(tokens)];
  heads.push(...titlesAfterThe(tokens, names, new Set(heads)));
  const titles = acronymTitles(tokens, names, roles);
  for (const title of appositeTitles(tokens, facts, names)) titles.add(title);
  for (const k of facts.nameShaped) {
    const before = tokens[k - 1]?.lower ?? "";
    // "the MCA said", not "the MCA Daniel Kiprotich" (a title before a name).
    // "the local MPA, Arshad Warraich,": a legislator's letters after a determiner and an adjective too.
    const afterAdjective = tokens[k - 1]?.pos === "ADJ" && DETERMINERS.has(tokens[k - 2]?.lower ?? "");
    if ((titles.has(tokens[k]!.text) || LEGISLATOR_LETTERS.has(tokens[k]!.text)) && (DETERMINERS.has(before) || POSSESSIVE_MARKS.has(before) || afterAdjective) && !facts.isNameShaped(k + 1)) {
      heads.push(k);
      continue;
    }
    // "the South African", "the North Korean": a point of the compass before the demonym.
    const compass = COMPASS_WORDS.has(tokens[k - 1]?.text ?? "") && tokens[k - 2]?.lower === "the";
    if ((before !== "the" && !compass) || !((facts.nameTag(k) & DEMONYM) || isDemonymNoun(tokens[k]!.lower))) continue;
    const next = tokens[k + 1];
    if (next && next.sentence === tokens[k]!.sentence && (facts.isCapitalised(k + 1) || next.pos === "NOUN" || next.pos === "PROPN")) continue;
    heads.push(k);
  }
  return heads.length === facts.descriptionHeads.length ? heads : heads.sort((a, b) => a - b);
}

/**
 * "Haji Ahmad Nasrullah ... the haji said", "Ustad Ghulam Sakhi ... the ustad added": a title the
 * article writes before a name, written in lower case after "the" at the end of its phrase, is a
 * description of the titled person, whether or not any list knows the word as a role.
 */
function titlesAfterThe(tokens: readonly Token[], names: readonly Run[], found: ReadonlySet<number>): number[] {
  const titles = new Set<string>();
  // A title of one word that opens its phrase ("Secretary of State Jon Husted" makes no "the state" a person).
  // Of a longer title, a title word opening it ("Imam Abdirahman Sheikh Nur": `imam`).
  for (const run of names) {
    const before = tokens[run.titleFirst - 1];
    const opening = run.titleFirst === run.first - 1 || (run.titleFirst < run.first && isTitleWord(tokens[run.titleFirst]!.lower));
    if (opening && !(before && before.sentence === tokens[run.first]!.sentence && (before.pos === "ADP" || /^\p{Lu}/u.test(before.text)))) {
      titles.add(tokens[run.titleFirst]!.lower);
    }
  }
  const heads: number[] = [];
  if (titles.size === 0) return heads;
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    const next = tokens[k + 1];
    if (found.has(k) || tokens[k - 1]!.lower !== "the" || t.text !== t.lower || !titles.has(t.lower)) continue;
    if (next && next.sentence === t.sentence && /^(NOUN|PROPN)$/.test(next.pos)) continue;
    heads.push(k);
  }
  return heads;
}
