import type { QuoteType, ReportedKind, Span } from "../types";

/**
 * A quotation found in the text, before attribution. `text`, `start` and `end` are the quoted
 * words without the marks (as in the result's `Quote`).
 */
export interface QuoteCandidate extends Span {
  /** "c1", "c2", ... in document order (the result renumbers kept quotes "q1", "q2", ...). */
  id: string;
  /** "direct", "partial" or "indirect" (reported speech, without marks). */
  type: QuoteType;
  /** For reported speech: speech, or a belief or intention. */
  kind?: ReportedKind;
  /** The opening and closing marks (absent for reported speech; `close` absent if unclosed). */
  open?: Span;
  close?: Span;
  /** Id of the quotation this one is nested in. */
  parentId?: string;
  /** For reported speech: the cue the clause was found through. */
  cueHint?: Span;
  /** The label that introduces the words before a colon: a transcript's `WALLACE: ` or a
   * headline's `Pence: `. */
  label?: Span;
  /** Number of words in the text. */
  words: number;
}

/** One pair of quotation marks, each a single UTF-16 code unit ("«" and "»", "„" and "“"). */
export interface QuoteMarkPair {
  open: string;
  close: string;
  /** Marks for a quotation nested inside another ("‹" and "›"); default false (outer marks). */
  nested?: boolean;
}
