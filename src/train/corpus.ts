import { buildDocument, sentenceAt, tokenAt } from "../document";
import { DEFAULT_OUTER_MARKS } from "../quotes/marks";
import { scanOuter } from "../quotes/scan";
import type { Doc, Token } from "../document/types";
import type { BratAnnotations, BratTextBound } from "../eval/brat";
import type { GoldDocument, GoldSpan } from "../eval/gold";

/** One annotated article as the trainer takes it: its text and its brat annotations. */
export interface TrainingArticle {
  id: string;
  text: string;
  annotations: BratAnnotations;
}

/**
 * A gold document read without brat (the gold JSONL of `whosaid eval`) as a training article:
 * each relation's Source, Cue and Content become the text-bound spans brat would have, and a
 * relation without a Source is an `Attribution-no-source` event, as in PolNeAR.
 */
export function trainingArticleFromGold(document: GoldDocument): TrainingArticle {
  const textBounds: BratTextBound[] = [];
  const bound = (type: string, spans: GoldSpan[] | null) => {
    if (spans !== null && spans.length > 0) textBounds.push({ id: `T${textBounds.length + 1}`, type, spans });
  };
  const relations = document.relations.map((relation) => {
    bound("Source", relation.source);
    bound("Cue", relation.cue);
    bound("Content", relation.content);
    return { ...relation, eventType: relation.source ? "Attribution" : "Attribution-no-source" };
  });
  return { id: document.id, text: document.text, annotations: { textBounds, relations } };
}

/** An article with the library's tokens, sentences and paragraphs (wink-nlp, as at run time). */
export interface CorpusDocument extends TrainingArticle {
  doc: Doc;
  /** [start, end) of the text inside quotation marks, in order (the extractor's scan of outer quotations). */
  quoted: Array<[number, number]>;
}

/**
 * Tokenise every article and find its quotations as the extractor does. The text is read as
 * written (not normalised): brat offsets index it, and a `''` quotation mark is not one here.
 */
export function analyseCorpus(articles: readonly TrainingArticle[]): CorpusDocument[] {
  return articles.map((article) => {
    const doc = buildDocument(article.text);
    const quoted = scanOuter(article.text, doc.bodyStart, DEFAULT_OUTER_MARKS).map(
      (span): [number, number] => [span.contentStart, span.contentEnd],
    );
    return { ...article, doc, quoted };
  });
}

/** The text-bound spans of one type (`Cue`, `Source`, ...), in file order. */
export function textBoundsOfType(document: CorpusDocument, type: string): BratTextBound[] {
  return document.annotations.textBounds.filter((bound) => bound.type === type);
}

/** The tokens that lie wholly inside [start, end). */
export function tokensIn(document: CorpusDocument, start: number, end: number): Token[] {
  const { tokens } = document.doc;
  const out: Token[] = [];
  for (let i = tokenAt(document.doc, start); i < tokens.length && tokens[i]!.start < end; i++) {
    if (tokens[i]!.start >= start && tokens[i]!.end <= end) out.push(tokens[i]!);
  }
  return out;
}

/** The tokens inside any of the spans, in order. */
export function tokensInSpans(document: CorpusDocument, spans: readonly GoldSpan[]): Token[] {
  return spans.flatMap((span) => tokensIn(document, span.start, span.end));
}

/** Index of the sentence that holds `offset` (or the one before it). */
export function sentenceOf(document: CorpusDocument, offset: number): number {
  return sentenceAt(document.doc, offset);
}

/** The text of the spans, joined by one space. */
export function spansText(spans: readonly GoldSpan[]): string {
  return spans.map((span) => span.text).join(" ");
}

/** [start of the first span, greatest end]: the extent of discontiguous spans. */
export function extentOf(spans: readonly GoldSpan[]): { start: number; end: number } {
  return { start: spans[0]!.start, end: Math.max(...spans.map((span) => span.end)) };
}
