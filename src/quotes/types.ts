import type { QuoteType, Span } from "../types";

/** A quotation found in the text, before attribution. */
export interface QuoteCandidate extends Span {
  /** "q1", "q2", ... in document order. */
  id: string;
  type: QuoteType;
  /** The opening and closing marks (absent for reported speech; `close` absent if unclosed). */
  open?: Span;
  close?: Span;
  /** Id of the quotation this one is nested in. */
  parentId?: string;
  /** For reported speech: the cue the clause was found through. */
  cueHint?: Span;
  /** Number of words in the text. */
  words: number;
}

/** One pair of quotation marks, as single characters. */
export interface QuoteMarkPair {
  open: string;
  close: string;
}
