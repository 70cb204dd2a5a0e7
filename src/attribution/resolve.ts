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
      return (e.kind === "person" || e.kind === "unknown") && e.gender !== "female";
    case "she":
      return (e.kind === "person" || e.kind === "unknown") && e.gender !== "male";
    case "i":
      return e.kind === "person" || e.kind === "unknown";
    case "it":
      return e.kind === "organisation" || e.kind === "place";
    default: // they, we
      return e.kind === "group" || e.kind === "organisation";
  }
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
  for (let k = countStartingBefore(mentions, pronoun.start) - 1; k >= 0; k--) {
    const m = mentions[k]!;
    // Checked first, for every mention: a run of pronouns must not walk back through the article.
    const distance = m.firstToken >= 0 ? sentence - tokens[m.firstToken]!.sentence : 0;
    if (distance > 6) break;
    if (m.kind === "pronoun" || !m.entity || skip(m)) continue;
    const e = entityOf(m.entity);
    if (!e || !compatible(word, e)) continue;
    const next = tokens[m.extentEndToken];
    // A capitalised word of unknown kind ("Fine", "Stocks") is a person only as the subject of a verb ("Lynch said").
    if (e.kind === "unknown" && !(next && SUBJECT_FOLLOWERS.has(next.pos))) continue;
    latest ??= e;
    if (distance <= 2 && next && (SUBJECT_FOLLOWERS.has(next.pos) || next.text === ",")) {
      subject = e;
      break;
    }
  }
  if (subject) return subject;
  for (let k = previous.length - 1; k >= 0 && k >= previous.length - 6; k--) {
    const e = previous[k]!.entity;
    if (e && compatible(word, e)) return e;
  }
  return latest;
}
