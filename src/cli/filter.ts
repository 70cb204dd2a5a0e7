import type { ExtractionResult } from "../index";

export interface QuoteFilter {
  /** Keep quotes whose confidence is at least this. */
  minConfidence?: number;
  /** Keep quotes whose speaker's name contains this, ignoring case. */
  speaker?: string;
}

/**
 * Drops the quotes a filter rejects, and the speakers no kept quote refers to, so the result
 * stays self-consistent. Without a filter the result is returned unchanged.
 */
export function filterResult(result: ExtractionResult, filter: QuoteFilter): ExtractionResult {
  const { minConfidence, speaker } = filter;
  if (minConfidence === undefined && speaker === undefined) return result;
  const needle = speaker?.toLocaleLowerCase();
  const quotes = result.quotes.filter(
    (q) =>
      (minConfidence === undefined || q.confidence >= minConfidence) &&
      (needle === undefined || (q.speaker !== null && q.speaker.name.toLocaleLowerCase().includes(needle))),
  );
  const kept = new Set(quotes.map((q) => q.speaker?.id));
  return { ...result, quotes, speakers: result.speakers.filter((s) => kept.has(s.id)) };
}
