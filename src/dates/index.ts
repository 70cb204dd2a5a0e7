import { partitionPoint } from "../document/sorted";
import type { Doc } from "../document/types";
import { sentenceAt } from "../document";
import type { AttributedQuote } from "../attribution/types";
import type { QuoteDate, Span } from "../types";
import { overlapsAny } from "../attribution/lookup";
import { casualDates, type ParsedResult } from "./parser";

/** Words that must appear before chrono is worth running on a sentence. */
const DATE_HINT =
  /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight|jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;
/** "may" is mostly the modal verb: only the capitalised month or "may" next to a number counts. */
const MAY_HINT = /\bMay\b|\d\s+[Mm]ay\b|\b[Mm]ay\s+\d/;
/** How far from the cue (in characters) a date expression can stand and still date the quote. */
const WINDOW = 120;
const VAGUE = /\b(week|month|year|weekend|ago|decade|century)\b/i;

interface Found extends Span {
  value: string;
}

/**
 * The fifth stage: a date for each quote. An explicit date expression in the attribution (the
 * cue's sentence, outside any quotation) gives `explicit`; otherwise a quote inherits the date of
 * the same speaker's previous dated statement (`context`); otherwise the article's date.
 */
export function dateQuotes(doc: Doc, attributed: readonly AttributedQuote[]): (QuoteDate | null)[] {
  const dates: (QuoteDate | null)[] = new Array(attributed.length);
  const lastByEntity = new Map<string, QuoteDate>();
  // Windows already parsed, by from * (text length + 1) + to: quotes of one sentence share them.
  const cache = new Map<number, Found[]>();
  const reference = doc.articleDate ? new Date(`${doc.articleDate}T12:00:00Z`) : null;
  // Top-level quotations do not overlap one another: overlapsAny finds them by binary search.
  const quoted: Span[] = [];
  for (const a of attributed) if (a.quote.type !== "indirect" && !a.quote.parentId) quoted.push(a.quote);

  for (let k = 0; k < attributed.length; k++) {
    const a = attributed[k]!;
    const explicit = a.mention ? explicitDate(doc, a, reference, quoted, cache) : null;
    const previous = a.entity ? lastByEntity.get(a.entity.id) : undefined;
    let date: QuoteDate | null = null;
    if (explicit) date = { value: explicit.value, source: "explicit", span: { text: explicit.text, start: explicit.start, end: explicit.end } };
    else if (previous && previous.source !== "article") date = { value: previous.value, source: "context" };
    else if (doc.articleDate) date = { value: doc.articleDate, source: "article" };
    if (a.entity && date) lastByEntity.set(a.entity.id, date);
    dates[k] = date;
  }
  return dates;
}

function explicitDate(
  doc: Doc, a: AttributedQuote, reference: Date | null, quoted: readonly Span[], cache: Map<number, Found[]>,
): Found | null {
  const anchor = a.cue ?? a.mention!;
  const sentence = doc.sentences[sentenceAt(doc, anchor.start)]!;
  // The attribution's own words: a window around the cue, within its sentence.
  const from = Math.max(sentence.start, anchor.start - WINDOW);
  const to = Math.min(sentence.end, anchor.end + WINDOW);
  const key = from * (doc.text.length + 1) + to;
  let found = cache.get(key);
  if (!found) {
    found = parseWindow(doc, from, to, reference, quoted);
    cache.set(key, found);
  }
  // The nearest to the anchor (the first of equals) outside the quote and any other quotation.
  let best: Found | null = null;
  for (const f of found) {
    if ((f.start < a.quote.end && f.end > a.quote.start) || overlapsAny(quoted, f.start, f.end)) continue;
    if (!best || Math.abs(f.start - anchor.start) < Math.abs(best.start - anchor.start)) best = f;
  }
  return best;
}

function parseWindow(doc: Doc, from: number, to: number, reference: Date | null, quoted: readonly Span[]): Found[] {
  const sentence = { start: from, end: to };
  // Dates inside quotations never date them: blank the quotations out (same length, so offsets
  // hold), and skip chrono, the costliest step, when no date word is left.
  const text = blankQuotes(doc.text, from, to, quoted);
  if (!DATE_HINT.test(text) && !MAY_HINT.test(text)) return [];
  const results = casualDates.parse(text, reference ? { instant: reference, timezone: 0 } : new Date(0), { forwardDate: false });
  const found: Found[] = [];
  for (let k = 0; k < results.length; k++) {
    const r = results[k]!;
    const component = r.start;
    const specific = component.isCertain("weekday") || (component.isCertain("day") && !VAGUE.test(r.text));
    if (!specific || (!reference && !component.isCertain("year"))) continue;
    const start = sentence.start + r.index;
    let end = start + r.text.replace(/[\s,.;:]+$/, "").length;
    let date = component.date();
    if (reference && isBareWeekday(component, r.text) && dayOf(date) > dayOf(reference)) date = new Date(date.getTime() - 7 * DAY_MS);
    let value = iso(date);
    // chrono reads "Monday (27 December)" as two dates: keep them as one expression.
    const next = results[k + 1];
    if (next && /^\s*\($/.test(text.slice(end - sentence.start, next.index))) {
      const nextEnd = sentence.start + next.index + next.text.replace(/[\s,.;:]+$/, "").length;
      end = doc.text[nextEnd] === ")" ? nextEnd + 1 : nextEnd;
      if (next.start.isCertain("day")) value = iso(next.start.date());
      k++;
    }
    if (value) found.push({ text: doc.text.slice(start, end), start, end, value });
  }
  return found;
}

const DAY_MS = 24 * 3600 * 1000;
/** Days since 1970-01-01 (UTC, as every date here). */
const dayOf = (date: Date) => Math.floor(date.getTime() / DAY_MS);
const WEEKDAY_MODIFIER = /\b(?:this|next|last|past)\b/i;

/**
 * A weekday without a date or a "this", "next", "last" or "past": chrono reads it as the nearest
 * such day, up to three days after the reference. News reports what happened, so such a weekday
 * is the most recent one on or before the article's date (a week earlier when chrono's is later).
 */
function isBareWeekday(component: ParsedResult["start"], text: string): boolean {
  return component.isCertain("weekday") && !component.isCertain("day") && !WEEKDAY_MODIFIER.test(text);
}

/**
 * The day as YYYY-MM-DD, or null outside the years 0000-9999 (where toISOString writes
 * "+010000-01-03"): "next Monday" in an article dated 9999-12-31 gives no date.
 */
function iso(date: Date): string | null {
  const year = date.getUTCFullYear();
  return year >= 0 && year <= 9999 ? date.toISOString().slice(0, 10) : null;
}

/** `quoted` is in document order and its spans do not overlap, so their ends are sorted too. */
function blankQuotes(text: string, start: number, end: number, quoted: readonly Span[]): string {
  const lo = partitionPoint(0, quoted.length, (i) => quoted[i]!.end <= start);
  let out = "";
  let at = start;
  for (let k = lo; k < quoted.length && quoted[k]!.start < end; k++) {
    const q = quoted[k]!;
    const from = Math.max(q.start, start);
    const to = Math.min(q.end, end);
    if (from < at) continue;
    out += text.slice(at, from) + " ".repeat(to - from);
    at = to;
  }
  return out + text.slice(at, end);
}
