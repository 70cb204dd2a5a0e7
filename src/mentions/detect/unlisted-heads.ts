/** Role nouns no list knows that head descriptions: those given a person in apposition or as a title, and those before a verb of saying. */

import { isCommonNoun, isNounTagged } from "../../document/pos";
import type { Token } from "../../document/types";
import { TokenFacts } from "../token-facts";
import { ARTICLES, COPULAS, isPluralHead, isRoleNounShaped, POSSESSIVE_DETERMINERS } from "../words";
import { roleWordBeforeName } from "./article-titles";
import { nameCategory } from "./category";
import { POSSESSIVE_MARKS, SAYS } from "./context-words";
import { beforeGloss } from "../role-gloss";
import { descriptionStart } from "./description-start";
import type { Run } from "./runs";

/** The tags of such a head: a word of a persuasion ("socialist", "centrist") is often tagged an adjective. */
const NOUN_OR_ADJECTIVE = new Set(["NOUN", "ADJ"]);

/**
 * Role nouns no list knows, after "the", as the subject of a verb of saying ("the retired
 * schoolteacher told", "the foreman said", "the Yemeni-born grocer said"): an agent noun there is
 * someone the article has described or goes on to, who speaks, as a listed role is. In token order.
 */
export function agentsSaying(tokens: readonly Token[], listed: ReadonlySet<number>): number[] {
  const heads: number[] = [];
  for (let k = 1; k + 1 < tokens.length; k++) {
    const t = tokens[k]!;
    // "the self-described socialist said": a word of a persuasion is tagged an adjective, yet ends its phrase as a noun.
    if (!SAYS.has(tokens[k + 1]!.lower) || !NOUN_OR_ADJECTIVE.has(t.pos) || t.text !== t.lower || listed.has(k)) continue;
    if (isRoleNounShaped(t.text) && tokens[descriptionStart(tokens, k)]!.lower === "the") heads.push(k);
  }
  return heads;
}

/** How many modifiers may stand between "a" and an apposition's role noun ("a former night postman"). */
const MAX_ROLE_MODIFIERS = 3;

/** What may follow a role noun in apposition: the apposition's end, or where the role is held ("a volcanologist at the centre,"). */
const ROLE_ENDS = new Set([",", ".", "at", "with", "for", "of", "in", "from", "who", "whose"]);

/**
 * Role nouns no list knows that this article gives a person in apposition ("Dean Whitlock, a
 * former postman,", "Retno Sari, a volcanologist at the centre,", "Ali Nur, the akim of the
 * region,", "Sory Kanté, a griot whose family ..."), sets off a person's name after ("The village's
 * mukhtar, Hasan Ertan,") or writes before the name as a
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
    // "a former postman", and "the akim of the region", "the village's imam": a definite apposition
    // gives the person a role just as well, one the article then takes up with "the akim".
    if (tokens[run.end]?.text !== "," || !ARTICLES.has(tokens[run.end + 1]?.lower ?? "") || !isPerson(run)) continue;
    const head = appositionHead(tokens, run.end + 2);
    // "Mr. Rubio and Mr. Cruz, the children of Cuban immigrants,": a set's description, no one's role.
    const coordinated = tokens[run.extentFirst - 1]?.lower === "and";
    if (head !== undefined && !listed.has(head) && !coordinated && !isPluralHead(tokens[head]!.lower)) roles.add(tokens[head]!.lower);
  }
  for (const run of names) {
    const head = roleBeforeApposedName(tokens, run) ?? copularRole(tokens, run);
    if (head === undefined || listed.has(head) || isPluralHead(tokens[head]!.lower) || !isPerson(run)) continue;
    roles.add(tokens[head]!.lower);
    // "the elected headman, or muhtar, Ali Kaya": the gloss names the same role ("the muhtar said").
    const gloss = run.extentFirst - 2;
    if (beforeGloss(tokens, gloss) !== gloss && tokens[gloss]!.pos === "NOUN" && !listed.has(gloss)) roles.add(tokens[gloss]!.lower);
  }
  if (roles.size === 0) return [];
  const heads: number[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (isNounTagged(t) && roles.has(t.text) && !listed.has(k) && tokens[k + 1]?.pos !== "NOUN") heads.push(k);
  }
  return heads;
}

/** The role noun of an apposition whose modifiers start at `k` ("former night postman", "village's imam"), if it ends where a role may. */
function appositionHead(tokens: readonly Token[], k: number): number | undefined {
  // "the village's imam": one possessive owner before the modifiers.
  if (tokens[k]?.pos === "NOUN" && POSSESSIVE_MARKS.has(tokens[k + 1]?.lower ?? "")) k += 2;
  const first = k;
  while (k < first + MAX_ROLE_MODIFIERS && (tokens[k]?.pos === "ADJ" || tokens[k]?.pos === "NOUN") && tokens[k + 1]?.pos !== "PUNCT" && !ROLE_ENDS.has(tokens[k + 1]?.lower ?? "")) k++;
  const head = tokens[k];
  return isCommonNoun(head) && ROLE_ENDS.has(tokens[k + 1]?.lower ?? "") ? k : undefined;
}

/** What may open a description a name is set off after: "the village's mukhtar, Hasan Ertan,", "Its imam, Ali Nur,". */
const OPENS_ROLE = new Set(["the", ...POSSESSIVE_DETERMINERS]);

/**
 * "The village's mukhtar, Hasan Ertan, said": the lower-case head of a description that opens its
 * sentence (or follows a comma: "On Friday, the regional akim, ...") and has a person's name set
 * off after it by commas. Not "In the village, Hasan Ertan said": a preposition opens that phrase.
 */
function roleBeforeApposedName(tokens: readonly Token[], run: Run): number | undefined {
  // "In attendance: the clerk, Mrs Ruth Okafor.": a list's apposition ends with its sentence.
  if (tokens[run.extentFirst - 1]?.text !== "," || !APPOSITION_CLOSES.has(tokens[run.extentEnd]?.text ?? "")) return undefined;
  // "The community's werken, or spokesman, Rodrigo Ruiz,": the role is the glossed word, not the gloss.
  const head = pastHeldAt(tokens, beforeGloss(tokens, run.extentFirst - 2));
  const t = tokens[head];
  if (!isCommonNoun(t)) return undefined;
  const start = descriptionStart(tokens, head);
  return opensItsClause(tokens, start) && start < head && OPENS_ROLE.has(tokens[start]!.lower) ? head : undefined;
}

/**
 * Whether the phrase at token `start` opens its clause (the sentence's first word, or after a
 * comma or a colon): a role there is set off before a name ("In attendance: the clerk, Mrs X"),
 * not a prepositional object ("In the village, X said").
 */
export function opensItsClause(tokens: readonly Token[], start: number): boolean {
  const before = tokens[start - 1];
  return !before || before.sentence !== tokens[start]!.sentence || before.text === "," || before.text === ":";
}

/** What closes an apposition of a name after its role: a comma, or the sentence's end. */
const APPOSITION_CLOSES = new Set([",", "."]);

/** Where a role is held after its noun: "the mukhtar of the village", "the imam at the mosque". */
export const HELD_AT: ReadonlySet<string> = new Set(["of", "for", "at", "in"]);

/**
 * "Hasan Ertan is the mukhtar of the village", "Sory Kante, who is the market's griot,": the
 * role after "is" or "was" with "the", held somewhere (an owner before it or a place after it),
 * of a person's name or its "who". Not "Lee is the problem.": nothing holds that role.
 */
function copularRole(tokens: readonly Token[], run: Run): number | undefined {
  let k = run.extentEnd;
  if (tokens[k]?.text === "," && tokens[k + 1]?.lower === "who") k += 2;
  if (!COPULAS.has(tokens[k]?.lower ?? "") || tokens[k + 1]?.lower !== "the") return undefined;
  const head = appositionHead(tokens, k + 2);
  if (head === undefined) return undefined;
  const owned = POSSESSIVE_MARKS.has(tokens[k + 3]?.lower ?? "");
  return owned || HELD_AT.has(tokens[head + 1]?.lower ?? "") ? head : undefined;
}

/** How many words the place a role is held may have ("of the Kara region"). */
export const MAX_HELD_AT = 4;

/** "The akim of the Kara region": back from `last` over where the role is held to the role, or `last` itself. */
function pastHeldAt(tokens: readonly Token[], last: number): number {
  for (let k = last; k > 0 && k >= last - MAX_HELD_AT; k--) {
    const t = tokens[k]!;
    if (t.pos === "ADP") return k < last && (t.lower === "of" || t.lower === "for") ? k - 1 : last;
    if (!/^(DET|ADJ|NOUN|PROPN)$/.test(t.pos)) return last;
  }
  return last;
}

/**
 * The lower-case agent noun written right before a person's name as a title ("defence solicitor
 * Ruaridh Gillespie"), past an honorific or a title word ("area coroner Dr Rebecca Hale").
 */
function roleBeforeName(tokens: readonly Token[], run: Run): number | undefined {
  const k = roleWordBeforeName(tokens, run);
  const role = tokens[k];
  return isCommonNoun(role) ? k : undefined;
}
