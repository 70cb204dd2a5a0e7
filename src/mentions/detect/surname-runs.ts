/** Name runs revised by the full names the article gives: surnames of common words, acronyms before a surname. */

import type { Doc, Token } from "../../document/types";
import { FIRST_NAME } from "../lexicon";
import { TokenFacts } from "../token-facts";
import { HONORIFICS } from "../words";
import { isNamePart } from "./name-words";
import type { Run } from "./runs";
import { ACRONYM } from "./title-words";

/**
 * "Cabinet Secretary Hassan Abdi Warsame ... CS Warsame told journalists": capitals before the
 * surname of someone the article has named in full are the title they hold, not part of a name.
 */
export function acronymsBeforeSurnames(tokens: readonly Token[], facts: TokenFacts, runs: Run[]): Run[] {
  const surnames = new Map<string, number>();
  for (const run of runs) {
    const last = tokens[run.end - 1]!.text;
    // A person's full name: a first name opens it ("NBC News" and "USA TODAY" are no one's).
    if (run.end - run.first >= 2 && facts.nameTag(run.first) & FIRST_NAME && !surnames.has(last)) surnames.set(last, run.first);
  }
  for (const run of runs) {
    const surname = tokens[run.first + 1]?.text ?? "";
    const named = surnames.get(surname);
    // Capitals before a word in lower case: "RAMÓN OCHOA", a transcript's label, is a name in capitals.
    if (run.end - run.first === 2 && named !== undefined && named < run.first && ACRONYM.test(tokens[run.first]!.text) && surname !== surname.toUpperCase()) run.first++;
  }
  return runs;
}

/**
 * "George Will ... Instead, Will called for", "Theresa May ... May said": after a person's full
 * name, the surname alone is a name wherever it is capitalised, whatever the tagger made of it
 * (a modal, a verb); at a sentence's start only before a verb ("Will urged", not "Will he run?").
 */
export function withSurnamesOfCommonWords(doc: Doc, facts: TokenFacts, runs: Run[]): Run[] {
  const { tokens, sentences } = doc;
  const firstSeen = new Map<string, number>();
  for (const run of runs) {
    const last = tokens[run.end - 1]!;
    if (run.end - run.first >= 2 && facts.nameTag(run.first) & FIRST_NAME && !firstSeen.has(last.text)) firstSeen.set(last.text, run.end);
  }
  if (!firstSeen.size) return runs;
  const added: Run[] = [];
  let r = 0;
  for (const i of facts.nameShaped) {
    while (r < runs.length && runs[r]!.extentEnd <= i) r++;
    const inRun = r < runs.length && runs[r]!.extentFirst <= i;
    const seen = firstSeen.get(tokens[i]!.text);
    if (inRun || seen === undefined || seen > i || isNamePart(tokens, facts, i, false)) continue;
    const atStart = i === sentences[tokens[i]!.sentence]!.firstToken;
    if (atStart && tokens[i + 1]?.pos !== "VERB") continue;
    const honorific = HONORIFICS.has(tokens[i - 1]?.lower ?? "") ? i - 1 : i;
    added.push({ first: i, end: i + 1, titleFirst: i, extentFirst: honorific, extentEnd: i + 1 });
  }
  if (!added.length) return runs;
  return [...runs, ...added].sort((a, b) => a.first - b.first);
}
