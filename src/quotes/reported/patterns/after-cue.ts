import { skipObject, skipTimePhrase } from "../phrases";
import type { Token } from "../../../document/types";
import type { CueContext } from "./pattern";

/** A day named bare after the cue, AP style: "said Wednesday the bridge would reopen". */
const DAY_WORD = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)$/;
const PART_OF_DAY = /^(morning|afternoon|evening|night)$/;

/** Where the words after the cue start, past a time ("said Friday") and, after "tell", its hearer. */
export function afterCue({ tokens, r, cue }: CueContext): number {
  const j = skipTimePhrase(tokens, cue.lemma === "tell" ? skipObject(tokens, cue.endToken, r.last) : cue.endToken, r.last);
  // "said on Thursday its profit fell": the day after "on" is skipped as a bare one is.
  if (tokens[j]?.lower === "on" && DAY_WORD.test(tokens[j + 1]?.lower ?? "")) {
    const past = skipBareDay(tokens, j + 1, r.last);
    return past > j + 1 ? past : j;
  }
  return skipBareDay(tokens, j, r.last);
}

/**
 * The day is when it was said, not part of what was said; dates are read outside the content, so
 * the quote takes that day. Not when the day is the clause's subject ("said Friday was the
 * deadline", "said Monday's vote was rigged"), nor before anything but a clause's start.
 */
function skipBareDay(tokens: readonly Token[], j: number, last: number): number {
  if (!DAY_WORD.test(tokens[j]?.lower ?? "")) return j;
  // "said Tuesday night ..." is one day phrase.
  const end = PART_OF_DAY.test(tokens[j + 1]?.lower ?? "") ? j + 2 : j + 1;
  const next = tokens[end];
  if (!next || end > last || /^['\u2019]s$/.test(next.text)) return j;
  // Only before the start of a clause, its subject or "that": "ruled Friday against ..." keeps the day.
  if (next.lower === "that") return end + 1 <= last ? end + 1 : j;
  return /^(DET|PRON|PROPN|NOUN|NUM|ADJ)$/.test(next.pos) ? end : j;
}
