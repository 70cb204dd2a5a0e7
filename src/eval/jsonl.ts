/**
 * whosaid's own simple gold format: JSON Lines, one document per line.
 *
 * ```json
 * {"id": "a1", "text": "…", "date": "2016-09-12",
 *  "quotes": [{"start": 10, "end": 42, "speaker": {"start": 0, "end": 5}, "type": "direct"}]}
 * ```
 *
 * Offsets are UTF-16 indices into `text`, end exclusive. `type` is `"direct"` for direct and
 * partial quotations (text inside quotation marks) and `"indirect"` for reported speech.
 * `date` is optional (absent or `null` means unknown). `speaker` is `null` when the quote has no
 * speaker in the text. A quote may also give its `cue` (`{"start", "end"}` of "said", "told
 * reporters"): the scorer ignores it, the trainer learns cue words from it. Blank lines are skipped.
 */

import type { GoldDocument, GoldRelation } from "./gold";

/** A character range inside a JSONL document's `text`. */
export interface GoldJsonlRange {
  start: number;
  end: number;
}

/** One gold quotation of the JSONL format. */
export interface GoldJsonlQuote extends GoldJsonlRange {
  /** Where the speaker is named (a name, a description or a pronoun); `null` if nowhere. */
  speaker: GoldJsonlRange | null;
  /** `direct` covers direct and partial quotations; `indirect` is reported speech. */
  type: "direct" | "indirect";
  /** Where the speech verb or phrase is ("said", "according to"); optional, `null` or absent if not given. */
  cue?: GoldJsonlRange | null;
}

/** One validated JSONL line. */
export interface GoldJsonlRecord {
  id: string;
  text: string;
  /** YYYY-MM-DD or `null`. */
  date: string | null;
  quotes: GoldJsonlQuote[];
}

/** An invalid JSONL line. `line` is 1-based; `path` names the offending field, e.g. `quotes[2].speaker.end`. */
export class GoldJsonlError extends Error {
  readonly line: number;
  readonly path: string | null;

  constructor(line: number, path: string | null, reason: string) {
    super(`gold JSONL line ${line}${path === null ? "" : ` (${path})`}: ${reason}`);
    this.name = "GoldJsonlError";
    this.line = line;
    this.path = path;
  }
}

type JsonObject = { [key: string]: unknown };

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isValidDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

function readRange(
  value: unknown,
  path: string,
  textLength: number,
  line: number,
): GoldJsonlRange {
  if (!isObject(value)) throw new GoldJsonlError(line, path, "must be an object with start and end");
  const { start, end } = value;
  if (typeof start !== "number" || !Number.isInteger(start) || start < 0) {
    throw new GoldJsonlError(line, `${path}.start`, "must be a non-negative integer");
  }
  if (typeof end !== "number" || !Number.isInteger(end)) {
    throw new GoldJsonlError(line, `${path}.end`, "must be an integer");
  }
  if (end <= start) {
    throw new GoldJsonlError(line, `${path}.end`, `must be greater than start (${start}), got ${end}`);
  }
  if (end > textLength) {
    throw new GoldJsonlError(line, `${path}.end`, `${end} is past the end of text (length ${textLength})`);
  }
  return { start, end };
}

function readRecord(value: unknown, line: number): GoldJsonlRecord {
  if (!isObject(value)) throw new GoldJsonlError(line, null, "must be a JSON object");
  const { id, text, date, quotes } = value;
  if (typeof id !== "string" || id === "") {
    throw new GoldJsonlError(line, "id", "must be a non-empty string");
  }
  if (typeof text !== "string") throw new GoldJsonlError(line, "text", "must be a string");
  let parsedDate: string | null = null;
  if (date !== undefined && date !== null) {
    if (typeof date !== "string" || !isValidDate(date)) {
      throw new GoldJsonlError(line, "date", `must be a YYYY-MM-DD date, got ${JSON.stringify(date)}`);
    }
    parsedDate = date;
  }
  if (!Array.isArray(quotes)) throw new GoldJsonlError(line, "quotes", "must be an array");
  const parsedQuotes = quotes.map((quote: unknown, index): GoldJsonlQuote => {
    const path = `quotes[${index}]`;
    if (!isObject(quote)) throw new GoldJsonlError(line, path, "must be an object");
    const range = readRange(quote, path, text.length, line);
    const { speaker, type, cue } = quote;
    if (type !== "direct" && type !== "indirect") {
      throw new GoldJsonlError(
        line,
        `${path}.type`,
        `must be "direct" or "indirect", got ${JSON.stringify(type)}`,
      );
    }
    if (speaker === undefined) {
      throw new GoldJsonlError(line, `${path}.speaker`, "is required (use null for no speaker)");
    }
    return {
      ...range,
      speaker: speaker === null ? null : readRange(speaker, `${path}.speaker`, text.length, line),
      type,
      ...(cue !== undefined && cue !== null && { cue: readRange(cue, `${path}.cue`, text.length, line) }),
    };
  });
  return { id, text, date: parsedDate, quotes: parsedQuotes };
}

/**
 * Parse and validate gold JSONL into records, keeping the JSONL shape.
 *
 * @throws {@link GoldJsonlError} naming the line (1-based) and field of the first invalid line:
 *   invalid JSON, a missing or mistyped field, an offset outside `text`, `end <= start`, an
 *   invalid date, or an `id` already used on an earlier line.
 */
export function parseGoldJsonlRecords(input: string): GoldJsonlRecord[] {
  const records: GoldJsonlRecord[] = [];
  const seen = new Map<string, number>();
  const lines = input.replace(/^\uFEFF/, "").split("\n");
  lines.forEach((raw, index) => {
    const line = index + 1;
    const text = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (text.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new GoldJsonlError(line, null, `invalid JSON: ${reason}`);
    }
    const record = readRecord(value, line);
    const previous = seen.get(record.id);
    if (previous !== undefined) {
      throw new GoldJsonlError(line, "id", `duplicate id ${JSON.stringify(record.id)} (first on line ${previous})`);
    }
    seen.set(record.id, line);
    records.push(record);
  });
  return records;
}

/**
 * Convert a JSONL record to a {@link GoldDocument}: each quote becomes a relation whose Content
 * is the quote range and whose Source is the speaker range (or `null`); its Cue is the `cue`
 * range, or `null` without one; `hasQuoteMark` is `type === "direct"`.
 */
export function goldDocumentFromJsonlRecord(record: GoldJsonlRecord): GoldDocument {
  const slice = (range: GoldJsonlRange) => ({
    start: range.start,
    end: range.end,
    text: record.text.slice(range.start, range.end),
  });
  const relations: GoldRelation[] = record.quotes.map((quote) => ({
    content: [slice(quote)],
    source: quote.speaker === null ? null : [slice(quote.speaker)],
    cue: quote.cue ? [slice(quote.cue)] : null,
    hasQuoteMark: quote.type === "direct",
  }));
  return { id: record.id, text: record.text, date: record.date, relations };
}

/**
 * Parse gold JSONL (one document per line) into {@link GoldDocument}s.
 *
 * @throws {@link GoldJsonlError} on the first invalid line; see {@link parseGoldJsonlRecords}.
 */
export function parseGoldJsonl(input: string): GoldDocument[] {
  return parseGoldJsonlRecords(input).map(goldDocumentFromJsonlRecord);
}
