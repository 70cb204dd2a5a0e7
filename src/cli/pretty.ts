import { createColors } from "picocolors";
import type { ExtractionResult } from "../index";
import { visible } from "./io";

/**
 * A readable table: speaker, date, quote. With `color`, speakers and dates stand out. Control
 * characters in the text are shown escaped, so an article cannot send escape codes to the terminal.
 */
export function formatPretty(result: ExtractionResult, color = false): string {
  const c = createColors(color);
  const rows = result.quotes.map((q) => [
    q.id,
    q.speaker ? visible(q.speaker.name) : "(unknown)",
    q.date?.value ?? "",
    `${q.type === "indirect" ? "" : "\u201C"}${visible(q.text.length > 90 ? `${q.text.slice(0, 87)}...` : q.text)}${q.type === "indirect" ? "" : "\u201D"}`,
  ]);
  const header = ["id", "speaker", "date", "quote"];
  const widths = header.map((h, k) => Math.max(h.length, ...rows.map((r) => r[k]!.length)));
  // Pad before colouring: escape codes must not count towards a column's width.
  const paint = [c.dim, (s: string) => (s.startsWith("(unknown)") ? c.dim(s) : c.cyan(s)), c.yellow, (s: string) => s];
  const line = (cells: string[], styles: Array<(s: string) => string>) =>
    cells.map((cell, k) => styles[k]!(k === cells.length - 1 ? cell : cell.padEnd(widths[k]!))).join("  ");
  const out = [
    `article date: ${result.articleDate ?? "unknown"}`,
    line(header, header.map(() => c.bold)),
    ...rows.map((r) => line(r, paint)),
  ];
  return `${out.join("\n")}\n`;
}
