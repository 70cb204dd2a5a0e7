import type { ExtractionResult } from "../index";

/** A readable table: speaker, date, quote. */
export function formatPretty(result: ExtractionResult): string {
  const rows = result.quotes.map((q) => [
    q.id,
    q.speaker ? q.speaker.name : "(unknown)",
    q.date?.value ?? "",
    `${q.type === "indirect" ? "" : "\u201C"}${q.text.length > 90 ? `${q.text.slice(0, 87)}...` : q.text}${q.type === "indirect" ? "" : "\u201D"}`,
  ]);
  const header = ["id", "speaker", "date", "quote"];
  const widths = header.map((h, k) => Math.max(h.length, ...rows.map((r) => r[k]!.length)));
  const line = (cells: string[]) => cells.map((c, k) => (k === cells.length - 1 ? c : c.padEnd(widths[k]!))).join("  ");
  const out = [`article date: ${result.articleDate ?? "unknown"}`, line(header), ...rows.map(line)];
  return `${out.join("\n")}\n`;
}
