/**
 * Gold-standard types shared by the readers (brat, JSONL) and the scorer.
 *
 * Browser-safe: no Node built-ins here or anywhere under `src/eval`.
 */

/** A contiguous piece of a gold document: `text === documentText.slice(start, end)` (UTF-16 indices, end exclusive). */
export interface GoldSpan {
  start: number;
  end: number;
  text: string;
}

/**
 * One gold attribution relation.
 *
 * Every role is a list of contiguous pieces because brat allows discontiguous spans
 * (`"I am here," he said, "and I stay."` is one Content in two pieces). Pieces are sorted by start.
 */
export interface GoldRelation {
  /** What is attributed. Normally non-empty; a degenerate annotation may have no Content, and the scorer then excludes the relation. */
  content: GoldSpan[];
  /** Who is credited, as written in the text; `null` when the annotation has no Source. */
  source: GoldSpan[] | null;
  /** The attribution verb or phrase; `null` when the annotation has none. */
  cue: GoldSpan[] | null;
  /**
   * Direct or partial quotation. For brat input: the Content text contains `"`, U+201C or U+201D.
   * For JSONL input: the quote's `type` is `"direct"`.
   */
  hasQuoteMark: boolean;
}

/** A gold document, whichever format it was read from. */
export interface GoldDocument {
  /** Unique within an evaluation run; used to label per-document scores and error examples. */
  id: string;
  /** The article text the offsets refer to. Run the extractor on exactly this text. */
  text: string;
  /** The article date (YYYY-MM-DD), or `null` if unknown. */
  date: string | null;
  relations: GoldRelation[];
}

/**
 * Marks that make a Content a (direct or partial) quotation: `"`, `“`, `”`, and `''` (two
 * apostrophes: the New York Times archive's double quotation mark, as in `''Yes,'' he said`).
 */
export const QUOTE_MARK_PATTERN = /["\u201C\u201D]|''/;

/** True if any piece of the spans contains a double quotation mark (`"`, U+201C or U+201D). */
export function spansHaveQuoteMark(spans: readonly GoldSpan[]): boolean {
  return spans.some((span) => QUOTE_MARK_PATTERN.test(span.text));
}
