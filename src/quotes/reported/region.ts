import type { Doc, Token } from "../../document/types";
import type { CueMatcher } from "../../lexicon/match";

// The stretch of a sentence a cue's clause may take (a Region) and the quotations it stops at.

export type Range = readonly [number, number];

export const NOTHING_BLOCKED: readonly Range[] = [];

/** Whether an offset lies inside one of the quotations in marks (`blocked`, in text order). */
function inRanges(blocked: readonly Range[], offset: number): boolean {
  return blocked.some(([start, end]) => offset >= start && offset < end);
}

/** The tokens [first, last] a cue's clause may take, and what stops it. */
export interface Region {
  first: number;
  last: number;
  blocked: readonly Range[];
  doc: Doc;
  /** For `strongCueAt`; null for a stance's clause, which a second cue does not cut. */
  matcher: CueMatcher | null;
  /** Set when a clause ran into a quotation: the offset where that quotation's marks start. */
  leadsInto: number | null;
}

export function inQuote(r: Region, t: Token): boolean {
  return inRanges(r.blocked, t.start);
}
