/** The `role-given` shape of named-later: the next sentence names a person in full and gives them the description's role. */

import type { Token } from "../../document/types";
import type { Entity, Mention } from "../types";
import { isPluralHead, isRoleNounShaped, TITLE_HEADS } from "../words";
import type { Described } from "./index";

/** How many sentences on the role's holder may be named. */
const SENTENCE_REACH = 2;
/** How many words of a role may stand before its head ("has been deputy harbour master"). */
const ROLE_REACH = 4;

/** The verbs a relative clause gives a role with: "who has been harbour master since 2016", "who is the chair". */
const GIVING = new Set(["is", "was", "has", "had", "been", "became"]);

/**
 * The person "the ROLE" is when the article has used that role for no one before and the next
 * name, a sentence or two on, is someone named for the first time and given the role, set off after it
 * ("The harbour master reminds members that ... 'I've fished two men out,' Erik Tulloch, who has
 * been harbour master since 2016, said"; "... Erik Tulloch, the harbour master, said"): the
 * writer introduces the role's holder, not a second one.
 */
export function namedByRoleGiven({ m, first, at, mentions, tokens, entityOf }: Described): Entity | undefined {
  const head = tokens[m.endToken - 1];
  // A person's role ("The ballot question ... X, a Democrat who backs the question," is no one's).
  if (tokens[first]?.lower !== "the" || !head || isPluralHead(head.lower) || !(isRoleNounShaped(head.lower) || TITLE_HEADS.has(head.lower))) return undefined;
  // The first name after it, in the next two sentences (a quotation of two sentences may come first).
  let x: Mention | undefined;
  for (let k = at + 1; k < mentions.length && !x; k++) if (mentions[k]!.kind === "name") x = mentions[k];
  if (!x || tokens[x.firstToken]!.sentence > head.sentence + SENTENCE_REACH) return undefined;
  if (tokens[x.endToken]?.text !== "," || !rolePhraseHas(tokens, x.endToken + 1, head.lower)) return undefined;
  const e = entityOf(x);
  if (e?.kind !== "person" || e.mentions[0] !== x) return undefined;
  // (Last, being the dearest: no earlier mention holds the role.)
  for (let k = 0; k < at; k++) if (tokens[mentions[k]!.endToken - 1]?.lower === head.lower) return undefined;
  return e;
}

/** Whether the phrase set off at token `k` gives the role `head`: "[who has been] [the|a] ... HEAD", a few words at most. */
function rolePhraseHas(tokens: readonly Token[], k: number, head: string): boolean {
  if (tokens[k]?.lower === "who") {
    k++;
    while (GIVING.has(tokens[k]?.lower ?? "")) k++;
  }
  const sentence = tokens[k]?.sentence;
  for (let n = 0; n <= ROLE_REACH && tokens[k + n]?.sentence === sentence; n++) {
    const t = tokens[k + n]!;
    if (t.lower === head) return true;
    if (t.pos === "PUNCT" || t.pos === "VERB") return false;
  }
  return false;
}
