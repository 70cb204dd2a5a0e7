/** Building a mention from a token span, and merging sorted mention lists. */

import type { Doc } from "../../document/types";
import type { SpeakerKind, Span } from "../../types";
import { genderOfTag } from "../lexicon";
import { TokenFacts } from "../token-facts";
import { isMonsieur } from "./name-runs";
import type { Run } from "./runs";
import type { Mention, MentionKind } from "../types";
import { COMMON_WORD_FIRST_NAMES, EITHER_GENDER_NAMES, GENDERED_HEADS, HONORIFICS, MAN_NOUN, POST_HONORIFICS, isPluralHead } from "../words";

export const compareStarts = (a: Mention, b: Mention): number => a.start - b.start;

/** Three lists sorted by start, merged; at equal starts the earlier list's mention comes first. */
export function mergeByStart(a: readonly Mention[], b: readonly Mention[], c: readonly Mention[]): Mention[] {
  const merged: Mention[] = [];
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length || j < b.length || k < c.length) {
    const x = a[i]?.start ?? Infinity;
    const y = b[j]?.start ?? Infinity;
    const z = c[k]?.start ?? Infinity;
    if (x <= y && x <= z) merged.push(a[i++]!);
    else if (y <= z) merged.push(b[j++]!);
    else merged.push(c[k++]!);
  }
  return merged;
}

/** The nickname in marks inside a run's name, as a span of its words; none where the run was cut short of its surname. */
export function nicknameInside(doc: Doc, run: Run): Span | undefined {
  const { tokens, text } = doc;
  const nickname = run.nickname;
  if (!nickname || nickname.first < run.first || nickname.end >= run.end) return undefined;
  const start = tokens[nickname.first]!.start;
  const end = tokens[nickname.end - 1]!.end;
  return { text: text.slice(start, end), start, end };
}

export function makeMention(doc: Doc, facts: TokenFacts, kind: MentionKind, first: number, end: number, category: SpeakerKind, head: number): Mention {
  const { tokens, text } = doc;
  const start = tokens[first]!.start;
  const stop = tokens[end - 1]!.end;
  const m: Mention = {
    id: "",
    kind,
    text: text.slice(start, stop),
    start,
    end: stop,
    firstToken: first,
    endToken: end,
    extentStart: start,
    extentEnd: stop,
    extentFirstToken: first,
    extentEndToken: end,
    category,
    plural: kind === "description" && isPluralHead(tokens[head >= 0 ? head : end - 1]!.lower),
    entity: null,
  };
  if (kind === "name") {
    const word = tokens[first]!.lower;
    const byFirstName = EITHER_GENDER_NAMES.has(word)
      ? undefined
      : (genderOfTag(facts.nameTag(first)) ?? (end - first > 1 ? COMMON_WORD_FIRST_NAMES.get(word) : undefined));
    // "M. Benali": the French honorific, a man's.
    const monsieur = first > 0 && isMonsieur(tokens, facts, first - 1, end) ? "male" : undefined;
    const honorific = HONORIFICS.get(tokens[first - 1]?.lower ?? "") ?? monsieur ?? POST_HONORIFICS.get(tokens[end]?.lower ?? "");
    // "Ms. Billie Sutton": the article's honorific over the list's gender of the first name.
    const gender = honorific ?? byFirstName;
    if (gender) m.gender = gender;
    if (honorific) m.honorificGender = true;
  }
  if (kind === "description" && m.plural && category === "person") m.category = "group";
  if (kind === "description" && !m.plural) {
    const lower = tokens[head]!.lower;
    // "the foreman", "the chairwoman": the compound says it.
    const gender = GENDERED_HEADS.get(lower) ?? (MAN_NOUN.test(lower) ? (lower.endsWith("woman") ? "female" : "male") : undefined);
    if (gender) m.gender = gender;
  }
  return m;
}
