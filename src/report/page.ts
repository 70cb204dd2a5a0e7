/** One article's report page. */

import type { ExtractionResult, Quote, Span, Speaker } from "../types";
import { BASE_STYLE, SCRIPT } from "./assets";
import { speakerColours } from "./colours";
import { htmlDocument } from "./csp";
import { joinPieces, missedLines, quoteLines, shorten, typeName } from "./describe";
import { escapeHtml } from "./escape";
import type { GoldComparison, MissedRelation } from "./gold";
import { renderMarkedText, type MarkedRange } from "./markup";

export interface ReportPageInput {
  /** Shown as the page heading, e.g. the file name or document id. */
  title: string;
  /** Exactly the text the extraction ran on. */
  text: string;
  result: ExtractionResult;
  /** With a gold standard: marks missed, spurious and mis-attributed quotes. */
  gold?: GoldComparison;
  /** Relative link back to a batch's index page. */
  indexHref?: string;
}

/** Nesting order among ranges with the same extent: quotes outside, then gold marks, mentions, cues. */
const RANK = { quote: 0, missed: 1, goldSource: 2, mention: 3, cue: 4 } as const;

interface SpeakerView {
  speaker: Speaker;
  className: string;
  badge: string;
  quotes: number;
  /** The mention its first quote was attributed through. */
  attributedThrough: Span | undefined;
}

/** The complete, self-contained HTML page for one article. */
export async function renderReportPage(input: ReportPageInput): Promise<string> {
  const { result, gold } = input;
  const speakers = speakerViews(result);
  const classOf = (speakerId: string | undefined): string =>
    (speakerId === undefined ? undefined : speakers.get(speakerId)?.className) ?? "sp-none";
  const descriptions: string[] = [];
  const describe = (id: string, lines: string[]): string => {
    descriptions.push(`<span id="${id}">${lines.map((line) => `<span class="l">${escapeHtml(line)}</span>`).join(" ")}</span>`);
    return lines.join("\n");
  };

  const ranges: MarkedRange[] = [];
  for (const quote of result.quotes) {
    ranges.push(quoteRange(quote, speakers, classOf(quote.speaker?.id), gold, describe));
  }
  for (const range of mentionAndCueRanges(result, speakers, classOf)) ranges.push(range);
  for (const relation of gold?.missed ?? []) ranges.push(...missedRanges(relation, describe));
  for (const quote of result.quotes) {
    const verdict = gold?.verdicts.get(quote.id);
    for (const source of verdict?.wrongSpeaker ? (verdict.goldSource ?? []) : []) {
      ranges.push({
        start: source.start,
        end: source.end,
        rank: RANK.goldSource,
        open: (first) =>
          `<span class="gold-source">${first ? `<span class="label l-gold" aria-hidden="true">gold: ${escapeHtml(quote.id)}</span>` : ""}`,
        close: "</span>",
      });
    }
  }

  const articleHtml = renderMarkedText(input.text, ranges);
  const style = `${BASE_STYLE}${[...speakers.values()]
    .map((view, index) => {
      const colours = speakerColours(index);
      return `.${view.className}{--tint:${colours.tint};--ink:${colours.ink}}`;
    })
    .join("\n")}\n`;

  const body = [
    '<a class="skip" href="#article">Skip to the article</a>',
    header(input, speakers.size),
    '<div class="layout">',
    `<main id="article" class="article" aria-label="Article with highlighted quotations">${articleHtml}</main>`,
    `<aside class="panel" aria-label="Speakers and filters">${panel(result, speakers, gold)}</aside>`,
    "</div>",
    '<div id="tip" class="tip" aria-hidden="true" hidden></div>',
    `<div hidden>${descriptions.join("")}</div>`,
  ].join("\n");
  return htmlDocument({ title: `whosaid report: ${input.title}`, style, script: SCRIPT, body });
}

/**
 * Each speaker's class, badge, quote count and first mention, from one pass over the quotes (not
 * one per speaker: a page can have thousands of speakers). Badges repeat initials with a number:
 * "JS", "JS2", "JS3".
 */
function speakerViews(result: ExtractionResult): Map<string, SpeakerView> {
  const quoteCounts = new Map<string, number>();
  const attributedThrough = new Map<string, Span>();
  for (const quote of result.quotes) {
    if (!quote.speaker) continue;
    const { id, mention } = quote.speaker;
    quoteCounts.set(id, (quoteCounts.get(id) ?? 0) + 1);
    if (!attributedThrough.has(id)) attributedThrough.set(id, mention);
  }
  const badgesSoFar = new Map<string, number>();
  const views = new Map<string, SpeakerView>();
  result.speakers.forEach((speaker, index) => {
    const letters = initials(speaker.name);
    const n = (badgesSoFar.get(letters) ?? 0) + 1;
    badgesSoFar.set(letters, n);
    views.set(speaker.id, {
      speaker,
      className: `sp${index}`,
      badge: n === 1 ? letters : `${letters}${n}`,
      quotes: quoteCounts.get(speaker.id) ?? 0,
      attributedThrough: attributedThrough.get(speaker.id),
    });
  });
  return views;
}

/** "Sergey Lavrov" → "SL"; "Nato" → "N"; at most two letters (first and last word). */
export function initials(name: string): string {
  const words = name.split(/[\s\-]+/).filter((word) => /\p{L}/u.test(word));
  const letters = [words[0], words.length > 1 ? words[words.length - 1] : undefined]
    .map((word) => (word ? ([...word].find((char) => /\p{L}/u.test(char)) ?? "") : ""))
    .join("");
  return letters.toUpperCase() || "?";
}

function quoteRange(
  quote: Quote,
  speakers: Map<string, SpeakerView>,
  speakerClass: string,
  gold: GoldComparison | undefined,
  describe: (id: string, lines: string[]) => string,
): MarkedRange {
  const verdict = gold?.verdicts.get(quote.id);
  const title = describe(`d-${quote.id}`, quoteLines(quote, verdict));
  const badge = quote.speaker ? (speakers.get(quote.speaker.id)?.badge ?? "?") : "?";
  const errors: string[] = [];
  const labels: string[] = [];
  if (verdict && !verdict.matched) {
    errors.push("err-spurious");
    labels.push('<span class="label l-error">spurious</span>');
  }
  if (verdict?.wrongSpeaker) {
    errors.push("err-speaker");
    labels.push('<span class="label l-error">wrong speaker</span>');
  }
  if (verdict?.wrongSpan) labels.push('<span class="label l-warn">span differs</span>');
  const classes = ["quote", `q-${quote.type}`, speakerClass, ...errors].join(" ");
  const speakerId = escapeHtml(quote.speaker?.id ?? "none");
  const tip = `d-${escapeHtml(quote.id)}`;
  return {
    start: quote.start,
    end: quote.end,
    rank: RANK.quote,
    open: (first) =>
      first
        ? `<mark class="${classes}" id="${escapeHtml(quote.id)}" tabindex="0" data-speaker="${speakerId}" data-type="${quote.type}" data-tip="${tip}" aria-describedby="${tip}" title="${escapeHtml(title)}"><span class="badge" aria-hidden="true">${escapeHtml(badge)}</span>${labels.join("")}`
        : `<mark class="${classes} cont" data-speaker="${speakerId}" data-tip="${tip}">`,
    close: "</mark>",
  };
}

/** Speaker mentions that attributed a quote, each speaker's first mention, and cues: underlined. */
function mentionAndCueRanges(
  result: ExtractionResult,
  speakers: ReadonlyMap<string, SpeakerView>,
  classOf: (id: string | undefined) => string,
): MarkedRange[] {
  const mentions = new Map<string, { span: Span; speakerId: string; anchor?: string }>();
  const cues = new Map<string, { span: Span; speakerId: string | undefined }>();
  for (const quote of result.quotes) {
    if (quote.speaker) mentions.set(key(quote.speaker.mention), { span: quote.speaker.mention, speakerId: quote.speaker.id });
    if (quote.cue && !cues.has(key(quote.cue))) cues.set(key(quote.cue), { span: quote.cue, speakerId: quote.speaker?.id });
  }
  for (const speaker of result.speakers) {
    const first = firstMention(speaker, speakers.get(speaker.id));
    if (!first) continue;
    const entry = mentions.get(key(first)) ?? { span: first, speakerId: speaker.id };
    entry.anchor = `first-${speaker.id}`;
    mentions.set(key(first), entry);
  }
  const ranges: MarkedRange[] = [];
  for (const { span, speakerId, anchor } of mentions.values()) {
    const attributes = `class="mention ${classOf(speakerId)}" data-speaker="${escapeHtml(speakerId)}"${anchor ? ` id="${escapeHtml(anchor)}"` : ""}`;
    ranges.push({
      start: span.start,
      end: span.end,
      rank: RANK.mention,
      open: (first) => `<span ${first ? attributes : attributes.replace(/ id="[^"]*"/, "")}>`,
      close: "</span>",
    });
  }
  for (const { span, speakerId } of cues.values()) {
    ranges.push({
      start: span.start,
      end: span.end,
      rank: RANK.cue,
      open: () => `<span class="cue ${classOf(speakerId)}" data-speaker="${escapeHtml(speakerId ?? "none")}">`,
      close: "</span>",
    });
  }
  return ranges;
}

function key(span: Span): string {
  return `${span.start}:${span.end}`;
}

/** The speaker's first mention in the text, or failing that the first mention a quote was attributed through. */
function firstMention(speaker: Speaker, view: SpeakerView | undefined): Span | undefined {
  return speaker.mentions[0] ?? view?.attributedThrough;
}

function missedRanges(relation: MissedRelation, describe: (id: string, lines: string[]) => string): MarkedRange[] {
  const title = escapeHtml(describe(`d-${relation.id}`, missedLines(relation)));
  const tip = `d-${escapeHtml(relation.id)}`;
  return relation.content.map((piece, index) => ({
    start: piece.start,
    end: piece.end,
    rank: RANK.missed,
    open: (first) =>
      first && index === 0
        ? `<span class="gold-missed" id="${escapeHtml(relation.id)}" tabindex="0" data-tip="${tip}" aria-describedby="${tip}" title="${title}"><span class="label l-error">missed</span>`
        : `<span class="gold-missed cont" data-tip="${tip}">`,
    close: "</span>",
  }));
}

function header(input: ReportPageInput, speakerCount: number): string {
  const { result } = input;
  const reported = result.quotes.filter((quote) => quote.type === "indirect").length;
  const facts = [
    `Article date: ${result.articleDate ?? "unknown"}`,
    `${result.quotes.length} quotes (${result.quotes.length - reported} in quotation marks, ${reported} reported)`,
    `${speakerCount} speakers`,
  ];
  const sample = (className: string, text: string): string =>
    `<span><span class="${className}">${text}</span></span>`;
  return [
    '<header class="top">',
    input.indexHref ? `<p class="meta"><a href="${escapeHtml(input.indexHref)}">← All articles</a></p>` : "",
    `<h1>${escapeHtml(input.title)}</h1>`,
    `<p class="meta">${facts.map(escapeHtml).join(" · ")}</p>`,
    `<p class="legend">${[
      sample("quote q-direct sp-none", '<span class="badge" aria-hidden="true">AB</span>quotation'),
      sample("quote q-indirect sp-none", '<span class="badge" aria-hidden="true">AB</span>reported speech'),
      sample("mention sp-none", "speaker"),
      sample("cue sp-none", "cue"),
      input.gold ? sample("gold-missed", '<span class="label l-error">missed</span>gold') : "",
      input.gold ? sample("gold-source", "gold speaker") : "",
    ].join("")} Badges give the speaker's initials; focus or hover a quotation for its rule, confidence and date.</p>`,
    "</header>",
  ].join("\n");
}

function panel(result: ExtractionResult, speakers: Map<string, SpeakerView>, gold: GoldComparison | undefined): string {
  const unattributed = result.quotes.filter((quote) => quote.speaker === null).length;
  const items = [...speakers.values()].map((view) => {
    const first = firstMention(view.speaker, view);
    const name = view.speaker.name;
    return [
      "<li>",
      `<button type="button" class="speaker ${view.className}" data-filter="${escapeHtml(view.speaker.id)}" data-name="${escapeHtml(name)}" aria-pressed="false">`,
      `<span class="badge" aria-hidden="true">${escapeHtml(view.badge)}</span>`,
      `<span class="name">${escapeHtml(name)}</span>`,
      `<span class="count">${view.quotes} ${view.quotes === 1 ? "quote" : "quotes"}</span>`,
      view.speaker.title ? `<span class="title">${escapeHtml(view.speaker.title)}</span>` : "",
      first ? `<span class="first">first mention: “${escapeHtml(shorten(first.text, 60))}”</span>` : "",
      "</button>",
      first ? `<a class="jump" href="#first-${escapeHtml(view.speaker.id)}">go to first mention</a>` : "",
      "</li>",
    ].join("");
  });
  if (unattributed > 0) {
    items.push(
      `<li><button type="button" class="speaker sp-none" data-filter="none" data-name="no speaker found" aria-pressed="false"><span class="badge" aria-hidden="true">?</span><span class="name">No speaker found</span><span class="count">${unattributed} ${unattributed === 1 ? "quote" : "quotes"}</span></button></li>`,
    );
  }
  return [
    "<h2>Speakers</h2>",
    `<p id="filter-status" role="status">Showing all ${result.quotes.length} quotes.</p>`,
    '<button type="button" class="show-all" data-filter="" data-name="all" aria-pressed="true">Show all quotes</button>',
    `<ul class="speakers">${items.join("\n")}</ul>`,
    gold ? goldSection(result, gold) : "",
  ].join("\n");
}

function goldSection(result: ExtractionResult, gold: GoldComparison): string {
  const { scores } = gold;
  const row = (name: string, score: typeof scores.direct): string =>
    `<tr><th scope="row">${name}</th><td>${score.gold}</td><td>${score.predicted}</td><td>${score.found}</td><td>${score.precision.toFixed(2)}</td><td>${score.recall.toFixed(2)}</td><td>${score.attributionAccuracy.toFixed(2)}</td></tr>`;
  const errors: Array<{ at: number; html: string }> = [];
  for (const quote of result.quotes) {
    const verdict = gold.verdicts.get(quote.id);
    if (!verdict) continue;
    const link = `<a href="#${escapeHtml(quote.id)}">${escapeHtml(quote.id)}</a> ${escapeHtml(typeName(quote.type))} “${escapeHtml(shorten(quote.text, 50))}”`;
    if (!verdict.matched) errors.push({ at: quote.start, html: `<li><strong>spurious</strong>: ${link}</li>` });
    if (verdict.wrongSpeaker) {
      const predicted = quote.speaker ? `“${escapeHtml(shorten(quote.speaker.mention.text, 40))}”` : "none";
      errors.push({
        at: quote.start,
        html: `<li><strong>wrong speaker</strong>: ${link}: found ${predicted}, gold “${escapeHtml(joinPieces(verdict.goldSource) ?? "none")}”</li>`,
      });
    }
    if (verdict.wrongSpan) errors.push({ at: quote.start, html: `<li><strong>span differs</strong>: ${link}</li>` });
  }
  for (const relation of gold.missed) {
    const text = relation.content.map((piece) => piece.text).join(" … ");
    errors.push({
      at: relation.content[0]?.start ?? 0,
      html: `<li><strong>missed</strong>: <a href="#${relation.id}">${relation.id}</a> ${relation.category === "direct" ? "quotation" : "reported"} “${escapeHtml(shorten(text, 50))}”</li>`,
    });
  }
  errors.sort((a, b) => a.at - b.at);
  const e = scores.errors;
  return [
    "<h2>Against the gold standard</h2>",
    `<p>${e.missed} missed, ${e.spurious} spurious, ${e.wrongSpeaker} wrong speaker, ${e.wrongSpan} span differs.</p>`,
    '<table class="scores"><thead><tr><th scope="col"></th><th scope="col">gold</th><th scope="col">found</th><th scope="col"><abbr title="matched">match</abbr></th><th scope="col"><abbr title="precision">P</abbr></th><th scope="col"><abbr title="recall">R</abbr></th><th scope="col"><abbr title="attribution accuracy">who</abbr></th></tr></thead>',
    `<tbody>${row("quoted", scores.direct)}${row("reported", scores.reported)}</tbody></table>`,
    errors.length > 0 ? `<h2>Errors</h2><ul class="errors">${errors.map((error) => error.html).join("\n")}</ul>` : "<p>No errors.</p>",
  ].join("\n");
}
