/**
 * What the annotation page starts from: each article's text and whosaid's own extraction, in
 * the shape of the gold JSONL (src/eval/jsonl.ts), plus the speaker mentions a person can pick.
 */

import type { GoldDocument, GoldSpan } from "../../eval/gold";
import type { ExtractionResult, Span } from "../../types";
import type { CoreMention, CoreQuote } from "./core-script";

/** One article of the page. */
export interface AnnotationArticle {
  /** The gold JSONL `id`: unique within the page. */
  id: string;
  /** Exactly the text the extraction ran on; every offset refers to it. */
  text: string;
  /** YYYY-MM-DD or null, as the extraction found it. */
  date: string | null;
  /** whosaid's quotes as gold quotes: partial quotations are `direct`, speakers are their mentions. */
  quotes: CoreQuote[];
  /** Every mention of a speaker whosaid found, once, in text order, with the speaker's name. */
  mentions: CoreMention[];
  /** Already corrected (read back from gold): in the export from the start. */
  checked: boolean;
}

/** The page data of one article from its extraction result. */
export function annotationArticle(id: string, text: string, result: ExtractionResult): AnnotationArticle {
  const quotes = result.quotes.map(
    (quote): CoreQuote => ({
      start: quote.start,
      end: quote.end,
      type: quote.type === "indirect" ? "indirect" : "direct",
      speaker: quote.speaker === null ? null : { start: quote.speaker.mention.start, end: quote.speaker.mention.end },
      cue: quote.cue === null ? null : { start: quote.cue.start, end: quote.cue.end },
    }),
  );
  const mentions = new Map<string, CoreMention>();
  const add = (span: Span, name: string): void => {
    const key = `${span.start}:${span.end}`;
    if (!mentions.has(key)) mentions.set(key, { start: span.start, end: span.end, name });
  };
  for (const speaker of result.speakers) for (const mention of speaker.mentions) add(mention, speaker.name);
  // A pronoun or description a quote was attributed through need not be among the speaker's mentions.
  for (const quote of result.quotes) if (quote.speaker) add(quote.speaker.mention, quote.speaker.name);
  return {
    id,
    text,
    date: result.articleDate,
    quotes,
    mentions: [...mentions.values()].sort((a, b) => a.start - b.start || a.end - b.end),
    checked: false,
  };
}

/**
 * The page data of a gold article, to go on correcting it: its quotes are the gold's (a relation
 * in several pieces becomes one range from its first to its last piece; one without Content is
 * left out), the mentions to pick from are whosaid's (`result` of `gold.text`), and it is checked.
 */
export function annotationArticleFromGold(gold: GoldDocument, result: ExtractionResult): AnnotationArticle {
  const cover = (pieces: readonly GoldSpan[]) => ({ start: pieces[0]!.start, end: pieces[pieces.length - 1]!.end });
  const quotes = gold.relations
    .filter((relation) => relation.content.length > 0)
    .map(
      (relation): CoreQuote => ({
        ...cover(relation.content),
        type: relation.hasQuoteMark ? "direct" : "indirect",
        speaker: relation.source === null || relation.source.length === 0 ? null : cover(relation.source),
        cue: relation.cue === null || relation.cue.length === 0 ? null : cover(relation.cue),
      }),
    );
  const fromResult = annotationArticle(gold.id, gold.text, result);
  return { ...fromResult, date: gold.date, quotes, checked: true };
}

/**
 * The articles as JSON for a `<script type="application/json">` block: `<` is written `\u003c`,
 * so no text in an article can close the block.
 */
export function pageDataJson(articles: readonly AnnotationArticle[]): string {
  return JSON.stringify(articles).replace(/</g, "\\u003c");
}
