/** Offices before a name: a title with its portfolio ("Minister for Health"), and where the name after it starts. */

import type { Token } from "../../document/types";
import { LEGISLATOR_LETTERS, PORTFOLIO_WORDS } from "../words";
import { runAt } from "./runs";
import type { Run } from "./runs";
import { TITLE_WORDS } from "./title-words";

/** Words that join a title to its portfolio and a portfolio's parts: "Minister of State for Health and Children". */
const OFFICE_JOINS = new Set(["for", "of", "and", "&"]);

/**
 * Past "for" or "of" and a portfolio's capitalised words after a title ("Minister | for Health |
 * Áine Ní Bhriain"): the token where the name starts, or -1 when no portfolio follows token `k`.
 */
export function pastPortfolio(tokens: readonly Token[], k: number): number {
  const join = tokens[k]?.lower;
  if (join !== "for" && join !== "of") return -1;
  let j = k + 1;
  let words = 0;
  for (; tokens[j] && tokens[j]!.sentence === tokens[k]!.sentence; j++) {
    const t = tokens[j]!;
    if (PORTFOLIO_WORDS.has(t.lower) && /^\p{Lu}/u.test(t.text)) words++;
    else if (!OFFICE_JOINS.has(t.lower) || !words) break;
  }
  return words && !OFFICE_JOINS.has(tokens[j - 1]!.lower) ? j : -1;
}

/**
 * "Member for Mobility Wanjiru Kamau", "chair of Acme Holdings Ruth Lee": an office named in
 * words the portfolio list does not know, ended where the name run after "for" or "of" found
 * the person's name; -1 when no run starts there or its words before the name hold a title
 * ("a critic of President Obama" names no office).
 */
export function officeBeforeName(tokens: readonly Token[], names: readonly Run[], k: number): number {
  const join = tokens[k]?.lower;
  if (join !== "for" && join !== "of") return -1;
  const run = runAt(names, "titleFirst", k + 1);
  if (!run || run.first === run.titleFirst || run.extentFirst !== run.titleFirst) return -1;
  for (let j = run.titleFirst; j < run.first; j++) if (TITLE_WORDS.has(tokens[j]!.lower)) return -1;
  return run.first;
}

/** Whether the office before a name run at token `i` is written as a title: capitalised ("Member for", "MP for"), not "an official of". */
export function officeIsTitle(tokens: readonly Token[], i: number): boolean {
  return /^\p{Lu}/u.test(tokens[officeWordAt(tokens, i)]!.text);
}

/** The word before the joins and portfolio words that precede a name run at token `i`: "[Minister] for Health". */
function officeWordAt(tokens: readonly Token[], i: number): number {
  let j = i - 1;
  while (j > 0 && (OFFICE_JOINS.has(tokens[j]!.lower) || PORTFOLIO_WORDS.has(tokens[j]!.lower))) j--;
  return j;
}

/** Whether a name run starting at token `i` follows a title and its portfolio: "Minister for [Health Áine Ní Bhriain]". */
export function afterOffice(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]?.lower ?? "";
  if (!OFFICE_JOINS.has(before) && !PORTFOLIO_WORDS.has(before)) return false;
  const j = officeWordAt(tokens, i);
  // "MP for Nuwara Eliya Palani Sivakumar": a legislator's letters hold a seat as a title does.
  return TITLE_WORDS.has(tokens[j]!.lower) || LEGISLATOR_LETTERS.has(tokens[j]!.text);
}

/**
 * "the Member for Christ Church East", "the MP for Bath": a seat-holding office between "the" and
 * "for" right before a name run at token `i` holds a seat, and the run is the seat's name, not a portfolio and a
 * person's name ("County Executive Member for Mobility Wanjiru Kamau" has no "the").
 */
export function seatAfterOffice(tokens: readonly Token[], i: number): boolean {
  const office = tokens[i - 2];
  const holdsSeat = !!office && (SEAT_HOLDERS.has(office.lower) || LEGISLATOR_LETTERS.has(office.text));
  return holdsSeat && tokens[i - 1]?.lower === "for" && tokens[i - 3]?.lower === "the";
}

/** Offices that hold a seat named after them ("the Senator for Tasmania"), beside a legislator's letters ("the MP for Bath"). */
const SEAT_HOLDERS = new Set(["member", "representative", "senator", "councillor", "councilor", "deputy"]);

/**
 * "The mayor of Brillange, Marie Hoffmann, said": past "of", a name (the place or body of the
 * office) and a comma, the name in apposition that a comma closes; the token where that name
 * starts, or -1 ("critics of Trump, Cruz and Rubio" is a list, not an apposition).
 */
export function pastPlaceOfOffice(tokens: readonly Token[], names: readonly Run[], k: number): number {
  if (tokens[k]?.lower !== "of") return -1;
  const place = runAt(names, "first", k + 1);
  if (!place || tokens[place.extentEnd]?.text !== ",") return -1;
  const person = runAt(names, "first", place.extentEnd + 1);
  return person && tokens[person.extentEnd]?.text === "," ? person.first : -1;
}
