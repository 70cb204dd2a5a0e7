/** Letters of a degree or a licence set off after a person's name: no body's name. */

import type { Token } from "../../document/types";
import { ORGANISATION } from "../lexicon";
import { TokenFacts } from "../token-facts";
import { ORG_NAME_WORDS, POST_NOMINALS } from "../words";
import type { Run } from "./runs";

/** "MD", "FAAP", "RN", "BSN": two to five capitals, or letters a list knows ("PhD"). */
const LETTERS = /^[A-Z]{2,5}$/;

/**
 * The first tokens of the one-word runs that are credentials after a name, each set off by commas
 * ("Tomasz Wierzbicki, MD, FAAP, the unit's medical director, said"; "Ann Lee, RN, said"): the name
 * of two words or more, or another credential, before the comma; a comma or the sentence's end
 * after it; no word a list knows as a body's ("Ann Lee, NATO, ..." is not one).
 */
export function credentialRuns(tokens: readonly Token[], facts: TokenFacts, runs: readonly Run[]): Set<number> {
  const found = new Set<number>();
  let previous: Run | undefined;
  for (const run of runs) {
    const k = run.first;
    const before = previous;
    previous = run;
    if (run.end !== k + 1 || !before || tokens[k - 1]?.text !== "," || before.end !== k - 1) continue;
    const text = tokens[k]!.text;
    if (!(LETTERS.test(text) || POST_NOMINALS.has(text)) || facts.nameTag(k) & ORGANISATION || ORG_NAME_WORDS.has(tokens[k]!.lower)) continue;
    const next = tokens[k + 1];
    if (next && next.text !== "," && next.sentence === tokens[k]!.sentence) continue;
    if (found.has(before.first) || before.end - before.first >= 2) found.add(k);
  }
  return found;
}

/** The comma before the credentials that end at token `k` (a comma), or `k` itself: where the name before them ends. */
export function commaBeforeCredentials(tokens: readonly Token[], credentials: ReadonlySet<number>, k: number): number {
  while (tokens[k]?.text === "," && credentials.has(k - 1) && tokens[k - 2]?.text === ",") k -= 2;
  return k;
}
