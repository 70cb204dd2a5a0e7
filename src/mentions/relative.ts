import { isPossessiveMark } from "../document/pos";
import { isRelativePronoun } from "../document/relatives";
import type { Token } from "../document/types";
import { salientBefore } from "./salience";
import type { Entity, Mention } from "./types";
import { COPULAS, INDEFINITE_ARTICLES } from "./words";

/** Relatives that refer to people: their antecedent is no place or phrase inside a prepositional phrase. */
export const PERSONAL = new Set(["who", "whom"]);
/** Words before "of whom" ("two of whom", "all of which"): the relative stands for the phrase before the comma. */
const PART_WORDS = new Set(
  `one two three four five six seven eight nine ten both all some many most none each several few neither either
  half any`.split(/\s+/),
);
/** Marks that set a relative clause off from its antecedent. */
const SETTING_OFF = new Set([",", "(", "\u2014", "\u2013", "--", "-"]);
/** How many mentions back a relative's antecedent may start (its own title or apposition between). */
const REACH = 6;

type EntityOf = (m: Mention) => Entity | undefined;

/**
 * The referent of a speaker phrase that is or ends with a relative pronoun, `undefined` when
 * `span` is not one: "who" (or "two of whom") after "Ann Lee, the head of the union," is Ann Lee;
 * "Voters who" is the voters; "the newcomer who", with no mention of its own, the most salient
 * person just before. `null`: a relative with no antecedent found.
 */
export function relativeReferent(
  span: Mention, at: number, mentions: readonly Mention[], tokens: readonly Token[], entityOf: EntityOf,
  resolvePronoun: (pronoun: Mention) => Entity | null,
): Entity | null | undefined {
  const last = span.endToken - 1;
  const word = tokens[last]?.lower;
  // A speaker phrase "who" or "Voters who" stands for the phrase before the pronoun.
  if (word === undefined || !isRelativePronoun(word, true)) return undefined;
  const referentOf = (m: Mention) => (m.kind === "pronoun" ? resolvePronoun(m) : entityOf(m) ?? null);
  if (last > span.firstToken) {
    // "Voters who", "the political novice who": the phrase before the pronoun.
    let from = at;
    while (from > 0 && mentions[from - 1]!.start >= span.start) from--;
    const host = describedHost(span, PERSONAL.has(word), mentions, from, tokens, entityOf);
    if (host) return host;
    for (let k = from; k < mentions.length && mentions[k]!.firstToken < last; k++) {
      const m = mentions[k]!;
      if (m !== span && m.firstToken >= span.firstToken && m.endToken === last) return referentOf(m);
    }
    const definite = tokens[span.firstToken]!.lower === "the";
    if (!definite || !PERSONAL.has(word)) return null;
    return salientBefore(mentions, at, tokens, entityOf, (x, e) => x.kind === "name" && e.kind === "person") ?? null;
  }
  // "Ann Lee, whose district backed the plan but who said": the relative it is coordinated with.
  const earlier = PERSONAL.has(word) ? coordinatedRelative(tokens, last) : -1;
  if (earlier >= 0) {
    const before = countMentionsBefore(mentions, at, earlier);
    const referent = relativeReferent({ ...span, firstToken: earlier, endToken: earlier + 1 }, before, mentions, tokens, entityOf, resolvePronoun);
    // "Ann Lee, a Hale supporter whose ...": the person named before the apposition.
    return referent ?? (tokens[earlier]!.lower === "whose" ? nameBeforeAppositions(earlier, mentions, before, tokens, entityOf) : undefined) ?? null;
  }
  let end = last;
  // "five superdelegates, two of whom": the phrase before the comma.
  if (tokens[end - 1]?.lower === "of" && PART_WORDS.has(tokens[end - 2]?.lower ?? "")) end -= 2;
  // "Graham—who", "David Duke (who": a dash or bracket sets the relative off as a comma does.
  if (SETTING_OFF.has(tokens[end - 1]?.text ?? "")) end--;
  // "Harlan Voss, a Texas real estate developer, who", "Ann Lee, a nurse from Ames, Iowa, who":
  // the person before appositions that no mention (or only a place) ends.
  // "the Quill Institute, a think tank, which": the organisation before them.
  const host = () => (tokens[end]?.text === "," ? nameBeforeAppositions(end, mentions, at, tokens, entityOf, PERSONAL.has(word) ? PERSON : BODY) ?? null : null);
  for (let k = at - 1; k >= 0 && k >= at - REACH; k--) {
    const m = mentions[k]!;
    if (m === span || (m.extentEndToken !== end && m.endToken !== end)) continue;
    if (!PERSONAL.has(word)) return referentOf(m);
    const head = headOfPhrase(m, mentions, k, tokens, entityOf);
    // The head of an apposition ("Ann Lee, the leader of the union in Corvale, who"), or of a
    // phrase whose last name is no person ("Ted Cruz of Texas, who").
    const apposition = head !== m && (tokens[head.extentFirstToken - 1]?.text === "," || entityOf(m)?.kind !== "person");
    const referent = referentOf(apposition ? head : m);
    // "who" is never a place ("the delegates in Corvale, all of whom"), and an organisation only
    // when no person stands before the appositions ("Ann Lee, a professor at the University of
    // Leeds, who": Ann Lee).
    if (referent?.kind === "organisation") return host() ?? referent;
    return referent && referent.kind !== "place" ? referent : host();
  }
  return host();
}

/** Marks that set an apposition off from the name before it: a comma or a dash, not a bracket. */
const APPOSITION_OFF = new Set([",", "\u2014", "\u2013", "--"]);

/**
 * The person named before an apposition "a/an DESCRIPTION who" that the relative closes: "Gov.
 * Ann Lee of Ames, a Republican who", "Lee \u2014 a nurse who", "Ann Lee, a pollster and an
 * early Hale backer who"; with "that" or "which", the organisation ("Corvale Watch, a citizens'
 * group that"). The description alone names no one; the person or body it describes does.
 */
function describedHost(
  span: Mention, personal: boolean, mentions: readonly Mention[], from: number, tokens: readonly Token[], entityOf: EntityOf,
): Entity | undefined {
  // "a graduate of Harvard Law School who": past a preposition only when "who" can be no one after it.
  const acrossPreposition = personal && !personEndsSpan(span, mentions, from, entityOf);
  const article = indefiniteArticle(span.firstToken, tokens, acrossPreposition);
  if (article < 0) return undefined;
  const sep = article - 1;
  const mark = tokens[sep];
  if (!mark || mark.sentence !== tokens[span.firstToken]!.sentence) return undefined;
  if (mark.lower === "and") return personal ? nameBeforeAppositions(sep, mentions, from, tokens, entityOf) : undefined;
  // "Ann Lee is a retired nurse who says": a copula's complement is its subject.
  if (COMPLEMENT_COPULAS.has(mark.lower)) return personal ? copulaSubject(sep, mentions, from, tokens, entityOf) : undefined;
  if (!APPOSITION_OFF.has(mark.text)) return undefined;
  for (let k = from - 1; k >= 0 && k >= from - REACH; k--) {
    const m = mentions[k]!;
    if (m.kind === "pronoun" || (m.extentEndToken !== sep && m.endToken !== sep)) continue;
    const head = headOfPhrase(m, mentions, k, tokens, entityOf);
    const e = entityOf(head);
    // Only a referent with a name ("the Corvale Heritage Center" is one): a description's would reword it.
    if (!e || !/^\p{Lu}/u.test(e.name)) return undefined;
    // A name of unknown kind that "a foundation that" describes is a body, not a person or place.
    const fits = personal ? e.kind === "person" : e.kind === "organisation" || e.kind === "unknown";
    return fits ? e : undefined;
  }
  // "Ann Lee was one of the town's best-known figures, a self-described farmer who": an apposition
  // to a copula's complement, which no mention ends, describes the copula's subject too.
  return personal ? copulaSubject(complementCopula(sep, tokens), mentions, from, tokens, entityOf) : undefined;
}

/** How many words may stand between an indefinite article and a speaker phrase that leaves it out. */
const ARTICLE_REACH = 4;

/**
 * The token of the "a"/"an" that opens the phrase of token `first`: itself, or one a few
 * modifiers before it ("a self-described" of "housewife who"); -1 when there is none.
 */
function indefiniteArticle(first: number, tokens: readonly Token[], acrossPreposition: boolean): number {
  for (let k = first; k >= 0 && k >= first - ARTICLE_REACH; k--) {
    if (INDEFINITE_ARTICLES.has(tokens[k]!.lower)) return k;
    if (k < first && (!/^[\p{L}-]/u.test(tokens[k]!.text) || (tokens[k]!.pos === "ADP" && !acrossPreposition))) return -1;
  }
  return -1;
}

/** Whether a person's name ends the speaker phrase right before its relative ("Ann Lee" of "Ann Lee who"). */
function personEndsSpan(span: Mention, mentions: readonly Mention[], from: number, entityOf: EntityOf): boolean {
  for (let k = from; k < mentions.length && mentions[k]!.firstToken < span.endToken - 1; k++) {
    const m = mentions[k]!;
    if (m !== span && m.endToken === span.endToken - 1 && entityOf(m)?.kind === "person") return true;
  }
  return false;
}

/** Copulas whose complement describes their subject ("Ann Lee is a nurse", "has been a nurse"). */
const COMPLEMENT_COPULAS: ReadonlySet<string> = new Set([...COPULAS, "been"]);
/** Words that open a copula's complement that is a noun phrase. */
const COMPLEMENT_OPENERS = new Set(["a", "an", "the", "one"]);
/** How many words a copula's complement may span before the apposition's comma. */
const COMPLEMENT_WORDS = 12;

/**
 * The copula whose complement ends at the comma `comma`: "was one of the town's best-known
 * figures," (no verb, pronoun or comma between); -1 when there is none.
 */
function complementCopula(comma: number, tokens: readonly Token[]): number {
  const sentence = tokens[comma]!.sentence;
  for (let k = comma - 1; k >= 0 && k >= comma - COMPLEMENT_WORDS && tokens[k]!.sentence === sentence; k--) {
    const t = tokens[k]!;
    // A noun phrase after it ("was one of", "is the head of"), not a place or state ("was at home").
    if (COMPLEMENT_COPULAS.has(t.lower)) return k < comma - 1 && COMPLEMENT_OPENERS.has(tokens[k + 1]!.lower) ? k : -1;
    if ((t.pos === "VERB" && !isAttributive(tokens, k)) || t.pos === "AUX" || t.pos === "PRON" || t.pos === "PUNCT" || t.pos === "SCONJ") return -1;
  }
  return -1;
}

/** "polarizing figures", "elected officials": a participle before a noun modifies it, as an adjective would. */
function isAttributive(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  return /(?:ing|ed)$/.test(tokens[k]!.lower) && (next?.pos === "NOUN" || next?.pos === "ADJ");
}

/** The person whose name is the subject right before the copula at token `copula` ("Ann Lee" of "Ann Lee is"). */
function copulaSubject(copula: number, mentions: readonly Mention[], from: number, tokens: readonly Token[], entityOf: EntityOf): Entity | undefined {
  if (copula < 1) return undefined;
  for (let k = from - 1; k >= 0 && k >= from - REACH; k--) {
    const m = mentions[k]!;
    if (m.extentEndToken !== copula) continue;
    const e = m.kind === "name" ? entityOf(m) : undefined;
    return e?.kind === "person" ? e : undefined;
  }
  return undefined;
}

/** Conjunctions that join a second relative clause to a first one ("whose ... but who"). */
const JOINING = new Set(["and", "but", "yet"]);

/**
 * "who" right after "and" or "but": the token of a "who" (after a comma) or "whose" opening an
 * earlier relative clause in the sentence, that this one is coordinated with; -1 when there is none.
 */
function coordinatedRelative(tokens: readonly Token[], k: number): number {
  if (!JOINING.has(tokens[k - 1]?.lower ?? "")) return -1;
  const sentence = tokens[k]!.sentence;
  for (let j = k - 2; j > 0 && tokens[j]!.sentence === sentence; j--) {
    const lower = tokens[j]!.lower;
    // "Ann Lee, who ... and who", "Ann Lee, a nurse whose ... but who".
    if (lower === "who" || lower === "whose") return tokens[j - 1]!.text === "," || lower === "whose" ? j : -1;
  }
  return -1;
}

/** The index in `mentions` of the first mention at or after `at` starting at or after token `k`, scanning back from `at`. */
function countMentionsBefore(mentions: readonly Mention[], at: number, k: number): number {
  let i = at;
  while (i > 0 && mentions[i - 1]!.firstToken >= k) i--;
  return i;
}

/** How many comma-delimited appositions may stand between a person's name and "who". */
const APPOSITIONS = 3;

const PERSON = (e: Entity) => e.kind === "person";
const BODY = (e: Entity) => e.kind === "organisation";

/**
 * The person (or, with `fits`, the body) whose name ends right before one to three phrases set
 * off by commas, with no verb in them, that end at the comma `comma`: "Harlan Voss, a Texas real
 * estate developer," and "Ann Lee, a nurse from Ames, Iowa,".
 */
function nameBeforeAppositions(
  comma: number, mentions: readonly Mention[], at: number, tokens: readonly Token[], entityOf: EntityOf, fits = PERSON,
): Entity | undefined {
  const sentence = tokens[comma]!.sentence;
  let end = comma;
  for (let step = 0; step < APPOSITIONS; step++) {
    let k = end - 1;
    while (k >= 0 && tokens[k]!.sentence === sentence && tokens[k]!.text !== ",") {
      const t = tokens[k]!;
      if (t.pos === "VERB" || t.pos === "AUX" || t.pos === "PRON" || !/^[\p{L}\d.'’&-]/u.test(t.text)) return undefined;
      k--;
    }
    if (k < 0 || tokens[k]!.text !== "," || k === end - 1) return undefined;
    for (let j = at - 1; j >= 0; j--) {
      const m = mentions[j]!;
      if (m.extentEndToken > k || m.firstToken < 0) continue;
      if (m.extentEndToken < k) break;
      const e = m.kind === "name" ? entityOf(m) : undefined;
      if (e && fits(e)) return e;
    }
    end = k;
  }
  return undefined;
}

/**
 * The mention a phrase ending with `m` is headed by: "the leader" of "the leader of the
 * opposition in Hesse" (each mention after a preposition steps back to the one before it, in
 * the same sentence, up to the first person).
 */
function headOfPhrase(m: Mention, mentions: readonly Mention[], at: number, tokens: readonly Token[], entityOf: EntityOf): Mention {
  let head = m;
  let start = ownedPhraseStart(m, mentions, at, tokens);
  for (let k = at - 1; k >= 0 && tokens[start - 1]?.pos === "ADP" && (head === m || entityOf(head)?.kind !== "person"); k--) {
    const other = mentions[k]!;
    if (other.kind === "pronoun" || other.extentEndToken > start) continue;
    if (tokens[other.firstToken]?.sentence !== tokens[head.firstToken]?.sentence) break;
    if (!joinsPhrase(tokens, other.extentEndToken, start - 1)) return head;
    head = other;
    start = other.extentFirstToken;
  }
  return head;
}

/**
 * Where the phrase of `m` starts, its owner included: "the teachers" of "the teachers' union,
 * Unitas," (a mention of its own before the possessive mark), else the mention's extent.
 */
function ownedPhraseStart(m: Mention, mentions: readonly Mention[], at: number, tokens: readonly Token[]): number {
  const mark = m.extentFirstToken - 1;
  if (!isPossessiveMark(tokens[mark])) return m.extentFirstToken;
  for (let k = at - 1; k >= 0 && k >= at - 3; k--) {
    const owner = mentions[k]!;
    if (owner.extentEndToken === mark && owner.kind !== "pronoun") return owner.extentFirstToken;
  }
  // "the ferry crews' union": an owner no mention covers, its noun phrase's words.
  let k = mark;
  while (k > 0 && tokens[k - 1]!.sentence === tokens[mark]!.sentence && OWNER_POS.has(tokens[k - 1]!.pos)) {
    k--;
    if (tokens[k]!.pos === "DET") break;
  }
  return k < mark ? k : m.extentFirstToken;
}

/** The tags of an owner's noun phrase ("the ferry crews"). */
const OWNER_POS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);

/**
 * Whether tokens [from, to) may stand between a phrase and the prepositional phrase after it: the
 * words of one phrase (no verb, no comma), or an age set off by commas ("Ann Lee, 24, from Corvale").
 */
function joinsPhrase(tokens: readonly Token[], from: number, to: number): boolean {
  let plain = true;
  let age = to > from;
  for (let t = from; t < to; t++) {
    const token = tokens[t]!;
    if (token.text === "," || token.pos === "VERB" || token.pos === "AUX") plain = false;
    if (token.text !== "," && !/^\d{1,3}$/.test(token.text)) age = false;
  }
  return plain || age;
}
