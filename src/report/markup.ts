/**
 * Turn a text and overlapping, possibly crossing, marked ranges into well-nested HTML.
 *
 * The text is cut at every range boundary; between two cuts the set of covering ranges is
 * constant. Open elements form a stack ordered outermost first (earlier start, then later end,
 * then lower `rank`). At each cut the stack keeps its longest prefix that is still wanted and
 * reopens the rest, so a range that crosses another is split into fragments instead of producing
 * mis-nested tags. Properly nested ranges (the usual case) are never split.
 */

import { escapeHtml } from "./escape";

export interface MarkedRange {
  start: number;
  end: number;
  /** Among ranges with the same start and end, lower ranks go outside. */
  rank: number;
  /** Opening tag(s); `first` is true for the range's first fragment only (ids, badges go there). */
  open(first: boolean): string;
  /** Closing tag(s) matching `open`. */
  close: string;
}

function outerFirst(a: MarkedRange, b: MarkedRange): number {
  return a.start - b.start || b.end - a.end || a.rank - b.rank;
}

/** HTML of `text` with every range wrapped in its tags; text is escaped, empty ranges are dropped. */
export function renderMarkedText(text: string, ranges: readonly MarkedRange[]): string {
  const kept = ranges
    .filter((range) => range.start < range.end && range.start >= 0 && range.end <= text.length)
    .sort(outerFirst);
  const cuts = [...new Set([0, text.length, ...kept.flatMap((range) => [range.start, range.end])])].sort(
    (a, b) => a - b,
  );
  const opened = new Set<MarkedRange>();
  const stack: MarkedRange[] = [];
  let active: MarkedRange[] = [];
  let next = 0; // index into `kept` of the next range to start
  let html = "";

  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i] ?? 0;
    const to = cuts[i + 1] ?? 0;
    active = active.filter((range) => range.end > from);
    while (next < kept.length && (kept[next]?.start ?? Infinity) <= from) active.push(kept[next++]!);
    active.sort(outerFirst);

    let shared = 0;
    while (shared < stack.length && shared < active.length && stack[shared] === active[shared]) shared++;
    while (stack.length > shared) html += stack.pop()!.close;
    for (const range of active.slice(shared)) {
      html += range.open(!opened.has(range));
      opened.add(range);
      stack.push(range);
    }
    html += escapeHtml(text.slice(from, to));
  }
  while (stack.length > 0) html += stack.pop()!.close;
  return html;
}
