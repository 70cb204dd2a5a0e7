/** The plain-text explanations shown in popovers, titles and the error list. */

import type { Quote, QuoteType } from "../types";
import type { GoldSpan } from "../eval/gold";
import type { MissedRelation, QuoteVerdict } from "./gold";

const TYPE_NAMES: Record<QuoteType, string> = {
  direct: "direct quotation",
  partial: "partial quotation",
  indirect: "reported speech",
};

const DATE_SOURCES = { explicit: "stated", context: "from an earlier statement", article: "article date" } as const;

export function typeName(type: QuoteType): string {
  return TYPE_NAMES[type];
}

/** Up to `max` characters, whitespace collapsed. */
export function shorten(text: string, max = 100): string {
  const collapsed = text.replace(/\s+/g, " ").trim();
  return collapsed.length <= max ? collapsed : `${collapsed.slice(0, max - 1)}…`;
}

export function joinPieces(spans: readonly GoldSpan[] | null): string | null {
  return spans === null || spans.length === 0 ? null : spans.map((span) => shorten(span.text, 60)).join(" … ");
}

/** The lines describing one predicted quote. */
export function quoteLines(quote: Quote, verdict: QuoteVerdict | undefined): string[] {
  const lines = [`${quote.id}: ${typeName(quote.type)}${quote.parentId ? ` inside ${quote.parentId}` : ""}`];
  if (quote.speaker) {
    const title = quote.speaker.title ? ` (${quote.speaker.title})` : "";
    lines.push(`Speaker: ${quote.speaker.name}${title}, as “${shorten(quote.speaker.mention.text, 60)}”`);
  } else {
    lines.push("Speaker: unknown");
  }
  if (quote.cue) lines.push(`Cue: “${shorten(quote.cue.text, 40)}”`);
  lines.push(`Rule: ${quote.rule}`, `Confidence: ${quote.confidence.toFixed(2)}`);
  const date = quote.date;
  lines.push(
    date === null
      ? "Date: unknown"
      : `Date: ${date.value} (${DATE_SOURCES[date.source]}${date.span ? `: “${shorten(date.span.text, 40)}”` : ""})`,
  );
  if (verdict) lines.push(...verdictLines(verdict));
  return lines;
}

function verdictLines(verdict: QuoteVerdict): string[] {
  if (!verdict.matched) return ["Gold: spurious (no gold attribution here)"];
  const lines: string[] = [];
  if (verdict.wrongSpeaker) lines.push(`Gold: wrong speaker; gold source “${joinPieces(verdict.goldSource) ?? "none"}”`);
  if (verdict.wrongSpan) lines.push(`Gold: span differs; gold content “${shorten(verdict.goldText ?? "", 100)}”`);
  if (lines.length === 0) lines.push("Gold: matches");
  return lines;
}

/** The lines describing one missed gold relation. */
export function missedLines(relation: MissedRelation): string[] {
  return [
    `${relation.id}: missed gold ${relation.category === "direct" ? "quotation" : "reported speech"}`,
    `Gold source: ${joinPieces(relation.source) === null ? "none" : `“${joinPieces(relation.source)}”`}`,
    `Gold cue: ${joinPieces(relation.cue) === null ? "none" : `“${joinPieces(relation.cue)}”`}`,
  ];
}
