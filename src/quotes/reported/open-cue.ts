import { isVerb } from "../../document/pos";
import type { Token } from "../../document/types";
import { cueAt, type CueMatch, type CueMatcher } from "../../lexicon/match";
import { OPEN_CUE_WEIGHT } from "./thresholds";

// Open cues: a verb the lexicon does not hold, right before a complement "that" ("chimed in that",
// "insisted that", but also "the study found that", "this means that"). Whether one reports speech
// is left to the cue classifier, trained on such candidates (features: the verb's stem and suffix,
// its subject's kind and word; cue-features.ts), and kept only above its own threshold.

/** Inflections cut off for a stem, longest first. */
const INFLECTIONS = ["ing", "ied", "ies", "ed", "es", "s"];

/** The open cue at token `i` (which no lexicon cue starts), or null. The cheap tests come first. */
export function openCueAt(text: string, tokens: readonly Token[], i: number, matcher: CueMatcher): CueMatch | null {
  const next = tokens[i + 1];
  if (next?.lower !== "that") return null;
  const token = tokens[i]!;
  if (token.pos !== "VERB" || token.kind !== "word") return null;
  // "that" before a verb is a relative pronoun or a demonstrative subject ("found that was ..."), not a complementiser.
  if (isVerb(tokens[i + 2])) return null;
  const stem = stemOf(token.lower);
  const known = [stem, `${stem}e`, `${stem}y`, `${stem}ed`, `${stem}s`].some((form) => matcher.lexicon.has(form));
  return { text: text.slice(token.start, token.end), start: token.start, end: token.end, firstToken: i, endToken: i + 1, lemma: token.lower, weight: OPEN_CUE_WEIGHT, open: { stem, known } };
}

/** The cue of reported speech at token `i`: a lexicon cue, or else an open one. */
export function reportingCueAt(text: string, tokens: readonly Token[], i: number, matcher: CueMatcher): CueMatch | null {
  return cueAt(text, tokens, i, matcher) ?? openCueAt(text, tokens, i, matcher);
}

/** The form without its inflection or a final "e", so that all forms of a verb share it ("ensur" for
 * "ensure", "ensured", "ensuring"; "impl" for "implies", "implied", "imply"). */
function stemOf(lower: string): string {
  const ending = INFLECTIONS.find((e) => lower.endsWith(e) && lower.length - e.length >= 3);
  const cut = ending ? lower.slice(0, -ending.length) : lower;
  return cut.replace(/[ey]$/, "");
}
