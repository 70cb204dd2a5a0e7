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

/**
 * The invariants every result must satisfy, whatever the input. Each is checked in plain code and a
 * violation noted by name; one assertion then requires none (property tests call this thousands of
 * times, and an expect() per span and field was most of their time).
 */
export function checkInvariants(input: string, result: ExtractionResult): void {
  const problems: string[] = [];
  const check = (ok: boolean, problem: string) => {
    if (!ok) problems.push(problem);
  };
  for (const [name, s] of spansOf(result)) {
    check(Number.isInteger(s.start) && Number.isInteger(s.end), `${name}: start or end is not an integer`);
    check(0 <= s.start && s.start <= s.end && s.end <= input.length, `${name} [${s.start}, ${s.end}) is not a span of the input`);
    check(input.slice(s.start, s.end) === s.text, `${name}: text ${JSON.stringify(s.text)} is not the input's ${JSON.stringify(input.slice(s.start, s.end))}`);
  }
  const quoteIds = result.quotes.map((q) => q.id);
  const speakerIds = result.speakers.map((s) => s.id);
  check(new Set(quoteIds).size === quoteIds.length, `quote ids repeat: ${quoteIds.join(" ")}`);
  check(new Set(speakerIds).size === speakerIds.length, `speaker ids repeat: ${speakerIds.join(" ")}`);
  const byId = new Map(result.quotes.map((q) => [q.id, q]));
  for (const q of result.quotes) {
    if (q.speaker) check(speakerIds.includes(q.speaker.id), `${q.id}: speaker ${q.speaker.id} is not in speakers`);
    if (q.parentId) {
      const parent = byId.get(q.parentId);
      check(parent !== undefined, `parent of ${q.id} is missing`);
      if (parent) check(parent.start <= q.start && q.end <= parent.end, `${q.id} is not inside ${q.parentId}`);
    }
  }
  // Quotes do not overlap, except a nested quote inside its parent.
  for (let a = 0; a < result.quotes.length; a++) {
    for (let b = a + 1; b < result.quotes.length; b++) {
      const [x, y] = [result.quotes[a]!, result.quotes[b]!];
      const overlap = x.start < y.end && y.start < x.end;
      if (overlap) check(x.parentId === y.id || y.parentId === x.id, `${x.id} and ${y.id} overlap`);
    }
  }
  // Document order.
  for (let k = 1; k < result.quotes.length; k++) {
    check(result.quotes[k]!.start >= result.quotes[k - 1]!.start, `${result.quotes[k]!.id} starts before ${result.quotes[k - 1]!.id}`);
  }
  expect(problems).toEqual([]);
  expect(JSON.parse(JSON.stringify(result))).toStrictEqual(result);
}
