import type { Token } from "../document/types";
import type { Entity, Mention } from "./types";
import { GENDERED_HEADS } from "./words";

/**
 * Nouns for a person that say their gender ("the actress", "his wife", "spokeswoman"): the heads
 * the mention detector genders, and kin and roles it does not take as heads. Nouns said of either
 * ("spokesperson", "chair", "partner") are absent.
 */
const ROLE_GENDER = new Map<string, "male" | "female">([
  ...GENDERED_HEADS,
  ...["stewardess", "stepmother", "stepdaughter", "mom", "grandma", "bride", "nun"].map((w) => [w, "female"] as const),
  ...["actor", "waiter", "steward", "congressman", "spokesman", "chairman", "councilman", "stepfather", "stepson", "dad", "grandpa", "groom", "priest"]
    .map((w) => [w, "male"] as const),
]);
/** Words that may stand between a name's comma and its role noun ("Ann Lee, his younger sister,"). */
const ROLE_REACH = 4;

/**
 * Gives a person whose first name says no gender the gender a role noun set right against their
 * name says: "spokeswoman Kit Hale", "Kit Hale, a stewardess,", "his wife, Kit Hale". Only a person
 * neither the first-name list nor an honorific gendered, and only if every such noun agrees; the
 * article's own pronouns (pronoun-gender.ts) give way to it, as a noun is said of the person alone.
 */
export function genderFromRoleNouns(entities: readonly Entity[], tokens: readonly Token[]): void {
  for (const e of entities) {
    if (e.gender || (e.kind !== "person" && e.kind !== "unknown")) continue;
    const said = new Set<"male" | "female">();
    for (const m of e.mentions) {
      if (m.kind !== "name" || m.firstToken < 0) continue;
      const g = roleBefore(m, tokens) ?? roleAfter(m, tokens);
      if (g) said.add(g);
    }
    if (said.size === 1) e.pronounGender = [...said][0];
  }
}

/** "spokeswoman Kit Hale", "his wife, Kit Hale": the role noun right before the name, or before a comma before it. */
function roleBefore(m: Mention, tokens: readonly Token[]): "male" | "female" | undefined {
  let k = m.firstToken - 1;
  if (tokens[k]?.text === ",") k--;
  const t = tokens[k];
  if (!t || t.sentence !== tokens[m.firstToken]!.sentence || t.text !== t.lower) return undefined;
  return ROLE_GENDER.get(t.lower);
}

/** "Kit Hale, a stewardess,", "Kit Hale, his younger sister.": a role noun closing an apposition after the name. */
function roleAfter(m: Mention, tokens: readonly Token[]): "male" | "female" | undefined {
  const comma = m.endToken;
  if (tokens[comma]?.text !== ",") return undefined;
  for (let k = comma + 1; k <= comma + ROLE_REACH && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.sentence !== tokens[comma]!.sentence || t.kind !== "word") return undefined;
    const g = ROLE_GENDER.get(t.lower);
    if (g && t.text === t.lower) {
      const next = tokens[k + 1];
      return !next || next.kind !== "word" || next.lower === "of" ? g : undefined;
    }
  }
  return undefined;
}
