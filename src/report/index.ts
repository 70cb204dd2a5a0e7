/**
 * The HTML report: pure, browser-safe functions from extraction results (and optionally a gold
 * standard) to self-contained HTML pages. Reading and writing files is the CLI's business.
 */
export { renderReportPage, initials } from "./page";
export type { ReportPageInput } from "./page";
export { renderIndexPage } from "./index-page";
export type { IndexEntry } from "./index-page";
export { compareWithGold } from "./gold";
export type { GoldComparison, MissedRelation, QuoteVerdict } from "./gold";
export { renderMarkedText } from "./markup";
export type { MarkedRange } from "./markup";
export { contrastRatio, speakerColours, TEXT_COLOUR } from "./colours";
export { escapeHtml } from "./escape";
export { renderAnnotatePage } from "./annotate/page";
export { annotationArticle, annotationArticleFromGold } from "./annotate/data";
export type { AnnotationArticle } from "./annotate/data";
