import type { Entity } from "./types";

/** Small words an organisation's initials skip: "Committee on Foreign Relations" is CFR. */
const SKIPPED = new Set(["of", "the", "and", "for", "on", "in", "to", "at", "&"]);
/** An acronym as written: two to six capitals, with or without full stops ("DNC", "A.P."). */
const ACRONYM = /^(?:\p{Lu}\.?){2,6}$/u;

/** The capitals an acronym is made of ("DNC" of "DNC" and of "D.N.C."), or `undefined` for a word that is none. */
export function acronymLetters(text: string): string | undefined {
  return ACRONYM.test(text) ? text.replace(/\./g, "") : undefined;
}

/** The initials of a name's words, skipping small words and a leading "The": "DNC" of "Democratic National Committee". */
export function initialsOf(name: string): string {
  const words = name.split(/[\s-]+/).filter((w) => w && !SKIPPED.has(w.toLowerCase()));
  return words.map((w) => w[0]!.toUpperCase()).join("");
}

/**
 * "the DNC" and "the Democratic National Committee" in one article are one organisation: an entity
 * named only by an acronym joins the one entity whose name's initials spell it (see
 * fullNamesByInitials; the full name stays its name). Merged entities keep their place, with no mentions, so ids stay positions.
 */
export function mergeAcronyms(entities: readonly Entity[]): void {
  // Most articles name no entity by an acronym: find those first, and index the full names only for them.
  const acronyms: [Entity, string][] = [];
  for (const e of entities) {
    if (e.kind === "person" || e.kind === "place" || !e.mentions.length) continue;
    const letters = acronymLetters(e.name.trim());
    if (letters !== undefined) acronyms.push([e, letters]);
  }
  if (!acronyms.length) return;
  const byInitials = fullNamesByInitials(entities);
  if (!byInitials.size) return;
  for (const [e, letters] of acronyms) {
    const full = byInitials.get(letters);
    // A body's description linked to the acronym ("the regulator" of "(DPB)") goes with it.
    if (!full || full === e || !e.mentions.every((m) => m.kind === "name" || (m.kind === "description" && m.category === "organisation"))) continue;
    for (const m of e.mentions) {
      m.entity = full.id;
      full.mentions.push(m);
    }
    e.mentions = [];
  }
}

/**
 * Entities an acronym may stand for, by their initials: organisations, and a name of three words or
 * more that no mention gives a gender, whatever kind the lexicon guessed ("Black Lives Matter" in a
 * headline). Two with the same initials leave the acronym unclear (`null`).
 */
function fullNamesByInitials(entities: readonly Entity[]): Map<string, Entity | null> {
  const organisations = byInitialsOf(entities.filter((e) => e.kind === "organisation"));
  // An organisation spelling the letters wins over a name of no known kind ("Republican National Convention").
  for (const [letters, e] of byInitialsOf(entities.filter(mayBeOrganisation))) if (!organisations.has(letters)) organisations.set(letters, e);
  return organisations;
}

function byInitialsOf(entities: readonly Entity[]): Map<string, Entity | null> {
  const byInitials = new Map<string, Entity | null>();
  for (const e of entities) {
    const name = e.name.trim();
    if (acronymLetters(name) !== undefined || !/\s/.test(name)) continue;
    const initials = initialsOf(name);
    if (initials.length < 2) continue;
    byInitials.set(initials, byInitials.has(initials) && byInitials.get(initials) !== e ? null : e);
  }
  return byInitials;
}

/** A name of three words or more that no mention gives a gender, taken for a person or of no known kind. */
function mayBeOrganisation(e: Entity): boolean {
  if (e.kind !== "person" && e.kind !== "unknown") return false;
  return e.name.trim().split(/\s+/).length >= 3 && !e.gender && e.mentions.every((m) => !m.gender);
}

/** The entity an acronym stands for ("Black Lives Matter" for BLM), when one name in the article spells it. */
export function spelledOut(letters: string, entities: readonly Entity[]): Entity | undefined {
  return fullNamesByInitials(entities).get(letters) ?? undefined;
}
