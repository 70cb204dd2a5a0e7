/** Titles the article itself shows to be roles: acronyms and capitalised role words written before a name, after "the", or in apposition. */

import type { Token } from "../../document/types";
import { partyIn } from "../epithet";
import { FIRST_NAME } from "../lexicon";
import { titleInitials } from "../coref/heads";
import { TokenFacts } from "../token-facts";
import { AGENT_NOUN, ARTICLES, HONORIFICS, POST_NOMINALS } from "../words";
import type { Run } from "./runs";
import { ACRONYM, isTitleWord } from "./title-words";
import { capitalisedPersonWords } from "./unlisted-role";

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
    // "District Collector Tmt. R. Kalaivani": past an honorific too.
    const role = run.titleFirst < run.first || run.extentFirst < run.first ? tokens[roleWordBeforeName(tokens, run)] : undefined;
    if (role && role.text !== role.lower) titles.add(role.text);
    // "Deputy Public Prosecutor Nur Aisyah Rahmat ... the DPP said": a title's initials.
    const initials = run.titleFirst < run.first ? titleInitials(tokens.slice(run.titleFirst, run.first).map((t) => t.text).join(" ")) : undefined;
    if (initials !== undefined) titles.add(initials);
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
    if (tokens[k - 1]?.lower !== "the" || tokens[k]!.pos === "ADJ" || !/^\p{Lu}\p{Ll}+$/u.test(tokens[k]!.text) || partyIn(tokens[k]!.text)) continue;
    if (facts.nameTag(k) !== 0 && !titlesGivenNames(tokens, facts, tokens[k]!.text)) continue;
    const next = tokens[k + 1];
    if (next && next.sentence === tokens[k]!.sentence && (next.pos === "VERB" || next.pos === "AUX") && !facts.isCapitalised(k + 1)) roles.add(tokens[k]!.text);
    else if (SET_OFF.has(next?.lower ?? "") && titlesPersonName(tokens, facts, tokens[k]!.text)) roles.add(tokens[k]!.text);
  }
  for (const role of lowerRolesAfterThe(tokens, facts)) roles.add(role);
  return roles;
}

/** What may end a phrase of "the" and a role before its verb: "The Igwe, speaking at his palace, said", "the Igwe's cabinet". */
const SET_OFF = new Set([",", "'s", "\u2019s"]);

/**
 * Whether the article writes `word` with no determiner before a person's name of two words or
 * more ("Igwe Benedict Obiefuna": capitalised words, none a body's or a place's): a title, which
 * "the Igwe," then takes up alone ("the Sentinel," before "Sentinel Media Group" is a body's word).
 */
function titlesPersonName(tokens: readonly Token[], facts: TokenFacts, word: string): boolean {
  for (let k = 1; k + 2 < tokens.length; k++) {
    if (tokens[k]!.text !== word || tokens[k - 1]!.pos === "DET") continue;
    let end = k + 1;
    while (end < tokens.length && tokens[end]!.sentence === tokens[k]!.sentence && facts.isNameShaped(end)) end++;
    if (end - k > 2 && capitalisedPersonWords(tokens, facts, k + 1, end)) return true;
  }
  return false;
}

/**
 * Whether an apposition with a name follows the role that ends at `k` ("the bourgmestre, Marie
 * Hoffmann,", "the bourgmestre of Brillange, Marie Hoffmann,"): a comma, after "of" and a
 * capitalised place if any, then a name.
 */
function beforeAppositeName(tokens: readonly Token[], facts: TokenFacts, k: number): boolean {
  if (tokens[k]?.lower === "of" && facts.isNameShaped(k + 1)) for (k += 1; facts.isNameShaped(k); k++);
  return tokens[k]?.text === "," && facts.isNameShaped(k + 1);
}

/**
 * "Sekiwake Kirinoumi" where the article also writes "the sekiwake said": a word the article
 * writes in lower case after "the" before a verb or a name in apposition ("the bourgmestre of
 * Brillange, Marie Hoffmann,"), and capitalised before a name with no determiner, is a rank or
 * role written as a title (the capitalised form, as {@link rolesAfterThe} gives it).
 */
function lowerRolesAfterThe(tokens: readonly Token[], facts: TokenFacts): Set<string> {
  const lower = new Set<string>();
  for (let k = 1; k + 1 < tokens.length; k++) {
    const t = tokens[k]!;
    const next = tokens[k + 1]!;
    if (t.pos !== "NOUN" || tokens[k - 1]!.lower !== "the" || !/^\p{Ll}+$/u.test(t.text) || next.sentence !== t.sentence) continue;
    if (next.pos === "VERB" || next.pos === "AUX" || beforeAppositeName(tokens, facts, k + 1)) lower.add(t.text);
  }
  const roles = new Set<string>();
  if (lower.size === 0) return roles;
  for (const k of facts.nameShaped) {
    const text = tokens[k]!.text;
    // Before a name, with no determiner (a title's place): "the Census Bureau" is a name's word.
    const beforeName = facts.isNameShaped(k + 1) && tokens[k - 1]?.pos !== "DET";
    if (beforeName && lower.has(text.toLowerCase()) && /^\p{Lu}\p{Ll}+$/u.test(text) && untaggedOrTitling(facts, k) && !partyIn(text)) roles.add(text);
  }
  return roles;
}

/**
 * Whether no name list knows the word at `k`, or it is a given name ("Skip") written before a
 * given name and a further name word ("Skip Dana Kowal"): a title there, as no one is named with
 * two given names before a surname and "the skip said" elsewhere ("Bill Clinton" has one).
 */
function untaggedOrTitling(facts: TokenFacts, k: number): boolean {
  const tag = facts.nameTag(k);
  if (tag === 0) return true;
  return (tag & ~FIRST_NAME) === 0 && (facts.nameTag(k + 1) & FIRST_NAME) !== 0 && facts.isNameShaped(k + 2);
}

/** Whether the article writes `word`, a given name, as a title before a given name and a further name word ("Skip Dana Kowal"). */
function titlesGivenNames(tokens: readonly Token[], facts: TokenFacts, word: string): boolean {
  for (const k of facts.nameShaped) if (tokens[k]!.text === word && tokens[k - 1]?.pos !== "DET" && facts.nameTag(k) !== 0 && untaggedOrTitling(facts, k)) return true;
  return false;
}
