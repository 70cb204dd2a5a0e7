import { expect } from "vitest";
import type { ExtractionResult, Span } from "../../src/index";

/** Every span of a result, with a name for failure messages. */
export function spansOf(result: ExtractionResult): Array<[string, Span]> {
  const spans: Array<[string, Span]> = [];
  for (const q of result.quotes) {
    spans.push([`${q.id}`, q]);
    if (q.speaker) spans.push([`${q.id}.speaker.mention`, q.speaker.mention]);
    if (q.cue) spans.push([`${q.id}.cue`, q.cue]);
    if (q.date?.span) spans.push([`${q.id}.date.span`, q.date.span]);
  }
  for (const s of result.speakers) s.mentions.forEach((m, k) => spans.push([`${s.id}.mentions[${k}]`, m]));
  return spans;
}

/** The invariants every result must satisfy, whatever the input. */
export function checkInvariants(input: string, result: ExtractionResult): void {
  for (const [name, s] of spansOf(result)) {
    expect(Number.isInteger(s.start) && Number.isInteger(s.end), name).toBe(true);
    expect(0 <= s.start && s.start <= s.end && s.end <= input.length, `${name} [${s.start}, ${s.end})`).toBe(true);
    expect(input.slice(s.start, s.end), name).toBe(s.text);
  }
  const quoteIds = result.quotes.map((q) => q.id);
  const speakerIds = result.speakers.map((s) => s.id);
  expect(new Set(quoteIds).size).toBe(quoteIds.length);
  expect(new Set(speakerIds).size).toBe(speakerIds.length);
  const byId = new Map(result.quotes.map((q) => [q.id, q]));
  for (const q of result.quotes) {
    if (q.speaker) expect(speakerIds).toContain(q.speaker.id);
    if (q.parentId) {
      const parent = byId.get(q.parentId);
      expect(parent, `parent of ${q.id}`).toBeDefined();
      expect(parent!.start <= q.start && q.end <= parent!.end, `${q.id} inside ${q.parentId}`).toBe(true);
    }
  }
  // Quotes do not overlap, except a nested quote inside its parent.
  for (let a = 0; a < result.quotes.length; a++) {
    for (let b = a + 1; b < result.quotes.length; b++) {
      const [x, y] = [result.quotes[a]!, result.quotes[b]!];
      const overlap = x.start < y.end && y.start < x.end;
      if (overlap) expect(x.parentId === y.id || y.parentId === x.id, `${x.id} and ${y.id} overlap`).toBe(true);
    }
  }
  // Document order.
  for (let k = 1; k < result.quotes.length; k++) expect(result.quotes[k]!.start >= result.quotes[k - 1]!.start).toBe(true);
  expect(JSON.parse(JSON.stringify(result))).toStrictEqual(result);
}
