import type { ExtractionResult, Span } from "../types";

/**
 * Moves every span of a result computed on normalised text back onto the input: offsets through
 * `toOriginal`, text re-sliced from the input (so `input.slice(start, end) === text` holds).
 */
export function remapResult(result: ExtractionResult, input: string, toOriginal: (offset: number, end?: boolean) => number): ExtractionResult {
  const remap = <T extends Span>(s: T): T => {
    const start = toOriginal(s.start);
    const end = Math.max(start, toOriginal(s.end, true));
    return { ...s, start, end, text: input.slice(start, end) };
  };
  for (const q of result.quotes) {
    Object.assign(q, remap(q));
    if (q.speaker) q.speaker.mention = remap(q.speaker.mention);
    if (q.cue) q.cue = remap(q.cue);
    if (q.date?.span) q.date.span = remap(q.date.span);
  }
  for (const s of result.speakers) s.mentions = s.mentions.map(remap);
  return result;
}
