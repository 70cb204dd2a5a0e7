/** "the younger Diop", "the elder Bârlădeanu": which of two people sharing a surname is meant. */

import type { Token } from "../../document/types";
import type { Entity, Mention } from "../types";

/** Words before a surname that tell two relatives apart by age. */
const AGE_ORDER: ReadonlyMap<string, "younger" | "older"> = new Map([
  ["younger", "younger"],
  ["older", "older"],
  ["elder", "older"],
]);
/** Kin nouns before a relative's name that make them the younger ("his son, Ionuț") or the older ("her father, Vasile"). */
const YOUNGER_KIN = new Set(["son", "daughter", "nephew", "niece", "grandson", "granddaughter"]);
const OLDER_KIN = new Set(["father", "mother", "uncle", "aunt", "grandfather", "grandmother"]);
/** How many tokens before a name its kin noun may stand ("his son, Ionuț": "son" and a comma). */
const KIN_REACH = 2;
/** The oldest age a number set off after a name can be. */
const MAX_AGE = 120;

/**
 * The person "the younger Diop" or "the elder Diop" means, of the people whose full names end with
 * the surname (`people`, asked only after such a word): by the ages the article sets off after their names ("Ousmane
 * Diop, 31,"), else, of exactly two, by a kin noun written before one of them ("His nephew, Ousmane Diop,"). The
 * nearest one named before would otherwise win, which is as often the other relative.
 */
export function olderOrYounger(m: Mention, people: () => readonly Entity[] | undefined, tokens: readonly Token[]): Entity | undefined {
  const order = AGE_ORDER.get(tokens[m.firstToken - 1]?.lower ?? "");
  const candidates = order === undefined ? undefined : people();
  if (order === undefined || !candidates || candidates.length < 2) return undefined;
  const byAge = byStatedAge(candidates, order, tokens);
  if (byAge || candidates.length > 2) return byAge;
  const [a, b] = candidates as [Entity, Entity];
  const kinA = kinOrder(a, tokens);
  const kinB = kinOrder(b, tokens);
  if (kinA === kinB) return undefined;
  const younger = kinA === "younger" || kinB === "older" ? a : b;
  return order === "younger" ? younger : younger === a ? b : a;
}

/**
 * Of the people sharing the surname ("Vasile Bârlădeanu, 71", his son "Ionuț, 38", his wife
 * "Elena, 68"), the youngest or the oldest, when the article gives every one an age and no two the same extreme.
 */
function byStatedAge(people: readonly Entity[], order: "younger" | "older", tokens: readonly Token[]): Entity | undefined {
  const aged = people.map((e) => [e, statedAge(e, tokens)] as const);
  if (aged.some(([, age]) => age === undefined)) return undefined;
  const sign = order === "younger" ? 1 : -1;
  const sorted = [...aged].sort((x, y) => sign * (x[1]! - y[1]!));
  return sorted[0]![1] === sorted[1]![1] ? undefined : sorted[0]![0];
}

/** The age a number set off by commas after one of the entity's names gives ("Ann Lee, 45,"). */
function statedAge(e: Entity, tokens: readonly Token[]): number | undefined {
  for (const x of e.mentions) {
    if (x.kind !== "name" || x.firstToken < 0) continue;
    const number = tokens[x.endToken + 1];
    if (tokens[x.endToken]?.text !== "," || !number || !/^\d{1,3}$/.test(number.text)) continue;
    const age = Number(number.text);
    if (age > 0 && age <= MAX_AGE && /^[,.)]$/.test(tokens[x.endToken + 2]?.text ?? "")) return age;
  }
  return undefined;
}

/** Whether a kin noun right before one of the entity's names makes them the younger or the older relative. */
function kinOrder(e: Entity, tokens: readonly Token[]): "younger" | "older" | undefined {
  for (const x of e.mentions) {
    if (x.kind !== "name" || x.firstToken < 0) continue;
    // "his son, Andrei Marin" reads "son" as the name's title.
    const title = x.title?.toLowerCase().split(/\s+/).pop() ?? "";
    if (YOUNGER_KIN.has(title)) return "younger";
    if (OLDER_KIN.has(title)) return "older";
    for (let k = x.extentFirstToken - 1; k >= Math.max(0, x.extentFirstToken - KIN_REACH); k--) {
      const word = tokens[k]!.lower;
      if (YOUNGER_KIN.has(word)) return "younger";
      if (OLDER_KIN.has(word)) return "older";
      if (word !== ",") break;
    }
  }
  return undefined;
}
