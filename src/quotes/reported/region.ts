import type { Doc, Token } from "../../document/types";
import type { CueMatcher } from "../../lexicon/match";

// The stretch of a sentence a cue's clause may take (a Region) and the quotations it stops at.

export type Range = readonly [number, number];

export const NOTHING_BLOCKED: readonly Range[] = [];

/** Whether an offset lies inside one of the quotations in marks (`blocked`, in text order). */
function inRanges(blocked: readonly Range[], offset: number): boolean {
  for (let k = 0; k < blocked.length; k++) {
    const range = blocked[k]!;
    if (offset >= range[0] && offset < range[1]) return true;
  }
  return false;
}

/** Whether one of the quotations in marks starts after `offset`. (A loop, not `some` with a closure:
 * a closure over the caller's locals makes every call of the caller allocate them a context.) */
export function quoteStartsAfter(blocked: readonly Range[], offset: number): boolean {
  for (let k = 0; k < blocked.length; k++) if (blocked[k]![0] > offset) return true;
  return false;
}

/** Whether one of the quotations in marks starts before `offset`. */
export function quoteStartsBefore(blocked: readonly Range[], offset: number): boolean {
  for (let k = 0; k < blocked.length; k++) if (blocked[k]![0] < offset) return true;
  return false;
}

/** The tokens [first, last] a cue's clause may take, and what stops it. (Plain data: one is made
 * per cue, so no closures.) */
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
