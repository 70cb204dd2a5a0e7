import type { Token } from "../document/types";
import type { CorpusDocument } from "./corpus";
import { ABBREV_TITLE_RE, MONTHS, PRONOUNS, STOP, WEEKDAYS } from "./word-lists";
import { inc, lowerForm } from "./words";

/** Tokens after which a capital says nothing about the word: an opening quote, bracket or colon. */
const CASE_NEUTRAL_BEFORE = /^["\u201C\u2018'(\[:]$/;

/**
 * How words are written across the corpus, the evidence for telling names from title nouns:
 * case away from a sentence start, the share tagged NOUN, words mostly after "the", and words
 * followed by "who" (people) or "which" / "that" (things).
 */
export interface WordCase {
  /** A capitalised token that is no abbreviated title and is lowercase in under 10% of its uses. */
  isNameLike(token: Token): boolean;
  /** A noun mostly written lowercase, or an abbreviated title ("Sen."). */
  isTitleLike(token: Token): boolean;
  /** A group or institution word rather than a person's name ("Republicans", "GOP", "Senate"). */
  notPersonName(word: string): boolean;
  /** Share of a word's non-initial uses that are lowercase. */
  lowerShare(word: string): number;
  /** Share of a word's lowercase uses that wink tags NOUN. */
  nounShare(word: string): number;
  /** Followed by "which" / "that" (a thing) more than twice as often as by "who". */
  thingLike(word: string): boolean;
}

export const isCapitalised = (token: Token): boolean => /^\p{Lu}/u.test(token.text);

export function wordCase(documents: readonly CorpusDocument[]): WordCase {
  const lower = new Map<string, number>();
  const upper = new Map<string, number>();
  const nounLower = new Map<string, number>();
  const theBefore = new Map<string, number>();
  const whoAfter = new Map<string, number>();
  const whichAfter = new Map<string, number>();
  for (const { doc } of documents) {
    const sentenceFirst = new Set(doc.sentences.map((s) => s.firstToken));
    doc.tokens.forEach((token, i) => {
      countCase(token, doc.tokens[i - 1], sentenceFirst.has(i));
      if (isCapitalised(token) && i > 0 && /^the$/i.test(doc.tokens[i - 1]!.text)) inc(theBefore, token.text);
      countFollower(token, doc.tokens[i + 1], doc.tokens[i + 2]);
    });
  }

  function countCase(token: Token, previous: Token | undefined, sentenceFirst: boolean): void {
    if (!/^\p{L}/u.test(token.text) || sentenceFirst) return;
    if (CASE_NEUTRAL_BEFORE.test(previous?.text ?? "")) return;
    const w = lowerForm(token.text);
    if (isCapitalised(token)) inc(upper, w);
    else {
      inc(lower, w);
      if (token.pos === "NOUN") inc(nounLower, w);
    }
  }

  // "an aide who", "a group, which": the word after a comma counts too.
  function countFollower(token: Token, next: Token | undefined, afterNext: Token | undefined): void {
    const comma = next?.text === ",";
    const follower = comma ? afterNext : next;
    if (!follower || !/^\p{Ll}/u.test(token.text)) return;
    const w = lowerForm(token.text);
    const f = follower.text.toLowerCase();
    if (f === "who") inc(whoAfter, w);
    else if (f === "which" || (f === "that" && !comma)) inc(whichAfter, w);
  }

  const lowerShare = (w: string): number => {
    const l = lower.get(w) ?? 0;
    const u = upper.get(w) ?? 0;
    return l + u ? l / (l + u) : 0;
  };
  const nounShare = (w: string): number => {
    const l = lower.get(w);
    return l ? (nounLower.get(w) ?? 0) / l : 0;
  };
  const isNameLike = (t: Token): boolean => isCapitalised(t) && !ABBREV_TITLE_RE.test(t.text) && lowerShare(lowerForm(t.text)) < 0.1;
  const isTitleLike = (t: Token): boolean => {
    const w = lowerForm(t.text).split("-").pop()!;
    if (STOP.has(w) || PRONOUNS.has(w) || MONTHS.has(w) || WEEKDAYS.has(w)) return false;
    if (!/^\p{L}[\p{L}.-]*$/u.test(t.text)) return false;
    if (ABBREV_TITLE_RE.test(t.text)) return true;
    if (t.pos !== "NOUN" && t.pos !== "PROPN") return false;
    return (lower.get(w) ?? 0) >= 3 && lowerShare(w) >= 0.2;
  };
  const notPersonName = (n: string): boolean => {
    const w = n.toLowerCase();
    const capitalised = upper.get(w) ?? 0;
    return (
      n === "I" ||
      (n.length > 1 && n === n.toUpperCase()) ||
      (w.endsWith("s") && (upper.get(w.slice(0, -1)) ?? 0) >= 3) ||
      (capitalised > 0 && (theBefore.get(n) ?? 0) / capitalised >= 0.2)
    );
  };
  const thingLike = (w: string): boolean => (whichAfter.get(w) ?? 0) >= 3 && (whichAfter.get(w) ?? 0) > 2 * (whoAfter.get(w) ?? 0);
  return { isNameLike, isTitleLike, notPersonName, lowerShare, nounShare, thingLike };
}
