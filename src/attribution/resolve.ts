import { countStartingBefore } from "./lookup";
import type { Token } from "../document/types";
import type { Entity, Mention } from "../mentions/types";
import type { AttributedQuote } from "./types";

/**
 * Whether an entity can be what a pronoun refers to: he, she and I a person (or a name of unknown
 * kind), never a place, organisation or document; it an organisation or a place ("Russia said
 * it"); they and we a group or an organisation.
 */
export function compatible(pronoun: string, e: Entity): boolean {
  switch (pronoun) {
    case "he":
      return isOnePerson(e) && e.gender !== "female";
    case "she":
      return isOnePerson(e) && e.gender !== "male";
    case "i":
      return isOnePerson(e);
    case "it":
      return e.kind === "organisation" || e.kind === "place";
    default: // they, we
      return e.kind === "group" || e.kind === "organisation";
  }
}

/** Words that open a phrase about several ("those four skilled spielers", "many voters"). */
const PLURAL_OPENERS = new Set(["those", "these", "many", "some", "several", "both", "all", "few", "most", "other"]);

/** A person, or a speaker of unknown kind whose phrase does not speak of several. */
function isOnePerson(e: Entity): boolean {
  if (e.kind === "person") return true;
  if (e.kind !== "unknown") return false;
  const words = e.name.toLowerCase().split(/\s+/);
  const last = words[words.length - 1]!;
  return !PLURAL_OPENERS.has(words[0]!) && !(words.length > 1 && /[^s]s$/.test(last));
}

const SUBJECT_FOLLOWERS = new Set(["VERB", "AUX"]);

/**
 * Resolves a pronoun: a compatible subject in the sentences just before it, else the speaker of
 * the latest attributed quote, else the latest compatible mention. Mentions inside the quote being
 * attributed are skipped: the speaker is never someone the speaker talks about.
 */
export function resolvePronoun(
  pronoun: Mention,
  mentions: readonly Mention[],
  entityOf: (id: string) => Entity | undefined,
  tokens: readonly Token[],
  previous: readonly AttributedQuote[],
  skip: (m: Mention) => boolean,
): Entity | null {
  const word = tokens[pronoun.firstToken]!.lower;
  const sentence = tokens[pronoun.firstToken]!.sentence;
  let latest: Entity | null = null;
  let subject: Entity | null = null;
  let weakSubject: Entity | null = null;
  for (let k = countStartingBefore(mentions, pronoun.start) - 1; k >= 0; k--) {
    const m = mentions[k]!;
    // Checked first, for every mention: a run of pronouns must not walk back through the article.
    const distance = m.firstToken >= 0 ? sentence - tokens[m.firstToken]!.sentence : 0;
    if (distance > 6) break;
    if (m.kind === "pronoun" || !m.entity || skip(m)) continue;
    const e = entityOf(m.entity);
    if (!e || !compatible(word, e)) continue;
    const next = tokens[m.extentEndToken];
    // A capitalised word of unknown kind ("Fine", "Stocks") is a person only as the subject of a
    // verb ("Lynch said"), and then only if no earlier speaker will do.
    const weak = e.kind === "unknown";
    if (weak && !(next && SUBJECT_FOLLOWERS.has(next.pos))) continue;
    if (!weak) latest ??= e;
    if (distance <= 2 && next && (SUBJECT_FOLLOWERS.has(next.pos) || next.text === ",")) {
      if (!weak) {
        subject = e;
        break;
      }
      weakSubject ??= e;
    }
  }
  if (subject) return subject;
  for (let k = previous.length - 1; k >= 0 && k >= previous.length - 6; k--) {
    const e = previous[k]!.entity;
    if (e && compatible(word, e)) return e;
  }
  return weakSubject ?? latest;
}

/** Relative pronouns that stand for the phrase right before them ("Ted Cruz of Texas, who said"). */
const RELATIVES = new Set(["who", "which", "that"]);
/** Words that may open a span before the pronoun or name it stands for ("that he", "a speech Mrs. Lee"). */
const SPAN_OPENERS = new Set(["that", "as", "so", "and", "but", "then", "when", "while", "because", "under", "a", "an", "the"]);

/**
 * Whom a speaker span refers to, where a rule returned a phrase no mention covered: a relative
 * "who" or "which" refers to the mention that ends right before it (past a comma); a span that
 * ends with a name ("a speech Mrs. Lee", "widow Terry Strada"), not after a preposition ("people
 * close to Lee"), refers to that name; a span of openers and a pronoun ("that he") to the pronoun's
 * referent. Null when it is none of these: the span stays a speaker of its own.
 */
export function resolveSpan(
  span: Mention,
  mentions: readonly Mention[],
  tokens: readonly Token[],
  entityOf: (id: string) => Entity | undefined,
  resolvePronounAt: (pronoun: Mention) => Entity | null,
): Entity | null {
  const first = span.firstToken;
  const last = span.endToken - 1;
  if (first === last && RELATIVES.has(tokens[first]!.lower)) {
    const end = tokens[first - 1]?.text === "," ? first - 1 : first;
    // The mention ending there starts at most a few mentions back (its own title or apposition between).
    const from = countStartingBefore(mentions, span.start) - 1;
    for (let k = from; k >= 0 && k > from - 6; k--) {
      const m = mentions[k]!;
      if (m === span || (m.extentEndToken !== end && m.endToken !== end)) continue;
      if (m.kind === "pronoun") return resolvePronounAt(m);
      return m.entity ? entityOf(m.entity) ?? null : null;
    }
    return null;
  }
  let inside: Mention | undefined;
  for (let k = countStartingBefore(mentions, span.end) - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (m.start < span.start) break;
    if (m !== span && m.end <= span.end && m.kind !== "description") {
      inside = m;
      break;
    }
  }
  if (!inside || inside.endToken !== span.endToken) return null;
  if (inside.kind === "pronoun") {
    for (let k = first; k < inside.firstToken; k++) if (!SPAN_OPENERS.has(tokens[k]!.lower)) return null;
    return resolvePronounAt(inside);
  }
  const before = tokens[inside.extentFirstToken - 1];
  if (inside.extentFirstToken > first && before?.pos === "ADP") return null;
  return inside.entity ? entityOf(inside.entity) ?? null : null;
}
