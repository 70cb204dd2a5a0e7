/**
 * A title set off before its holder's name: "In attendance: the Clerk, Mrs Ruth Okafor.", "the
 * Abbaa Gadaa of the district, Jaarso Boru, who ...", "The Connétable of St Brelade, Andrew
 * Renouf, told ...": a capitalised title after "the", a comma after it (or after where it is held,
 * "of the district"), then the holder's phrase. The shape is read at two stages:
 *
 * - detection (`appositeTitles`): a one-word title so set off is a role noun wherever "the" writes
 *   it alone ("the Clerk reported"), not a name (many role words, "Clerk", "Judge", are surnames too);
 * - coreference (`titlesSetOff`): a title left a name (several words, or held somewhere) is its
 *   holder wherever the article writes it ("The Abbaa Gadaa said").
 */

import type { Token } from "../document/types";
import { nameCategory } from "./detect/category";
import type { Run } from "./detect/runs";
import { HELD_AT, MAX_HELD_AT, opensItsClause } from "./detect/unlisted-heads";
import type { TokenFacts } from "./token-facts";
import type { Mention } from "./types";
import { ORG_NAME_WORDS } from "./words";

/**
 * Where the holder's phrase must start after a title of tokens `[first, end)` written after "the"
 * and set off by a comma, past where it is held ("the Abbaa Gadaa of the district, "); -1 when the
 * title is not so written.
 */
function holderStart(tokens: readonly Token[], first: number, end: number): number {
  if (tokens[first - 1]?.lower !== "the") return -1;
  const comma = heldAtEnd(tokens, end);
  return comma < 0 ? -1 : comma + 1;
}

/** The comma that ends a title at token `end`, past where it is held ("of the district"); -1 when none does. */
function heldAtEnd(tokens: readonly Token[], end: number): number {
  if (tokens[end]?.text === ",") return end;
  if (tokens[end]?.lower !== "of") return -1;
  for (let k = end + 1; k <= end + 1 + MAX_HELD_AT; k++) {
    const t = tokens[k];
    if (!t || t.sentence !== tokens[end]!.sentence || t.pos === "VERB" || t.pos === "AUX") return -1;
    if (t.text === ",") return k > end + 1 ? k : -1;
    if (t.kind !== "word") return -1;
  }
  return -1;
}

/**
 * The one-word titles of the name runs `names` set off right before a person's name, opening
 * their clause ("In attendance: the Clerk, Mrs Ruth Okafor."): role nouns wherever "the" writes
 * them alone ("the Clerk reported"), not names.
 */
export function appositeTitles(tokens: readonly Token[], facts: TokenFacts, names: readonly Run[]): Set<string> {
  const titles = new Set<string>();
  for (const [i, run] of names.entries()) {
    const t = tokens[run.first]!;
    const next = names[i + 1];
    const start = holderStart(tokens, run.first, run.end);
    // Held nowhere: the comma right after the title.
    if (run.end !== run.first + 1 || start !== run.end + 1 || next?.extentFirst !== start) continue;
    // Opening its clause: "running for the Senate, George McGovern was" joins two clauses; nor is a body's word a role.
    if (opensItsClause(tokens, run.first - 1) && /^\p{Lu}\p{Ll}+$/u.test(t.text) && !ORG_NAME_WORDS.has(t.lower) && nameCategory(tokens, facts, next) === "person") titles.add(t.text);
  }
  return titles;
}

/**
 * Titles written as names that the article gives one person in apposition ("the Sarkin Noma of
 * Gani, Malam Idris Musa,"), where the holder's name is closed by a comma or the sentence's end:
 * the title mention with its holder's name mention. Not where a role is held ("Councillor for the
 * Palmers Cross Division, Everton Blagrove,"); a title given to two people in the article is neither's.
 */
export function titlesSetOff(mentions: readonly Mention[], tokens: readonly Token[]): Map<Mention, Mention> {
  const titles = new Map<Mention, Mention>();
  const holders = new Map<string, Mention | null>();
  mentions.forEach((title, at) => {
    if (title.kind !== "name" || title.category === "organisation" || title.category === "place" || !ALL_CAPITALISED.test(title.text)) return;
    if (title.extentFirstToken !== title.firstToken) return;
    // "Councillor for the Palmers Cross Division, Everton Blagrove,": where a role is held, not the role.
    if (HELD_AT.has(tokens[title.firstToken - 2]?.lower ?? "")) return;
    const start = holderStart(tokens, title.firstToken, title.endToken);
    const holder = start < 0 ? undefined : mentions.slice(at + 1).find((x) => x.extentFirstToken >= start);
    if (holder?.kind !== "name" || holder.category !== "person" || holder.extentFirstToken !== start) return;
    // "to the Observer, her senior policy adviser, Jake Sullivan,": a title of the holder's own may come first, not an apposition.
    if (tokens.slice(start, holder.firstToken).some((t) => t.text === ",")) return;
    if (!/^[,.]$/.test(tokens[holder.extentEndToken]?.text ?? "")) return;
    const key = title.text.toLowerCase();
    const known = holders.get(key);
    holders.set(key, known === undefined || known?.text === holder.text ? holder : null);
    titles.set(title, holder);
  });
  for (const [title, holder] of titles) if (holders.get(title.text.toLowerCase()) !== holder) titles.delete(title);
  return titles;
}

/** Every word capitalised: "Abbaa Gadaa", "Sarkin Noma", "Connétable". */
const ALL_CAPITALISED = /^\p{Lu}[\p{L}'’-]*(\s+\p{Lu}[\p{L}'’-]*)*$/u;
