import { WhosaidError, type Extractor } from "../index";
import { filterResult } from "./filter";
import { formatError, formatResult, keyLabel, RESERVED_FIELDS, type RecordError, type RecordKey } from "./formats";
import type { Job, Outcome, RecordSettings } from "./job";
import { decodeText, readFileLimited, RecordFailure } from "./read";

/** A record's input once read: its text, its own date (JSONL), and fields to pass through. */
interface Article {
  text: string;
  date?: string;
  extras: Record<string, unknown>;
}

/**
 * Processes one job completely (read, decode, parse, extract, filter, format). Never throws:
 * whatever goes wrong with this record becomes its error outcome, so a batch always goes on.
 */
export function processJob(job: Job, extractor: Extractor, settings: RecordSettings): Outcome {
  let key: RecordKey = job.kind === "line" ? { file: job.file, line: job.line } : { file: job.file };
  try {
    let article: Article;
    if (job.kind === "line") {
      const fields = parseLine(job.raw);
      // A JSONL record with an id is named by it from here on, even if the rest of it is invalid.
      if (fields.id !== undefined) key = { id: fields.id };
      article = toArticle(fields);
    } else {
      article = { text: decodeText(readBytes(job)), extras: {} };
    }
    if (article.text.trim() === "") throw new RecordFailure("EMPTY_TEXT", "the article text is empty");
    const date = article.date ?? settings.articleDate;
    const result = filterResult(extractor.extract(article.text, date === undefined ? {} : { articleDate: date }), settings);
    return { output: formatResult(settings, key, article.extras, result), empty: result.quotes.length === 0, label: labelOf(job, key) };
  } catch (cause) {
    const error = describe(cause);
    const label = labelOf(job, key);
    return { output: formatError(settings, key, error), error: `${label}: ${error.code}: ${error.message}`, empty: false, label };
  }
}

/** The bytes of a plain-text job (its file, or stdin already read). */
function readBytes(job: Exclude<Job, { kind: "line" }>): Uint8Array {
  if (job.kind === "failed") throw new RecordFailure(job.code, job.message);
  return job.kind === "bytes" ? job.bytes : readFileLimited(job.path);
}

/** A JSONL line as its JSON object. */
function parseLine(raw: string | undefined): Record<string, unknown> {
  if (raw === undefined) throw new RecordFailure("INVALID_UTF8", "the line is not valid UTF-8");
  // JSON text never holds a raw NUL: such a line is binary data, whatever else is wrong with it.
  if (raw.includes("\u0000")) throw new RecordFailure("BINARY", "the line contains NUL bytes: binary data, not JSON text");
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    throw new RecordFailure("INVALID_JSON", `the line is not valid JSON (${(error as Error).message})`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new RecordFailure("INVALID_RECORD", 'each line must be a JSON object like {"id": ..., "text": ...}');
  }
  return value as Record<string, unknown>;
}

/**
 * A JSONL record's article: its text and date; every other field but the id passes through,
 * except those named like the output record's own fields (file, line, error, result fields).
 */
function toArticle(fields: Record<string, unknown>): Article {
  const { id: _id, text, date, ...rest } = fields;
  if (typeof text !== "string") throw new RecordFailure("INVALID_RECORD", 'the record has no "text" string');
  if (date !== undefined && date !== null && typeof date !== "string") {
    throw new RecordFailure("INVALID_DATE", `"date" must be a YYYY-MM-DD string, got ${JSON.stringify(date)}`);
  }
  const extras = Object.fromEntries(Object.entries(rest).filter(([name]) => !RESERVED_FIELDS.has(name)));
  return { text, date: date ?? undefined, extras };
}

function describe(error: unknown): RecordError {
  if (error instanceof RecordFailure || error instanceof WhosaidError) return { code: error.code, message: error.message };
  // Anything else is a bug (ours or a custom rule's); it still only fails this record.
  return { code: "INTERNAL", message: error instanceof Error ? error.message : String(error) };
}

function labelOf(job: Job, key: RecordKey): string {
  const where = job.kind === "line" ? `${displayName(job.file)}:${job.line}` : displayName(job.file);
  return "id" in key ? `${where} (id ${keyLabel(key)})` : where;
}

function displayName(file: string): string {
  return file === "-" ? "<stdin>" : file;
}
