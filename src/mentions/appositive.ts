import type { Token } from "../document/types";
import { acronymLetters, initialsOf } from "./acronym";
import { soleEntityBefore } from "./sole-entity";
import { partiesClash } from "./epithet";
import { DEMONYM, nameTagOf, PLACE } from "./lexicon";
import { salientBefore } from "./salience";
import type { Entity, Mention } from "./types";
import { COPULAS, isBusinessTitle, titleHead, writtenAsName } from "./words";

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
  // "..., a superdelegate and Lee supporter": a first description no role word made a mention.
  const comma = before.text === "," ? m.extentFirstToken - 1 : commaBeforePlainPhrase(tokens, m.extentFirstToken - 2);
  // "Tom Reyes, 74, a retired tram driver,": past the age set off between the name and the description.
  const hostEnd = comma >= 2 && /^\d{1,3}$/.test(tokens[comma - 1]!.text) && tokens[comma - 2]!.text === "," ? comma - 2 : comma;
  for (let k = at - 1; k >= 0 && k >= at - 4; k--) {
    const other = mentions[k]!;
    if (comma >= 0 && (other.extentEndToken === comma || other.extentEndToken === hostEnd)) {
      const e = other.kind === "name" ? entityOf(other) : undefined;
      return e && e.kind === "person" ? e : undefined;
    }
    if (before.text === "," || other.extentEndToken !== m.extentFirstToken - 1) continue;
    // "..., the former governor and a candidate": only after a description that is itself an apposition.
    return other.kind === "description" && tokens[other.extentFirstToken - 1]?.text === "," ? appositionHost(other, mentions, k, tokens, entityOf) : undefined;
  }
  return undefined;
}

/**
 * "Cllr Edith Marlow (Chair), Cllr Osei Brandt": a role alone in parentheses right after a
 * person's name, as minutes and club reports give one, is that person's role ("The Chair noted").
 */
export function parenthesisHost(
  m: Mention, mentions: readonly Mention[], at: number, tokens: readonly Token[], entityOf: (m: Mention) => Entity | undefined,
): Entity | undefined {
  if (m.category !== "person" || m.plural || m.firstToken < 1) return undefined;
  if (tokens[m.extentFirstToken - 1]?.text !== "(" || tokens[m.extentEndToken]?.text !== ")") return undefined;
  const other = mentions[at - 1];
  if (!other || other.kind !== "name" || other.endToken !== m.extentFirstToken - 1) return undefined;
  const e = entityOf(other);
  return e && e.kind === "person" ? e : undefined;
}

/**
 * "Hasan Ertan is the mukhtar of the village", "Ann Lee, who was the town's mayor,": a role
 * description after "is" or "was" whose subject is a person's name (or that name's relative "who")
 * is that person, as an apposition is; "Lee is not the mayor" is no one's.
 */
export function copularHost(
  m: Mention, mentions: readonly Mention[], at: number, tokens: readonly Token[], entityOf: (m: Mention) => Entity | undefined,
): Entity | undefined {
  if (m.category !== "person" || m.plural || m.firstToken < 0 || !COPULAS.has(tokens[m.extentFirstToken - 1]?.lower ?? "")) return undefined;
  let subjectEnd = m.extentFirstToken - 1;
  if (tokens[subjectEnd - 1]?.lower === "who" && tokens[subjectEnd - 2]?.text === ",") subjectEnd -= 2;
  const other = mentions[at - 1];
  if (!other || other.kind !== "name" || other.extentEndToken !== subjectEnd) return undefined;
  const e = entityOf(other);
  return e && e.kind === "person" ? e : undefined;
}

/** How many words may stand between a definite role and the "and" that joins a second one ("of state"). */
const ROLE_TAIL = 3;

/**
 * "The secretary of state and 2014 candidate for governor": a singular role written without an
 * article of its own after "and" shares the article of the definite role just before it, and so
 * its person; "the mayor and a council member" are two.
 */
export function coordinatedRoleHost(
  m: Mention, mentions: readonly Mention[], at: number, tokens: readonly Token[], entityOf: (m: Mention) => Entity | undefined,
): Entity | undefined {
  if (m.category !== "person" || m.plural || m.firstToken < 0 || tokens[m.extentFirstToken]!.pos === "DET") return undefined;
  let and = m.extentFirstToken - 1;
  while (and >= 0 && (tokens[and]!.pos === "NUM" || tokens[and]!.pos === "ADJ")) and--;
  if (tokens[and]?.lower !== "and") return undefined;
  const other = mentions[at - 1];
  if (!other || other.kind !== "description" || other.plural || other.category !== "person" || tokens[other.extentFirstToken]!.lower !== "the") return undefined;
  if (other.extentEndToken > and || and - other.extentEndToken > ROLE_TAIL) return undefined;
  for (let t = other.extentEndToken; t < and; t++) if (tokens[t]!.pos !== "ADP" && tokens[t]!.pos !== "NOUN" && tokens[t]!.pos !== "PROPN") return undefined;
  const e = entityOf(other);
  return e && e.kind === "person" ? e : undefined;
}

/** How many words an apposition's first description may have when no mention covers it ("a California superdelegate"). */
const PLAIN_PHRASE_WORDS = 4;

/**
 * The comma before "a/an/the WORDS" that ends at token `last` (inclusive), the words being no
 * verb, pronoun or punctuation; -1 when there is none.
 */
function commaBeforePlainPhrase(tokens: readonly Token[], last: number): number {
  for (let k = last; k >= 0 && k > last - PLAIN_PHRASE_WORDS; k--) {
    const t = tokens[k]!;
    if (!/^\p{L}/u.test(t.text) || t.pos === "VERB" || t.pos === "AUX" || t.pos === "PRON") return -1;
    if (t.lower === "a" || t.lower === "an" || t.lower === "the") return k < last && tokens[k - 1]?.text === "," ? k - 1 : -1;
  }
  return -1;
}

/**
 * Words in an organisation's name that a description's head noun can stand for: "the newspaper"
 * for The Wall Street Journal, "the agency" for the State Department, "the committee" for the
 * Democratic National Committee.
 */
const NEWSPAPER_WORDS = ["times", "post", "journal", "tribune", "herald", "gazette", "globe", "chronicle", "telegraph", "guardian", "daily", "star", "examiner", "register"];
const BROADCASTERS = ["cnn", "fox", "msnbc", "nbc", "abc", "cbs", "bbc"];
const AGENCY_ACRONYMS = ["fbi", "cia", "nsa", "epa", "irs", "fda"];
/** A company's legal form in its name ("Acme Inc."). */
const LEGAL_FORMS = ["inc", "inc.", "corp", "corp."];
/**
 * Words that name a body of members, which "the group" or "the organization" stands for ("the
 * Pacific Rowing Association ... the group says"); not a company's or an office's.
 */
const MEMBER_BODY_WORDS = ["group", "association", "foundation", "coalition", "alliance", "federation", "league", "society", "institute", "organization", "organisation", "network", "project", "center", "centre", "council"];
const NAME_WORDS_BY_HEAD = new Map<string, readonly string[]>([
  ["group", MEMBER_BODY_WORDS],
  ["organization", MEMBER_BODY_WORDS],
  ["organisation", MEMBER_BODY_WORDS],
  ["newspaper", NEWSPAPER_WORDS],
  ["paper", NEWSPAPER_WORDS],
  ["agency", ["department", "agency", "bureau", "administration", "service", ...AGENCY_ACRONYMS]],
  ["department", ["department"]],
  ["committee", ["committee", "dnc", "rnc"]],
  ["commission", ["commission"]],
  ["network", [...BROADCASTERS, "network"]],
  ["channel", [...BROADCASTERS, "channel"]],
  ["broadcaster", BROADCASTERS],
  ["university", ["university", "college"]],
  ["company", [...LEGAL_FORMS, "co.", "company", "llc"]],
  ["firm", [...LEGAL_FORMS, "llc", "group", "partners"]],
  ["corporation", [...LEGAL_FORMS, "corporation"]],
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
  const head = words[words.length - 1]!;
  const fits = NAME_WORDS_BY_HEAD.get(head);
  if (!fits || m.plural) return undefined;
  const fitting = (e: Entity) =>
    e.kind === "organisation" && e.name.toLowerCase().split(/\s+/).some((w) => fits.includes(w)) && !spellsOtherLetters(m, e) && !partiesClash(m.text, e.name) && !namesOtherBody(m, e);
  // A name first ("The Harbor Times"); else a capitalised description ("the State Department").
  return (
    salientBefore(mentions, at, tokens, entityOf, (x, e) => x.kind === "name" && fitting(e), ORGANISATION_REACH) ??
    salientBefore(mentions, at, tokens, entityOf, (x, e) => x.kind === "description" && x !== m && namesSomething(x) && fitting(e), ORGANISATION_REACH) ??
    (BUSINESS_HEADS.has(head) ? businessBefore(m, mentions, at, tokens, entityOf) : undefined)
  );
}

/**
 * Whether a description written as a name ("the Democratic National Committee") spells other
 * initials than an acronym it might be taken for (the RNC).
 */
function spellsOtherLetters(m: Mention, e: Entity): boolean {
  const letters = acronymLetters(e.name);
  if (letters === undefined || !namesSomething(m)) return false;
  const words = m.text.split(/\s+/).slice(1);
  return words.every((w) => /^\p{Lu}/u.test(w)) && initialsOf(words.join(" ")) !== letters;
}

/**
 * Whether a description written as a name ("The Malaysian Meteorological Department", every word
 * after the article capitalised) names another body than this entity: one of its words before the
 * head (no place's or nation's word) is missing from the entity's name ("Irrigation Department").
 * "the State Department" is the "Department of State".
 */
function namesOtherBody(m: Mention, e: Entity): boolean {
  const [article, ...words] = m.text.split(/\s+/);
  if (!/^the$/i.test(article!) || !writtenAsName(words)) return false;
  const held = new Set(e.name.toLowerCase().split(/\s+/));
  return words.slice(0, -1).some((w) => !held.has(w.toLowerCase()) && !(nameTagOf(w.toLowerCase()) & (PLACE | DEMONYM)));
}

/** A description with a capitalised word after its first ("the State Department", not "the agency"). */
function namesSomething(m: Mention): boolean {
  return m.text.split(/\s+/).slice(1).some((w) => /^\p{Lu}/u.test(w));
}

/** A body's noun modifying a role, before the role's own words: "company executives", "a firm spokesman", "a senior agency official". */
export const BODY_MODIFIER = /(?:^|\s)(company|firm|agency)\s+(?=\S)/i;

/**
 * The body a role's modifier stands for ("company executives": the business in reach; "one former
 * senior agency official" after the CIA: the agency), as "the company's" or "the agency's" would be.
 */
export function modifierBody(
  m: Mention, rest: string, mentions: readonly Mention[], at: number, tokens: readonly Token[], entityOf: (m: Mention) => Entity | undefined,
): Entity | undefined {
  const noun = BODY_MODIFIER.exec(rest)?.[1]!.toLowerCase();
  if (noun === undefined) return undefined;
  return BUSINESS_HEADS.has(noun) ? businessBefore(m, mentions, at, tokens, entityOf) : organisationReferent({ ...m, text: `the ${noun}`, plural: false }, mentions, at, tokens, entityOf);
}

/** Heads of a description that any business can be: "the company" of Verizon, "the firm" of Lund & Co. */
const BUSINESS_HEADS = new Set(["company", "firm", "corporation"]);
/** Words in an organisation's name that make it no business: a body of government, a party, a school, a newspaper, a
 * news agency (the wire that files the story, "LONDON (Reuters) -", is not "the company" it reports on). */
const NOT_BUSINESS_WORDS = new Set([
  ...`department ministry agency committee commission party union court university college school times post journal
  tribune herald gazette globe news congress senate house government council caucus campaign administration bureau
  office army navy police foundation institute center centre church museum hospital league association
  board authority regulator watchdog tribunal
  gop dnc rnc un nato eu
  reuters afp bloomberg xinhua press`.split(/\s+/),
  ...AGENCY_ACRONYMS,
]);
/** Nouns titling an organisation's name that make it no business ("the children's charity Safe Screens"). */
const NOT_BUSINESS_TITLE_HEADS = new Set(
  "charity regulator watchdog campaign nonprofit non-profit agency authority body organisation organization union party council ministry".split(" "),
);
/** How many sentences back "the company" may find its business. */
const BUSINESS_REACH = 4;

/**
 * "Verizon reached a deal with the unions. The company said": the one business the last few
 * sentences mention (an organisation whose words make it no agency, party or paper), when the
 * article gives it by its name. Two there (a capitalised description such as "the Harbor Group"
 * counts as one), or none named, and the description keeps its own words.
 */
export function businessBefore(
  m: Mention, mentions: readonly Mention[], at: number, tokens: readonly Token[], entityOf: (m: Mention) => Entity | undefined,
): Entity | undefined {
  const sentence = tokens[m.firstToken]!.sentence;
  const inReach = (x: Mention) => x.firstToken < 0 || sentence - tokens[x.firstToken]!.sentence <= BUSINESS_REACH;
  const business = (x: Mention) => {
    if (x.firstToken < 0) return undefined;
    const e = x.kind === "name" || (x.kind === "description" && x !== m && namesSomething(x)) ? entityOf(x) : undefined;
    return e && mayBeBusiness(e) ? e : undefined;
  };
  const found = soleEntityBefore(mentions, at, inReach, business);
  // Only an organisation the article names is the company, not one a capitalised description alone gives.
  if (found) return found.mentions.some((y) => y.kind === "name") ? found : undefined;
  // None in reach (not two): the business the article introduced as one, further back.
  let k = at - 1;
  while (k >= 0 && inReach(mentions[k]!) && !business(mentions[k]!)) k--;
  return k < 0 || !inReach(mentions[k]!) ? latestTitledBusiness(mentions, k, entityOf) : undefined;
}

/**
 * "Video app Clipsy was fined ... (the regulator, a charity and experts speak) ... The firm said":
 * the latest organisation before that the article introduced by a business's noun, however far back.
 */
function latestTitledBusiness(mentions: readonly Mention[], last: number, entityOf: (m: Mention) => Entity | undefined): Entity | undefined {
  for (let k = last; k >= 0; k--) {
    const e = mentions[k]!.kind === "name" ? entityOf(mentions[k]!) : undefined;
    if (e && e.kind === "organisation" && e.mentions.some((y) => y.kind === "name" && isBusinessTitle(y.title))) return e;
  }
  return undefined;
}

/**
 * Whether an entity may be the business "the company" means: an organisation whose name's words
 * make it no agency, party or paper. An acronym may be any body ("the NAACP").
 */
function mayBeBusiness(e: Entity): boolean {
  // "the children's charity Safe Screens": a name the article titles as a body of another kind is no business.
  const titledOtherwise = e.mentions.some((y) => y.kind === "name" && y.title !== undefined && NOT_BUSINESS_TITLE_HEADS.has(titleHead(y.title)));
  return e.kind === "organisation" && !titledOtherwise && acronymLetters(e.name) === undefined && !e.name.toLowerCase().split(/[\s-]+/).some((w) => NOT_BUSINESS_WORDS.has(w));
}
