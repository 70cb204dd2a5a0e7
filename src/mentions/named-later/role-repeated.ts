/** The `role-repeated` shape of named-later: the next sentence repeats the description's role to name its holder. */

import { isPossessiveMark } from "../../document/pos";
import type { Token } from "../../document/types";
import type { Entity } from "../types";
import { ARTICLES, isPluralHead, ORG_HEADS } from "../words";
import type { Described } from "./index";

/**
 * The person a description is when the next sentence opens with one of its words after "the" and
 * names them in apposition ("A spokeswoman for the ministry said ... The spokeswoman, Reem
 * al-Mansouri, added ..."; "said the official who announced the repair. The official, municipal
 * manager Lwazi Mabena, said"), named there for the first time, perhaps after a title. The writer
 * who repeats the role to name its holder means the one just described, whether the description
 * was indefinite or definite; "the man who ..." takes any role so ("The curator, X,"), "The
 * official," anyone described by a body's post, and "He was Jurat X" names the one just described too. Tokens `[first, m.endToken)` are the description's.
 */
export function namedByRoleRepeated({ m, first, at, mentions, tokens, entityOf }: Described): Entity | undefined {
  const end = m.endToken;
  if (!ARTICLES.has(tokens[first]?.lower ?? "")) return undefined;
  const next = tokens[end - 1]!.sentence + 1;
  let open = end;
  while (open < tokens.length && tokens[open]!.sentence < next) open++;
  const from = nameOpening(tokens, open, first, end);
  if (from < 0) return undefined;
  const x = mentions.slice(at + 1).find((y) => y.kind === "name" && y.firstToken >= from);
  if (!x || !titleWordsOnly(tokens, from, x.firstToken)) return undefined;
  // "The official, Lee said, was ...": a name before its verb speaks of the official; it is no
  // apposition. ("He was Lee's brother": nor is an owner.)
  const after = tokens[x.endToken];
  if (after && after.sentence === next && (after.pos === "VERB" || after.pos === "AUX" || isPossessiveMark(after))) return undefined;
  const e = entityOf(x);
  return e?.kind === "person" && e.mentions[0] === x ? e : undefined;
}

/** Heads of a description that say only that someone is a person: any role may name them next ("the man who ... The curator, X,"). */
const PERSON_HEADS = new Set(["man", "woman", "person"]);

/** "He was Jurat X", "She is Dr. X": a pronoun and "be" opening the next sentence name the one just described. */
const NAMING_PRONOUNS = new Set(["he", "she"]);

/**
 * Where the name may start in the sentence opening at token `open` that names the description
 * `[first, end)`: after "The ROLE," with a word of the description's as the role (or any role for
 * "the man", "a woman"), or after "He was" / "She is"; -1 when the sentence opens otherwise.
 */
function nameOpening(tokens: readonly Token[], open: number, first: number, end: number): number {
  const opener = tokens[open]?.lower;
  if (NAMING_PRONOUNS.has(opener ?? "") && /^(is|was)$/.test(tokens[open + 1]?.lower ?? "")) return open + 2;
  const role = tokens[open + 1];
  if (opener !== "the" || !role || tokens[open + 2]?.text !== "," || isPluralHead(role.lower)) return -1;
  // The role repeated: "a retired literature teacher leafing ..." ... "The teacher,"; "The
  // official," for anyone described by a body's post ("said the head of the regency's fisheries office").
  const words = tokens.slice(first + 1, end);
  const official = role.lower === "official" && postOfBody(tokens, first, end);
  return official || words.some((t) => t.lower === role.lower || PERSON_HEADS.has(t.lower)) ? open + 3 : -1;
}

/** Whether the description `[first, end)`, with the words that run on after it ("the head [of the regency's fisheries office]"), names a body's post. */
function postOfBody(tokens: readonly Token[], first: number, end: number): boolean {
  const sentence = tokens[first]!.sentence;
  for (let k = first + 1; tokens[k]?.sentence === sentence && (k < end || (tokens[k]!.pos !== "PUNCT" && tokens[k]!.pos !== "VERB")); k++) {
    if (ORG_HEADS.has(tokens[k]!.lower)) return true;
  }
  return false;
}

/** How many words of a title may stand between the repeated role's comma and the name ("executive engineer"). */
const TITLE_REACH = 4;

/** Whether tokens [from, to) are at most a few words of a title: no punctuation (but a title's full stop, "Dr."), no verb. */
function titleWordsOnly(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > TITLE_REACH) return false;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.pos === "VERB" || t.pos === "AUX" || (t.pos === "PUNCT" && t.text !== ".")) return false;
  }
  return true;
}
