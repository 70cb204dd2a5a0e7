import { countStartingBefore } from "../document/sorted";
import type { Token } from "../document/types";
import { isSubjectPhrase, isSubjectRole } from "./salience";
import type { Entity, Mention } from "./types";
import { GROUP_HEADS, TITLE_HEADS } from "./words";

/**
 * Plural speakers that stand for people the article named one by one: "Ann Lee and Tom Reyes
 * arrived. The two voters said...", "they", "the couple", "both women". Such a speaker is the set
 * of those people (see speakers.ts for the name it gets), found by number and recency.
 */

/** What the plural rules read of an article. */
export interface ArticleView {
  tokens: readonly Token[];
  /** Sorted by start. */
  mentions: readonly Mention[];
  entityOf(m: Mention): Entity | undefined;
  /** Whether [start, end) lies inside a quotation in marks (words of someone else's). */
  quoted(start: number, end: number): boolean;
}

/** People named together: "Ann Lee and Tom Reyes", "Ann Lee, 45, and her husband, Tom Reyes". */
export interface Conjunction {
  members: Entity[];
  /** The members' mentions, in order. */
  mentions: Mention[];
  start: number;
  sentence: number;
  /** Whether it is a clause's subject ("Ann Lee and Tom Reyes said"), not an object. */
  subject: boolean;
}

/** People an earlier quote's plural speaker was resolved to, where that speaker stood. */
export interface ResolvedSet {
  members: Entity[];
  start: number;
  sentence: number;
}

/** A plural phrase that refers to a set of people: how many (null when it does not say), and of which gender. */
export interface SetReference {
  size: number | null;
  gender?: "male" | "female";
  pronoun: boolean;
}

const DEFINITE = new Set(["the", "these", "those"]);
const COUNTS = new Map([["two", 2], ["three", 3], ["four", 4]]);
/** Nouns that say how many: "the couple", "the trio". */
const SET_NOUNS = new Map([["couple", 2], ["pair", 2], ["duo", 2], ["twins", 2], ["trio", 3]]);
/** Plural heads that, after "the" and alone, refer back to people just named ("the friends", "the women"). */
const PEOPLE_HEADS = new Set(
  "friends women men brothers sisters siblings spouses partners allies colleagues neighbors neighbours cousins".split(" "),
);
const GENDER_OF_HEAD = new Map<string, "male" | "female">([
  ["women", "female"], ["sisters", "female"], ["men", "male"], ["brothers", "male"],
]);
/** How many sentences back a conjunction, an earlier set or a named person may stand. */
const CONJUNCTION_REACH = 3;
const SET_REACH = 2;
/** How many sentences back a "they" that goes on with people named together (theyChainEnd) looks for them. */
const CHAIN_REACH = 8;
const PEOPLE_REACH = 4;
/** How many of the latest resolved sets a reference looks back through. */
const RECENT_SETS = 8;

/**
 * Whether a speaker mention refers to a set of people: "they"; a definite plural phrase with a
 * number ("the two voters", "both candidates", "the couple"), or one of a few plural people heads
 * alone ("the friends", "the women"). "Two voters" (indefinite) brings new people in: not a set.
 */
export function setReference(m: Mention, tokens: readonly Token[]): SetReference | null {
  const first = tokens[m.firstToken];
  if (!first) return null;
  if (m.kind === "pronoun") return first.lower === "they" && m.endToken === m.firstToken + 1 ? { size: null, pronoun: true } : null;
  if (m.category === "organisation" || m.category === "place" || m.category === "document") return null;
  const words: string[] = [];
  const before = tokens[m.firstToken - 1];
  if (before && before.sentence === first.sentence && DEFINITE.has(before.lower)) words.push(before.lower);
  for (let k = m.firstToken; k < m.endToken; k++) words.push(tokens[k]!.lower);
  const head = words[words.length - 1]!;
  if (!isPeopleHead(head)) return null;
  const gender = GENDER_OF_HEAD.get(head);
  const reference = (size: number | null): SetReference => (gender ? { size, gender, pronoun: false } : { size, pronoun: false });
  if (words[0] === "both" && words.length <= 3) return reference(2);
  if (!DEFINITE.has(words[0]!) || words.length > 4) return null;
  const count = COUNTS.get(words[1]!);
  if (count !== undefined) return reference(count);
  const setSize = SET_NOUNS.get(head);
  if (setSize !== undefined && words.length === 2) return reference(setSize);
  return PEOPLE_HEADS.has(head) && words.length === 2 ? reference(null) : null;
}

/** Plural heads of phrases about people the article may have named ("two voters"), not about things ("both parties", "the two nations"). */
function isPeopleHead(head: string): boolean {
  if (PEOPLE_HEADS.has(head) || COUNTS.has(head) || SET_NOUNS.has(head)) return true;
  if (GROUP_HEADS.has(head)) return !NOT_PEOPLE.has(head);
  return head.endsWith("s") && TITLE_HEADS.has(head.slice(0, -1));
}
/** Group heads that are not sets of people one can name. */
const NOT_PEOPLE = new Set(["groups", "agencies", "authorities", "police", "sources", "people", "members"]);

/** The people a set reference at mention `m` stands for, or null when the article does not say. */
export function resolveSet(
  ref: SetReference, m: Mention, view: ArticleView, conjunctions: readonly Conjunction[], earlier: readonly ResolvedSet[],
  current: Entity | null,
): Entity[] | null {
  const sentence = view.tokens[m.firstToken]!.sentence;
  const fits = (members: readonly Entity[]) =>
    (ref.size === null || members.length === ref.size) && (!ref.gender || members.every((e) => e.gender !== opposite(ref.gender!)));
  // Without a number, only people named together as a subject ("Lee and Reyes met. The friends said"),
  // not as an object or inside what someone said ("... said that Lee and Reyes lead").
  // "they" may go on with people named a few sentences back, as long as "they" kept them the subject (theyRefersTo).
  const reach = ref.pronoun ? CHAIN_REACH : CONJUNCTION_REACH;
  const conjunction = latestBefore(conjunctions, m, sentence, reach, (c) => fits(c.members) && (ref.size !== null || c.subject));
  // Quotes come in order, their speakers nearly so: the last few sets, sorted, hold any within reach.
  const recentSets = earlier.slice(-RECENT_SETS).sort((a, b) => a.start - b.start);
  const set = latestBefore(recentSets, m, sentence, SET_REACH, (x) => fits(x.members));
  const nearest = latest([conjunction, set].filter((x) => x !== undefined));
  if (ref.pronoun) return theyRefersTo(nearest, m, view, current);
  if (ref.size === null) return nearest && sentence - nearest.sentence <= SET_REACH ? nearest.members : null;
  return nearest?.members ?? recentPeople(ref.size, ref.gender, m, view);
}

/**
 * "they": the people named together just before, when they are the latest plural subject (no
 * group or organisation subject since: "Ann Lee and Tom Reyes met. They said", but not "... The
 * unions said they"); with no other referent at all, the latest named together nearby.
 */
function theyRefersTo(nearest: Conjunction | ResolvedSet | undefined, m: Mention, view: ArticleView, current: Entity | null): Entity[] | null {
  if (!nearest) return null;
  const sentence = view.tokens[m.firstToken]!.sentence;
  const isSubject = !("subject" in nearest) || nearest.subject;
  if (isSubject && sentence - theyChainEnd(nearest, m, view) <= 1 && !groupSubjectBetween(nearest.start, m, view)) return nearest.members;
  return current === null && sentence - nearest.sentence <= SET_REACH ? nearest.members : null;
}

/**
 * The last sentence in which "they" goes on with people named together: "Ann Lee and Tom Reyes
 * published a book. They compare two countries. In the end, they make no call." keeps the pair
 * the subject, and so does a member as a subject ("Lee told me"); a sentence with neither breaks the chain.
 */
function theyChainEnd(nearest: Conjunction | ResolvedSet, m: Mention, view: ArticleView): number {
  let end = nearest.sentence;
  for (let k = countStartingBefore(view.mentions, nearest.start + 1); k < view.mentions.length; k++) {
    const other = view.mentions[k]!;
    if (other.start >= m.start) break;
    if (other.firstToken < 0 || view.quoted(other.start, other.end) || !isSubjectRole(other, view.tokens)) continue;
    const s = view.tokens[other.firstToken]!.sentence;
    if (s - end > 1) break;
    const e = other.kind === "name" ? view.entityOf(other) : undefined;
    if ((other.kind === "pronoun" && view.tokens[other.firstToken]!.lower === "they") || (e && nearest.members.includes(e))) end = s;
  }
  return end;
}

function groupSubjectBetween(from: number, m: Mention, view: ArticleView): boolean {
  for (let k = countStartingBefore(view.mentions, from + 1); k < view.mentions.length; k++) {
    const other = view.mentions[k]!;
    if (other.start >= m.start) break;
    if (other.kind === "pronoun" || view.quoted(other.start, other.end)) continue;
    const e = view.entityOf(other);
    if (e && (e.kind === "group" || e.kind === "organisation") && isSubjectRole(other, view.tokens)) return true;
  }
  return false;
}

/** The `size` people named last before `m` (outside quotations), within a few sentences: "... Lee ... Reyes. The two said". */
function recentPeople(size: number, gender: "male" | "female" | undefined, m: Mention, view: ArticleView): Entity[] | null {
  const sentence = view.tokens[m.firstToken]!.sentence;
  const found: Entity[] = [];
  for (let k = countStartingBefore(view.mentions, m.start) - 1; k >= 0 && found.length < size; k--) {
    const other = view.mentions[k]!;
    if (other.firstToken < 0 || other.end > m.start) continue;
    if (sentence - view.tokens[other.firstToken]!.sentence > PEOPLE_REACH) break;
    const e = namedPerson(other, view);
    if (e && !found.includes(e) && (!gender || e.gender !== opposite(gender))) found.push(e);
  }
  return found.length === size ? found.reverse() : null;
}

/**
 * The article's conjunctions of named people, in order: person names (with what their phrase
 * holds: "his wife, Tom Reyes") joined by "and", "&" or commas, with at most an age between
 * ("Ann Lee, 45, and Tom Reyes"), the last two by "and" or "&".
 */
export function findConjunctions(view: ArticleView): Conjunction[] {
  const found: Conjunction[] = [];
  let run: Mention[] = [];
  let joinedByAnd: boolean[] = [];
  const close = () => {
    while (run.length >= 2 && !joinedByAnd[run.length - 2]) {
      run.pop();
      joinedByAnd.pop();
    }
    const members = [...new Set(run.map((x) => view.entityOf(x)!))];
    if (members.length >= 2) found.push(conjunctionOf(run, members, view.tokens));
    run = [];
    joinedByAnd = [];
  };
  for (const m of view.mentions) {
    if (m.firstToken < 0 || !namedPerson(m, view)) continue;
    const last = run[run.length - 1];
    if (last && m.extentFirstToken < last.extentEndToken) continue; // inside the last one's phrase
    const gap = last ? joinerBetween(view.tokens, last.extentEndToken, m.extentFirstToken) : null;
    if (gap === null) {
      close();
      run = [m];
      continue;
    }
    run.push(m);
    joinedByAnd.push(gap === "and");
  }
  close();
  return found;
}

function conjunctionOf(run: readonly Mention[], members: Entity[], tokens: readonly Token[]): Conjunction {
  const first = run[0]!;
  const last = run[run.length - 1]!;
  return {
    members, mentions: [...run], start: first.extentStart, sentence: tokens[first.extentFirstToken]!.sentence,
    subject: isSubjectPhrase(tokens, first.extentFirstToken, last.extentEndToken),
  };
}

/**
 * What joins two phrases: "and" (or "&"), only commas, or null for anything else (other words,
 * another sentence). An age between counts for nothing: "Ann Lee, 45, and Tom Reyes", "Ann Lee
 * and 24-year-old Tom Reyes".
 */
function joinerBetween(tokens: readonly Token[], end: number, next: number): "and" | "comma" | null {
  if (next <= end || tokens[end - 1]!.sentence !== tokens[next]!.sentence) return null;
  let and = false;
  let words = 0;
  for (let k = end; k < next; k++) {
    const t = tokens[k]!;
    if (++words > 5) return null;
    if (t.lower === "and" || t.lower === "&") and = true;
    else if (t.kind === "number") k += ageCompoundLength(tokens, k + 1);
    else if (t.text !== ",") return null;
  }
  return and ? "and" : "comma";
}

/** How many tokens of "-year-old" follow a number at `k` ("24-year-old"), or 0. */
function ageCompoundLength(tokens: readonly Token[], k: number): number {
  const words = [tokens[k], tokens[k + 1], tokens[k + 2], tokens[k + 3]].map((t) => t?.lower);
  return words[0] === "-" && (words[1] === "year" || words[1] === "years") && words[2] === "-" && words[3] === "old" ? 4 : 0;
}

/** The entity of a person's name outside quotations (a pronoun or a description names no one). */
function namedPerson(m: Mention, view: ArticleView): Entity | undefined {
  if (m.kind !== "name" || view.quoted(m.start, m.end)) return undefined;
  const e = view.entityOf(m);
  return e?.kind === "person" ? e : undefined;
}

/** The conjunction whose members include mention `m`, if it is a clause's subject: "Lee and Reyes said" speak together. */
export function subjectConjunctionOf(m: Mention, conjunctions: readonly Conjunction[]): Conjunction | undefined {
  let byMember = subjectsByMember.get(conjunctions);
  if (!byMember) {
    byMember = new Map();
    for (const c of conjunctions) if (c.subject) for (const x of c.mentions) byMember.set(x, c);
    subjectsByMember.set(conjunctions, byMember);
  }
  return byMember.get(m);
}
const subjectsByMember = new WeakMap<readonly Conjunction[], Map<Mention, Conjunction>>();

/**
 * The last of `items` (in order of start) that starts before `m`, at most `reach` sentences back,
 * and passes `test`: walked back from the end, so an article's many items cost little each time.
 */
function latestBefore<T extends { start: number; sentence: number }>(
  items: readonly T[], m: Mention, sentence: number, reach: number, test: (x: T) => boolean,
): T | undefined {
  for (let k = countStartingBefore(items, m.start) - 1; k >= 0; k--) {
    const x = items[k]!;
    if (sentence - x.sentence > reach) return undefined;
    if (test(x)) return x;
  }
  return undefined;
}


function latest<T extends { start: number }>(items: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const x of items) if (!best || x.start > best.start) best = x;
  return best;
}

const opposite = (g: "male" | "female"): "male" | "female" => (g === "male" ? "female" : "male");
