/** Titles the article itself shows to be roles: acronyms and capitalised role words written before a name, after "the", or in apposition. */

import type { Token } from "../../document/types";
import { partyIn } from "../epithet";
import { TokenFacts } from "../token-facts";
import { AGENT_NOUN, ARTICLES, HONORIFICS, POST_NOMINALS } from "../words";
import type { Run } from "./runs";
import { ACRONYM, isTitleWord } from "./title-words";

/**
 * The token of the agent noun that ends the title written before a person's name, in any case
 * ("defence solicitor Tom Gill", "District Collector Dr. S. Lakshmi Priya"), or -1.
 */
export function roleWordBeforeName(tokens: readonly Token[], run: Run): number {
  let k = run.first - 1;
  while (k >= run.extentFirst && k >= 0 && (isTitleWord(tokens[k]!.lower) || HONORIFICS.has(tokens[k]!.lower))) k--;
  const role = tokens[k];
  return role?.kind === "word" && role.sentence === tokens[run.first]!.sentence && AGENT_NOUN.test(role.lower) ? k : -1;
}

/** What may follow a role in apposition: its portfolio or place ("the MCA for Makongeni"), or the apposition's end. */
const APPOSITION_ENDS = new Set(["for", "of", "in", ",", "."]);

/**
 * The acronyms and capitalised agent nouns that end a title written before a name ("MCA" of
 * "Makongeni MCA Daniel Kiprotich", "Collector" of "District Collector Dr. S. Lakshmi Priya"; not
 * "DNC" of "DNC Chairwoman Debbie Wasserman Schultz"), follow a name as a
 * post-nominal ("MS" of "Iolo Vaughan MS") or stand in apposition to a name ("Daniel Kiprotich,
 * the MCA for Makongeni,"), as written.
 */
export function acronymTitles(tokens: readonly Token[], names: readonly Run[], roles: ReadonlySet<string>): Set<string> {
  const titles = new Set<string>();
  for (const run of names) {
    const last = tokens[run.first - 1];
    if (run.titleFirst < run.first && last && (ACRONYM.test(last.text) || roles.has(last.text))) titles.add(last.text);
    // "District Collector Dr. S. Lakshmi Priya ... the Collector said": a capitalised role, as written.
    const role = run.titleFirst < run.first ? tokens[roleWordBeforeName(tokens, run)] : undefined;
    if (role && role.text !== role.lower) titles.add(role.text);
    for (let k = run.end; k < run.extentEnd; k++) if (POST_NOMINALS.has(tokens[k]!.text)) titles.add(tokens[k]!.text);
    const k = run.extentEnd;
    const acronym = tokens[k + 2];
    if (tokens[k]?.text === "," && ARTICLES.has(tokens[k + 1]?.lower ?? "") && acronym && ACRONYM.test(acronym.text) && APPOSITION_ENDS.has(tokens[k + 3]?.lower ?? "")) {
      titles.add(acronym.text);
    }
  }
  return titles;
}

/**
 * Capitalised words the article writes alone after "the", before a verb ("the Taoiseach replied",
 * "the Collector said"): roles, as a name is not written ("the Dónaill said").
 */
export function rolesAfterThe(tokens: readonly Token[], facts: TokenFacts): Set<string> {
  const roles = new Set<string>();
  for (const k of facts.nameShaped) {
    // A word of lower-case letters after its capital, that no name list knows or a party's ("the SVP", "the U.S.", "the Republican" are other things).
    if (tokens[k - 1]?.lower !== "the" || tokens[k]!.pos === "ADJ" || !/^\p{Lu}\p{Ll}+$/u.test(tokens[k]!.text) || facts.nameTag(k) !== 0 || partyIn(tokens[k]!.text)) continue;
    const next = tokens[k + 1];
    if (next && next.sentence === tokens[k]!.sentence && (next.pos === "VERB" || next.pos === "AUX") && !facts.isCapitalised(k + 1)) roles.add(tokens[k]!.text);
  }
  return roles;
}
