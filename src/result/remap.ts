import type { ExtractionResult, Span } from "../types";

/**
 * Moves every span of a result computed on normalised text back onto the input: offsets through
 * `toOriginal`, text re-sliced from the input (so `input.slice(start, end) === text` holds).
 */
export function remapResult(result: ExtractionResult, input: string, toOriginal: (offset: number, end?: boolean) => number): ExtractionResult {
  // Each span object belongs to one place in the result (buildResult makes them), so it is moved in place.
  const remap = <T extends Span>(s: T): T => {
    const start = toOriginal(s.start);
    const end = Math.max(start, toOriginal(s.end, true));
    s.start = start;
    s.end = end;
    s.text = input.slice(start, end);
    return s;
  };
  for (const q of result.quotes) {
    remap(q);
    if (q.speaker) remap(q.speaker.mention);
    if (q.cue) remap(q.cue);
    if (q.date?.span) remap(q.date.span);
    for (const c of q.ranking?.candidates ?? []) remap(c.mention);
  }
  for (const s of result.speakers) for (const m of s.mentions) remap(m);
  return result;
}
