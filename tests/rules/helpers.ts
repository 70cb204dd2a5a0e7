import type { ExtractionResult } from "../../src/index";

/** One line per quote: type, text, speaker name (or null) and the rule that decided. */
export function brief(result: ExtractionResult): Array<[string, string, string | null, string]> {
  return result.quotes.map((q) => [q.type, q.text, q.speaker?.name ?? null, q.rule]);
}
