import { WhosaidError } from "../errors";

const HEADER = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Reads a leading `date YYYY-MM-DD` header. Returns the date and where the body starts. */
export function readDateHeader(text: string): { date: string | null; bodyStart: number } {
  const m = HEADER.exec(text);
  if (!m || !isValidDay(m[1]!)) return { date: null, bodyStart: 0 };
  return { date: m[1]!, bodyStart: m[0].length };
}

export function isValidDay(value: string): boolean {
  const m = ISO_DAY.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0-99 as 1900-1999.
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Normalises the `articleDate` option to YYYY-MM-DD, or throws INVALID_DATE. */
export function normaliseDateOption(value: string | Date): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new WhosaidError("INVALID_DATE", "articleDate is an invalid Date");
    // Past these years toISOString() writes "+275760-09-13": not a YYYY-MM-DD date.
    const year = value.getUTCFullYear();
    if (year < 0 || year > 9999) throw new WhosaidError("INVALID_DATE", `articleDate must be in the years 0000 to 9999, got ${value.toISOString()}`);
    return value.toISOString().slice(0, 10);
  }
  if (typeof value === "string" && isValidDay(value.trim())) return value.trim();
  throw new WhosaidError(
    "INVALID_DATE",
    `articleDate must be a Date or a "YYYY-MM-DD" string, got ${JSON.stringify(value)}`,
  );
}
