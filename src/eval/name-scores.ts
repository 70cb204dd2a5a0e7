/**
 * Speaker-name accuracy: is the paired prediction's `speaker.name` the gold Source's referent, as
 * the name layer records it? Counted beside the mention-overlap attribution of `metrics.ts`, on
 * the same pairs (found gold with a Source and its largest-overlap prediction).
 *
 * - A Source without a row in the layer (`noRow`), or whose row is `-` (`excluded`), is not
 *   scored: it is reported as a coverage gap, never counted right.
 * - A scored pair whose prediction has no speaker counts as wrong (`noSpeaker` says how many),
 *   as in the mention-level attribution accuracy.
 */

import type { QuoteSpeaker } from "../types";
import type { GoldSpan } from "./gold";
import { EXCLUDED_NAME, findNameRow, nameMatches, type NameLayer } from "./names";

/** Name-level counts of one category. */
export interface NameCounts {
  /** Found gold relations with a Source (the same pairs as the mention-level attribution). */
  foundWithSource: number;
  /** Of those, Sources with no row in the layer: not scored. */
  noRow: number;
  /** Of those, Sources whose row is `-`: not scored. */
  excluded: number;
  /** Of those, Sources whose row names a referent: the denominator of name accuracy. */
  scored: number;
  /** Of `scored`, pairs whose predicted `speaker.name` names the referent. */
  right: number;
  /** Of `scored`, pairs whose prediction has no speaker (counted wrong). */
  noSpeaker: number;
  /** Of `scored`, pairs right by mention overlap but wrong by name (e.g. a pronoun resolved to the wrong person). */
  rightMentionWrongName: number;
}

/** Name-level counts and ratios of one category. */
export interface NameScore extends NameCounts {
  /** right / scored (0 if nothing is scored). */
  accuracy: number;
  /** (scored + excluded) / foundWithSource: the share of found Sources the layer has a row for. */
  coverage: number;
}

/** A scored pair whose predicted name is not the gold referent. */
export interface NameErrorExample {
  docId: string;
  category: "direct" | "reported";
  /** Gold Source text, pieces joined by " … ". */
  goldSource: string;
  /** The layer's name for it. */
  goldName: string;
  predictedQuoteId: string;
  /** The predicted speaker's name and mention text, or `null` without a speaker. */
  predictedName: string | null;
  predictedMention: string | null;
  /** The surrounding text, whitespace collapsed; "…" marks a cut. */
  context: string;
}

/** Name-level figures of a report; present when a name layer was given. */
export interface NameScores {
  /** Rows in the layer. */
  layerRows: number;
  direct: NameScore;
  reported: NameScore;
  /** How many name errors exist (examples keeps at most `maxErrors` of them). */
  errorInstances: number;
  examples: NameErrorExample[];
}

export function emptyNameCounts(): NameCounts {
  return { foundWithSource: 0, noRow: 0, excluded: 0, scored: 0, right: 0, noSpeaker: 0, rightMentionWrongName: 0 };
}

export function toNameScore(counts: NameCounts): NameScore {
  const ratio = (numerator: number, denominator: number) => (denominator === 0 ? 0 : numerator / denominator);
  return {
    ...counts,
    accuracy: ratio(counts.right, counts.scored),
    coverage: ratio(counts.scored + counts.excluded, counts.foundWithSource),
  };
}

/** How the name layer judges one Source and the speaker paired with it. */
export interface NameJudgement {
  /** `no-row` and `excluded` are not scored; `wrong` includes a pair without a speaker. */
  status: "no-row" | "excluded" | "right" | "wrong";
  /** The layer's name for the Source; `null` without a row. */
  goldName: string | null;
}

/** Judges a predicted speaker (or none) against the layer's referent of a gold Source. */
export function judgeName(layer: NameLayer, docId: string, source: readonly GoldSpan[], speaker: QuoteSpeaker | null): NameJudgement {
  const first = source[0];
  const last = source[source.length - 1];
  const row = first && last ? findNameRow(layer, docId, first.start, last.end) : undefined;
  if (row === undefined) return { status: "no-row", goldName: null };
  if (row.name === EXCLUDED_NAME) return { status: "excluded", goldName: row.name };
  const right = speaker !== null && nameMatches(speaker.name, row.name, row.kind);
  return { status: right ? "right" : "wrong", goldName: row.name };
}

/**
 * Count one found gold relation with a Source. Returns the layer's name when the pair is scored
 * and wrong (for an error example), else `null`.
 */
export function countName(
  counts: NameCounts,
  layer: NameLayer,
  docId: string,
  source: readonly GoldSpan[],
  speaker: QuoteSpeaker | null,
  rightByMention: boolean,
): string | null {
  counts.foundWithSource++;
  const { status, goldName } = judgeName(layer, docId, source, speaker);
  if (status === "no-row") counts.noRow++;
  else if (status === "excluded") counts.excluded++;
  if (status !== "right" && status !== "wrong") return null;
  counts.scored++;
  if (status === "right") {
    counts.right++;
    return null;
  }
  if (speaker === null) counts.noSpeaker++;
  else if (rightByMention) counts.rightMentionWrongName++;
  return goldName;
}
