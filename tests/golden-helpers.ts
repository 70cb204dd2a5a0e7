/**
 * Shared by the golden tests: loads the hand-written fixture (fixtures/article.txt and
 * fixtures/article.expected.json) and enumerates the spans of a result.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Quote, Span, Speaker } from "../src/types";

/** A quote as the golden file states it: `confidence`, `rule` and `explain` are implementation details. */
export type ExpectedQuote = Omit<Quote, "confidence" | "rule" | "explain">;

export interface ExpectedResult {
  articleDate: string | null;
  quotes: ExpectedQuote[];
  /** `mentions` lists at least the mentions the quotes use; the actual list may hold more. */
  speakers: Speaker[];
}

/** Anything with quotes and speakers: an `ExtractionResult` or an `ExpectedResult`. */
export interface ResultLike {
  quotes: readonly ExpectedQuote[];
  speakers: readonly Speaker[];
}

const fixture = (name: string): string =>
  fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

export function loadArticle(): string {
  return readFileSync(fixture("article.txt"), "utf8");
}

export function loadExpected(): ExpectedResult {
  return JSON.parse(readFileSync(fixture("article.expected.json"), "utf8")) as ExpectedResult;
}

/** Only the Span fields, so extra properties on an actual span do not disturb `toEqual`. */
export function spanOf(s: Span | null | undefined): Span | null | undefined {
  return s == null ? s : { text: s.text, start: s.start, end: s.end };
}

/** Shortens a quote's text for test names and messages. */
export function short(text: string, max = 48): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Every span in a result, labelled with where it sits. */
export function spansOf(result: ResultLike): Array<{ where: string; span: Span }> {
  const out: Array<{ where: string; span: Span }> = [];
  result.quotes.forEach((q, i) => {
    const tag = `quotes[${i}] (${q.id})`;
    out.push({ where: tag, span: q });
    if (q.speaker) out.push({ where: `${tag}.speaker.mention`, span: q.speaker.mention });
    if (q.cue) out.push({ where: `${tag}.cue`, span: q.cue });
    if (q.date?.span) out.push({ where: `${tag}.date.span`, span: q.date.span });
  });
  result.speakers.forEach((s, i) => {
    s.mentions.forEach((m, j) => {
      out.push({ where: `speakers[${i}] (${s.id}).mentions[${j}]`, span: m });
    });
  });
  return out;
}

/** The spans (with their labels) for which `article.slice(start, end) !== text`. */
export function badSpans(article: string, result: ResultLike) {
  return spansOf(result)
    .filter(({ span }) => article.slice(span.start, span.end) !== span.text)
    .map(({ where, span }) => ({
      where,
      span: spanOf(span),
      sliced: article.slice(span.start, span.end),
    }));
}

/**
 * The scare quote `"key"` in `or "key" Nato states`, including its quotation marks. It is not a
 * quotation and must not be reported (nor overlapped) by any quote.
 */
export function scareQuoteKey(article: string): { start: number; end: number } {
  const anchor = 'or "key" Nato';
  const at = article.indexOf(anchor);
  if (at < 0 || article.indexOf(anchor, at + 1) >= 0) {
    throw new Error(`expected exactly one ${JSON.stringify(anchor)} in the article`);
  }
  const start = at + "or ".length;
  return { start, end: start + '"key"'.length };
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
