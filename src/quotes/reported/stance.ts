import { isVerb } from "../../document/pos";
import { isRelativePronoun } from "../../document/relatives";
import type { Token } from "../../document/types";
import { cueEntryAt, type CueMatch, type CueMatcher } from "../../lexicon/match";

const STANCE = /^(seem|seems|seemed|appear|appears|appeared)$/;
const CLAUSE_BOUNDARY = new Set(["CCONJ", "SCONJ"]);
/** Forms of "be": before "expected to", and before a passive ("has been called"). */
export const BE = new Set(["is", "are", "was", "were", "be", "been", "'s", "\u2019s"]);
/** Words that open a relative clause. */
/** A word that opens a relative clause, or "what" opening a free one. */
export const opensRelative = (lower: string): boolean => isRelativePronoun(lower, true) || lower === "what";

/** `X seemed to ...`, `X appears ADJ`, `X is expected to ...`: the writer's (or nobody's) view of X,
 * unless a verb of saying follows (`he appeared to suggest that ...` reports what he suggested). */
export function stanceAt(tokens: readonly Token[], cue: CueMatch, matcher: CueMatcher): boolean {
  const word = tokens[cue.firstToken]!.lower;
  if (cue.endToken !== cue.firstToken + 1) return false;
  // The cheap test first: most cues are no stance word, and the cue lookup after "to" costs more.
  if (word !== "expected" && !STANCE.test(word)) return false;
  const next = tokens[cue.endToken];
  if (next?.lower === "to" && cueEntryAt(tokens, cue.endToken + 1, matcher)) return false;
  if (word === "expected") {
    let k = cue.firstToken - 1;
    while (k > 0 && (tokens[k]!.pos === "ADV" || tokens[k]!.lower === "not")) k--;
    return BE.has(tokens[k]!.lower) && next?.lower === "to";
  }
  return !!next && (next.lower === "to" || next.lower === "that" || /^(ADJ|ADV)$/.test(next.pos));
}

/**
 * Where a stance's clause starts (the clause then runs to the next comma): at its subject, which
 * opens the sentence (token `first`) or follows a comma or a conjunction (not `price tags that
 * seem`, `made him seem`); or -1. "X, which ..., is expected to ...", "She is moving ... but is
 * expected to ...": with a `to` after it, a subject further back is in the sentence up to the cue.
 */
export function stanceStart(tokens: readonly Token[], first: number, cue: CueMatch): number {
  let start = cue.firstToken - 1;
  while (start > first && !/^(,|;|:)$/.test(tokens[start - 1]!.text) && !CLAUSE_BOUNDARY.has(tokens[start - 1]!.pos) && !isVerb(tokens[start - 1])) start--;
  const subject = tokens.slice(start, cue.firstToken);
  const clean = !(start > first && isVerb(tokens[start - 1])) && subject.some((t) => /^(NOUN|PROPN|PRON)$/.test(t.pos)) && !subject.some((t) => opensRelative(t.lower));
  if (clean) return start;
  return tokens[cue.endToken]?.lower === "to" ? first : -1;
}
