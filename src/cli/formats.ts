import { createColors } from "picocolors";
import type { ExtractionResult } from "../index";
import { visible } from "./io";
import type { RecordSettings } from "./job";
import { formatPretty } from "./pretty";

/** How a record is named in the output: by its file, its JSONL id, or its file and line. */
export type RecordKey = { file: string } | { id: unknown } | { file: string; line: number };

export interface RecordError {
  code: string;
  message: string;
}

/**
 * The fields of an output record: a JSONL input field of one of these names does not pass
 * through, so that no input can change a record's identity, error or results.
 */
export const RESERVED_FIELDS: ReadonlySet<string> = new Set(["id", "file", "line", "error", "articleDate", "quotes", "speakers"]);

/** What comes before the first record (a JSON array's bracket, a CSV header). */
export function formatHeader(settings: RecordSettings): string {
  if (settings.format === "csv") return csvLine([...CSV_COLUMNS]);
  if (settings.format === "json" && !settings.single) return "[\n";
  return "";
}

/** What comes after the last record (`any`: whether any record was written). */
export function formatFooter(settings: RecordSettings, any: boolean): string {
  return settings.format === "json" && !settings.single ? `${any ? "\n" : ""}]\n` : "";
}

/** Separator written between two non-empty records (JSON array elements need commas). */
export function recordSeparator(settings: RecordSettings): string {
  return settings.format === "json" && !settings.single ? ",\n" : "";
}

/** One successful record in the chosen format. */
export function formatResult(
  settings: RecordSettings,
  key: RecordKey,
  extras: Record<string, unknown>,
  result: ExtractionResult,
): string {
  switch (settings.format) {
    case "jsonl":
      return `${JSON.stringify({ ...key, ...extras, ...result })}\n`;
    case "json":
      // Issue-2 compatibility: a single article prints the bare ExtractionResult.
      return settings.single ? `${JSON.stringify(result, null, 2)}\n` : JSON.stringify({ ...key, ...extras, ...result }, null, 2);
    case "csv":
      return csvRows(keyLabel(key), result);
    case "pretty":
      return settings.single ? formatPretty(result, settings.color) : `${heading(keyLabel(key), settings.color)}\n${formatPretty(result, settings.color)}\n`;
  }
}

/** One failed record: a JSONL line; other formats report it on stderr only (""). */
export function formatError(settings: RecordSettings, key: RecordKey, error: RecordError): string {
  return settings.format === "jsonl" ? `${JSON.stringify({ ...key, error })}\n` : "";
}

/** "file", "file:line" or the id, for messages and the CSV `record` column. */
export function keyLabel(key: RecordKey): string {
  if ("id" in key) return typeof key.id === "string" ? key.id : JSON.stringify(key.id);
  return "line" in key ? `${key.file}:${key.line}` : key.file;
}

export const CSV_COLUMNS = [
  "record",
  "quote_id",
  "type",
  "parent_id",
  "speaker",
  "speaker_title",
  "speaker_id",
  "cue",
  "date",
  "date_source",
  "confidence",
  "rule",
  "start",
  "end",
  "text",
] as const;

/** One row per quote; a record without quotes still gets one row, with only `record` filled. */
function csvRows(record: string, result: ExtractionResult): string {
  if (result.quotes.length === 0) return `${csvLine([neutralise(record), ...CSV_COLUMNS.slice(1).map(() => "")])}`;
  return result.quotes
    .map((q) =>
      csvLine(
        [
        record,
        q.id,
        q.type,
        q.parentId ?? "",
        q.speaker?.name ?? "",
        q.speaker?.title ?? "",
        q.speaker?.id ?? "",
        q.cue?.text ?? "",
        q.date?.value ?? "",
        q.date?.source ?? "",
        String(q.confidence),
        q.rule,
        String(q.start),
        String(q.end),
        q.text,
        ].map(neutralise),
      ),
    )
    .join("");
}

/** RFC 4180: quote a cell holding a comma, a quotation mark or a line break; double inner quotes. */
function csvLine(cells: string[]): string {
  return `${cells.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(",")}\r\n`;
}

/**
 * A spreadsheet runs a cell starting with =, +, -, @, tab or CR as a formula (CSV injection):
 * such a cell gets a leading apostrophe, which spreadsheets show as text (OWASP's advice).
 */
export function neutralise(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

function heading(label: string, color: boolean): string {
  return createColors(color).bold(`== ${visible(label)} ==`);
}
