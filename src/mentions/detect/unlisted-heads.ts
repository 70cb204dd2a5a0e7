/** Role nouns no list knows that head descriptions: those given a person in apposition or as a title, and those before a verb of saying. */

import type { Token } from "../../document/types";
import { TokenFacts } from "../token-facts";
import { isRoleNounShaped } from "../words";
import { roleWordBeforeName } from "./article-titles";
import { nameCategory } from "./category";
import { SAYS } from "./context-words";
import { descriptionStart } from "./description-start";
import type { Run } from "./runs";

/**
 * Role nouns no list knows, after "the", as the subject of a verb of saying ("the retired
 * schoolteacher told", "the foreman said", "the Yemeni-born grocer said"): an agent noun there is
 * someone the article has described or goes on to, who speaks, as a listed role is. In token order.
 */
export function agentsSaying(tokens: readonly Token[], listed: ReadonlySet<number>): number[] {
  const heads: number[] = [];
  for (let k = 1; k + 1 < tokens.length; k++) {
    const t = tokens[k]!;
    if (!SAYS.has(tokens[k + 1]!.lower) || t.pos !== "NOUN" || t.text !== t.lower || listed.has(k)) continue;
    if (isRoleNounShaped(t.text) && tokens[descriptionStart(tokens, k)]!.lower === "the") heads.push(k);
  }
  return heads;
}

/** How many modifiers may stand between "a" and an apposition's role noun ("a former night postman"). */
const MAX_ROLE_MODIFIERS = 3;

/** What may follow a role noun in apposition: the apposition's end, or where the role is held ("a volcanologist at the centre,"). */
const ROLE_ENDS = new Set([",", ".", "at", "with", "for", "of", "in", "from"]);

/**
 * Role nouns no list knows that this article gives a person in apposition ("Dean Whitlock, a
 * former postman,", "Retno Sari, a volcanologist at the centre,") or writes before the name as a
 * title ("defence solicitor Ruaridh Gillespie", "area coroner Dr Rebecca Hale"): there, and
 * wherever "the" takes them up ("the former postman said", "the coroner said"), they head a
 * description, as a listed role does. In token order; none of the listed heads.
 */
export function appositionRoles(tokens: readonly Token[], facts: TokenFacts, names: readonly Run[], listed: ReadonlySet<number>): number[] {
  const roles = new Set<string>();
  const isPerson = (run: Run) => nameCategory(tokens, facts, run) === "person";
  for (const run of names) {
    const before = roleBeforeName(tokens, run);
    if (before !== undefined && !listed.has(before) && isPerson(run)) roles.add(tokens[before]!.lower);
    if (tokens[run.end]?.text !== "," || !/^an?$/i.test(tokens[run.end + 1]?.text ?? "") || !isPerson(run)) continue;
    let k = run.end + 2;
    while (k < run.end + 2 + MAX_ROLE_MODIFIERS && (tokens[k]?.pos === "ADJ" || tokens[k]?.pos === "NOUN") && tokens[k + 1]?.pos !== "PUNCT" && !ROLE_ENDS.has(tokens[k + 1]?.lower ?? "")) k++;
    const head = tokens[k];
    if (head?.pos === "NOUN" && head.text === head.lower && ROLE_ENDS.has(tokens[k + 1]?.lower ?? "") && !listed.has(k)) roles.add(head.lower);
  }
  if (roles.size === 0) return [];
  const heads: number[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.pos === "NOUN" && roles.has(t.text) && !listed.has(k) && tokens[k + 1]?.pos !== "NOUN") heads.push(k);
  }
  return heads;
}

/**
 * The lower-case agent noun written right before a person's name as a title ("defence solicitor
 * Ruaridh Gillespie"), past an honorific or a title word ("area coroner Dr Rebecca Hale").
 */
function roleBeforeName(tokens: readonly Token[], run: Run): number | undefined {
  const k = roleWordBeforeName(tokens, run);
  const role = tokens[k];
  return role?.pos === "NOUN" && role.text === role.lower ? k : undefined;
}
