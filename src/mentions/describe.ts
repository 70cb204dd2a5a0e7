import type { Token } from "../document/types";
import { salientBefore } from "./salience";
import type { Entity, Mention } from "./types";
import { HONORIFICS, TITLE_HEADS } from "./words";
import { isFirstName } from "./lexicon";

/**
 * Words that open a description without naming anything: determiners and quantifiers ("the
 * campaign", "all analysts", "other E.U. leaders" name `campaign`, `analysts`, `E.U. leaders`),
 * and the writer's or reader's possessives (a letter's "my neighbour" is `neighbour`).
 */
const OPENERS = new Set(
  `a an the this that these those some many several other others another few most all both each every any
  one two three four five six seven eight nine ten dozens hundreds thousands fellow virtually nearly almost
  such no my your our`.split(/\s+/),
);
/** Possessive pronouns and who they can refer to. */
const POSSESSIVES = new Map<string, "male" | "female" | "thing" | "plural">([
  ["his", "male"], ["her", "female"], ["its", "thing"], ["their", "plural"],
]);
/** Heads of documents: a document with an owner ("her statement") speaks for its author. */
export const DOCUMENT_HEADS = new Set(
  `statement statements report letter release memo email e-mail filing complaint lawsuit editorial
  poll polls survey study`.split(/\s+/),
);
const POSSESSIVE_S = /^(.*?)(?:'s|\u2019s|')$/u;
/** How far back (in characters) a possessive pronoun's owner may be named. */
const OWNER_REACH = 600;

/** What a description's words say of its name: the owner it starts with, and the rest. */
export interface DescriptionParts {
  /** The words after the openers and the owner ("campaign" of "her new campaign": "new campaign"). */
  rest: string;
  /** A possessive pronoun's owner, found among the names before it. */
  ownerEntity?: Entity;
  /** A written owner before "'s" ("Mr. Clarke" of "Mr. Clarke's company"), as its short name. */
  ownerName?: string;
  /** The owner's full name where `ownerName` shortens it to a surname ("Thomas Frank" of "Thomas Frank's book"). */
  ownerFullName?: string;
  /** The head noun of an owner that is a description ("senator" of "the senator's spokesman"). */
  ownerHead?: string;
}

/**
 * Splits a description into an owner and the rest: "his critics" (owner: the latest man named
 * before), "Mr. Clarke's new company" (owner "Clarke"), "all analysts" (no owner).
 */
export function describe(
  m: Mention, mentions: readonly Mention[], at: number, entityOf: (m: Mention) => Entity | undefined, tokens: readonly Token[] = [],
): DescriptionParts {
  const words = m.text.split(/\s+/);
  let k = 0;
  while (k < words.length - 1 && OPENERS.has(words[k]!.toLowerCase())) k++;
  const possessive = POSSESSIVES.get(words[k]!.toLowerCase());
  if (possessive && k < words.length - 1) {
    const rest = words.slice(k + 1).join(" ");
    const thing = possessive === "thing" && THINGS_PEOPLE.has(words[words.length - 1]!.toLowerCase()) ? thingOwnedBefore(m, tokens) : undefined;
    if (thing !== undefined) return { rest, ownerName: thing };
    const ownerEntity = (possessive === "male" || possessive === "female" ? salientOwner(m, mentions, at, possessive, entityOf, tokens) : undefined) ??
      ownerBefore(m, mentions, at, possessive, entityOf);
    return ownerEntity ? { rest, ownerEntity } : { rest };
  }
  // "Mr. Clarke's new company": the owner is the words up to the one ending in 's.
  for (let j = k; j < words.length - 1; j++) {
    const match = POSSESSIVE_S.exec(words[j]!);
    if (!match) continue;
    const owner = [...words.slice(k, j), match[1]!].filter((w) => w && !HONORIFICS.has(w.toLowerCase()));
    if (!owner.length) break;
    const head = owner[owner.length - 1]!;
    // "the senator's spokesman": the owner is a description, found by its head noun.
    if (!/^\p{Lu}/u.test(owner[0]!)) return { rest: words.slice(j + 1).join(" "), ownerHead: head.toLowerCase() };
    const person = owner.length === 1 || isFirstName(owner[0]!.toLowerCase());
    const rest = words.slice(j + 1).join(" ");
    // "the Ohio senator's allies": a role with a capitalised modifier is a description too; its words
    // name the owner only where the article gives no one the role ("the Trump campaign's" is no role).
    if (owner.length > 1 && TITLE_HEADS.has(head)) return { rest, ownerName: owner.join(" "), ownerHead: head };
    if (!person) return { rest, ownerName: owner.join(" ") };
    return owner.length > 1 ? { rest, ownerName: owner[owner.length - 1]!, ownerFullName: owner.join(" ") } : { rest, ownerName: owner[0]! };
  }
  return { rest: words.slice(k).join(" ") };
}

/** Things an article gives organisers, authors or backers of their own ("a petition ..., its organisers said"). */
const OWNED_THINGS = new Set(
  `petition campaign appeal protest march rally vigil event festival fund fundraiser study report survey poll
  scheme project website page group chat`.split(/\s+/),
);

/** Who a thing, not a body, has ("its organisers", "its authors"); "its spokesman" is an organisation's. */
const THINGS_PEOPLE = new Set(["organisers", "organizers", "organiser", "organizer", "authors", "author", "co-authors", "backers", "founders", "sponsors", "creators"]);

/**
 * "More than 11,000 people have signed a petition calling for ..., its organisers said": "its" is the
 * thing the sentence named last before it (a petition, a campaign, a study), not an organisation
 * named earlier; a capitalised word nearer stops the search (a name may own it).
 */
function thingOwnedBefore(m: Mention, tokens: readonly Token[]): string | undefined {
  const own = tokens[m.firstToken];
  if (!own) return undefined;
  for (let k = m.firstToken - 1; k >= 0 && tokens[k]!.sentence === own.sentence; k--) {
    const t = tokens[k]!;
    const first = k === 0 || tokens[k - 1]!.sentence !== own.sentence;
    if (/^\p{Lu}/u.test(t.text) && !first) return undefined;
    if (OWNED_THINGS.has(t.lower) && t.pos === "NOUN" && /^(?:a|an|the)$/i.test(tokens[k - 1]?.text ?? "")) return t.lower;
  }
  return undefined;
}

/** How many sentences back "his" or "her" weighs the people named by their role in the sentence. */
const OWNER_SENTENCES = 1;

/**
 * The gender an entity's own or its names' (first name, honorific) give it while linking goes on.
 * Not a description's noun: "the first lady" in a quotation may be linked to the wrong person.
 */
export function namedGender(e: Entity): "male" | "female" | undefined {
  if (e.gender) return e.gender;
  for (const m of e.mentions) if (m.gender && m.kind !== "description") return m.gender;
  return undefined;
}

/**
 * The person "his" or "her" refers to, by salience in its own sentence and the one before: "Cruz
 * lost to Tom Hale and to the governor, Ann Lee. But his campaign" is Cruz's, the subject's, not
 * the latest man named.
 */
function salientOwner(
  m: Mention, mentions: readonly Mention[], at: number, gender: "male" | "female",
  entityOf: (m: Mention) => Entity | undefined, tokens: readonly Token[],
): Entity | undefined {
  if (!tokens.length) return undefined;
  const fits = (x: Mention, e: Entity) => {
    if (x.kind !== "name" || !(x.category === "person" || e.kind === "person" || isRecurringUnknown(x, e))) return false;
    const g = x.gender ?? namedGender(e);
    return !g || g === gender;
  };
  return salientBefore(mentions, at, tokens, entityOf, fits, OWNER_SENTENCES);
}

/** The entity a possessive pronoun refers to: the latest compatible name before it, within reach. */
function ownerBefore(
  m: Mention, mentions: readonly Mention[], at: number, possessive: "male" | "female" | "thing" | "plural",
  entityOf: (m: Mention) => Entity | undefined,
): Entity | undefined {
  for (let k = at - 1; k >= 0; k--) {
    const other = mentions[k]!;
    if (m.start - other.end > OWNER_REACH) break;
    if (other.kind !== "name") continue;
    const e = entityOf(other);
    if (!e) continue;
    const person = other.category === "person" || e.kind === "person" || isRecurringUnknown(other, e);
    if (possessive === "male" || possessive === "female") {
      // The entity's gender is final only once linking ends: read it from its mentions so far.
      const gender = other.gender ?? namedGender(e);
      if (person && (!gender || gender === possessive)) return e;
    } else if (possessive === "thing") {
      if (e.kind === "organisation") return e;
    } else if (e.kind === "organisation" || e.kind === "group" || person) {
      return e;
    }
  }
  return undefined;
}

/**
 * A lone surname the lexicon does not know ("When Brandt opened his campaign") is of no known kind
 * when the article never gives the full name; named again and again, it is a figure of the article
 * and may own "his". A capitalised word named once ("the Health, Education, Labor and Pensions
 * Committee", a "D-minus" rating) is no one's.
 */
function isRecurringUnknown(m: Mention, e: Entity): boolean {
  if (m.category !== "unknown" || e.kind !== "unknown") return false;
  let names = 0;
  for (const x of e.mentions) if (x.kind === "name" && ++names >= 2) return true;
  return false;
}

/**
 * A person's short name for a derived label ("Clinton" of "Hillary Clinton", as in `Clinton
 * campaign`), an organisation's whole name.
 */
export function ownerLabel(e: Entity): string {
  if (e.kind !== "person") return e.name;
  const words = e.name.split(/\s+/);
  return words[words.length - 1]!;
}

/** The last word of a description, lower case: its head noun. */
export function headWord(text: string): string {
  const words = text.toLowerCase().split(/[\s-]+/);
  return words[words.length - 1]!;
}
