import { byCodeUnits, inc } from "../words";

/** "12.3%", or "n/a" for an empty total. */
export const pct = (a: number, b: number): string => (b ? `${((100 * a) / b).toFixed(1)}%` : "n/a");

/** "n (p%)" */
export const countAndShare = (n: number, total: number): string => `${n} (${pct(n, total)})`;

/** How many items fall in each category. */
export function tally<T>(items: readonly T[], category: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) inc(counts, category(item));
  return counts;
}

/** [category, count, share] rows: in `order` if given (absent categories left out), else most frequent first. */
export function rowsOf(counts: ReadonlyMap<string, number>, total: number, order?: readonly string[]): string[][] {
  const keys = order ?? [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || byCodeUnits(a, b));
  return keys.filter((k) => counts.has(k)).map((k) => [k, String(counts.get(k)), pct(counts.get(k)!, total)]);
}

/** "k n (p%)" for each row, joined. */
export const inlineRows = (rows: readonly string[][], separator: string): string =>
  rows.map(([k, n, p]) => `${k} ${n} (${p})`).join(separator);

/** A markdown table and the blank line after it. */
export function table(head: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`, ...rows.map((r) => `| ${r.join(" | ")} |`), ""];
}

/** A paragraph and the blank line after it. */
export const paragraph = (text: string): string[] => [text, ""];
