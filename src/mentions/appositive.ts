import type { Token } from "../document/types";
import { salientBefore } from "./salience";
import type { Entity, Mention } from "./types";

/**
 * "Jeb Bush, the former Florida governor and a Republican presidential candidate, said": a
 * description set off by a comma right after a person's name (or joined by "and" to such a
 * description) is that person.
 */
export function appositionHost(
  m: Mention, mentions: readonly Mention[], at: number, tokens: readonly Token[], entityOf: (m: Mention) => Entity | undefined,
): Entity | undefined {
  if (m.category !== "person" || m.plural || m.firstToken < 0) return undefined;
  const before = tokens[m.extentFirstToken - 1];
  if (!before || (before.text !== "," && before.lower !== "and")) return undefined;
  for (let k = at - 1; k >= 0 && k >= at - 4; k--) {
    const other = mentions[k]!;
    if (other.extentEndToken !== m.extentFirstToken - 1) continue;
    if (before.text === ",") {
      const e = other.kind === "name" ? entityOf(other) : undefined;
      return e && e.kind === "person" ? e : undefined;
    }
    // "..., the former governor and a candidate": only after a description that is itself an apposition.
    return other.kind === "description" && tokens[other.extentFirstToken - 1]?.text === "," ? appositionHost(other, mentions, k, tokens, entityOf) : undefined;
  }
  return undefined;
}

/**
 * Words in an organisation's name that a description's head noun can stand for: "the newspaper"
 * for The Wall Street Journal, "the agency" for the State Department, "the committee" for the
 * Democratic National Committee.
 */
const NAME_WORDS_BY_HEAD = new Map<string, readonly string[]>([
  ["newspaper", ["times", "post", "journal", "tribune", "herald", "gazette", "globe", "chronicle", "telegraph", "guardian", "daily", "star", "examiner", "register"]],
  ["paper", ["times", "post", "journal", "tribune", "herald", "gazette", "globe", "chronicle", "telegraph", "guardian", "daily", "star", "examiner", "register"]],
  ["agency", ["department", "agency", "bureau", "administration", "service", "fbi", "cia", "nsa", "epa", "irs", "fda"]],
  ["department", ["department"]],
  ["committee", ["committee", "dnc", "rnc"]],
  ["commission", ["commission"]],
  ["network", ["cnn", "fox", "msnbc", "nbc", "abc", "cbs", "bbc", "network"]],
  ["channel", ["cnn", "fox", "msnbc", "nbc", "abc", "cbs", "bbc", "channel"]],
  ["broadcaster", ["cnn", "fox", "msnbc", "nbc", "abc", "cbs", "bbc"]],
  ["university", ["university", "college"]],
  ["company", ["inc", "inc.", "corp", "corp.", "co.", "company", "llc"]],
  ["firm", ["inc", "inc.", "corp", "corp.", "llc", "group", "partners"]],
  ["party", ["party"]],
  ["union", ["union"]],
  ["court", ["court"]],
  ["foundation", ["foundation"]],
  ["institute", ["institute"]],
  ["bureau", ["bureau", "fbi"]],
]);
/** How many sentences back "the newspaper" may find its organisation. */
const ORGANISATION_REACH = 8;

/** The organisation a definite description with no antecedent of its own refers to, found by its name's words. */
export function organisationReferent(
  m: Mention, mentions: readonly Mention[], at: number, tokens: readonly Token[], entityOf: (m: Mention) => Entity | undefined,
): Entity | undefined {
  const words = m.text.toLowerCase().split(/\s+/);
  const fits = NAME_WORDS_BY_HEAD.get(words[words.length - 1]!);
  if (!fits || m.plural) return undefined;
  const fitting = (e: Entity) => e.kind === "organisation" && e.name.toLowerCase().split(/\s+/).some((w) => fits.includes(w));
  // A name first ("The Harbor Times"); else a capitalised description ("the State Department").
  return (
    salientBefore(mentions, at, tokens, entityOf, (x, e) => x.kind === "name" && fitting(e), ORGANISATION_REACH) ??
    salientBefore(mentions, at, tokens, entityOf, (x, e) => x.kind === "description" && x !== m && namesSomething(x) && fitting(e), ORGANISATION_REACH)
  );
}

/** A description with a capitalised word after its first ("the State Department", not "the agency"). */
function namesSomething(m: Mention): boolean {
  return m.text.split(/\s+/).slice(1).some((w) => /^\p{Lu}/u.test(w));
}
