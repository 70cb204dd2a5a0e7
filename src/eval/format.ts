/**
 * Rendering of an {@link EvalReport} as text or JSON.
 */

import type { CategoryCounts, CategoryScore, ErrorExample, EvalReport } from "./metrics";
import type { NameErrorExample, NameScore, NameScores } from "./name-scores";
import { f1Score, safeRatio } from "./metrics";

/** Output formats of {@link formatReport}. */
export type ReportFormat = "text" | "json";

/** Options of {@link formatReport}. */
export interface FormatReportOptions {
  /** Text format: add a table of per-document counts and F1. Default `false`. */
  perDocument?: boolean;
}

const fixed = (value: number): string => value.toFixed(3);

function padTable(rows: readonly string[][], rightAligned: (column: number) => boolean): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, column) => {
      widths[column] = Math.max(widths[column] ?? 0, cell.length);
    });
  }
  return rows.map((row) =>
    row
      .map((cell, column) => {
        const width = widths[column] ?? 0;
        return rightAligned(column) ? cell.padStart(width) : cell.padEnd(width);
      })
      .join("  ")
      .trimEnd(),
  );
}

/** Example texts in «guillemets» (quotation marks are common inside them), whitespace collapsed. */
function quoted(text: string | null): string {
  return text === null ? "—" : `«${text.replace(/\s+/g, " ")}»`;
}

function categoryRow(label: string, score: CategoryScore): string[] {
  return [
    label,
    String(score.gold),
    String(score.found),
    String(score.predicted),
    String(score.correct),
    fixed(score.precision),
    fixed(score.recall),
    fixed(score.f1),
    `${fixed(score.attributionAccuracy)} (${score.speakerCorrect}/${score.foundWithSource})`,
    String(score.speakerMissing),
  ];
}

function errorRow(label: string, counts: CategoryCounts["errors"]): string[] {
  return [
    label,
    String(counts.missed),
    String(counts.spurious),
    String(counts.wrongSpeaker),
    String(counts.wrongSpan),
  ];
}

function exampleLines(example: ErrorExample, index: number): string[] {
  const lines = [
    `[${index + 1}] ${example.kind} · ${example.category === "direct" ? "direct quote" : "reported speech"} · ${example.docId}`,
    `    gold:      ${quoted(example.goldText)}`,
    `    predicted: ${quoted(example.predictedText)}${example.predictedQuoteId === null ? "" : ` (${example.predictedQuoteId})`}`,
  ];
  if (example.jaccard !== null) lines.push(`    jaccard:   ${fixed(example.jaccard)}`);
  lines.push(
    `    speaker:   ${quoted(example.predictedSpeaker)}   gold source: ${quoted(example.goldSource)}`,
    `    context:   ${example.context}`,
  );
  return lines;
}

function formatText(report: EvalReport, options: FormatReportOptions): string {
  const out = [
    ...headerLines(report),
    ...scoreLines(report),
    ...errorTableLines(report),
    ...dateLines(report.dates),
    ...(report.names ? nameLines(report.names) : []),
    ...(options.perDocument ? perDocumentLines(report.perDocument) : []),
    ...exampleSectionLines(report),
  ];
  return `${out.join("\n")}\n`;
}

function headerLines(report: EvalReport): string[] {
  const excluded = report.excludedGoldRelations;
  return [
    `whosaid evaluation: ${report.documents} document${report.documents === 1 ? "" : "s"}` +
      (excluded > 0 ? ` (${excluded} gold relation${excluded === 1 ? "" : "s"} without Content excluded)` : ""),
    "",
  ];
}

function scoreLines(report: EvalReport): string[] {
  return [
    ...padTable(
      [
        ["Category", "Gold", "Found", "Pred", "Correct", "P", "R", "F1", "Attribution", "No speaker"],
        categoryRow("Direct quotes", report.direct),
        categoryRow("Reported speech", report.reported),
      ],
      (column) => column > 0,
    ),
    "",
    "Found = gold overlapped by a prediction of its category; Correct = predictions overlapping such gold.",
    "P = correct/pred, R = found/gold; ratios with a zero denominator are 0.",
    "Attribution = found gold with a Source whose paired prediction (largest overlap) has a speaker mention overlapping it.",
    "",
  ];
}

function errorTableLines(report: EvalReport): string[] {
  return [
    "Errors",
    ...padTable(
      [
        ["Category", "Missed", "Spurious", "Wrong speaker", "Wrong span"],
        errorRow("Direct quotes", report.direct.errors),
        errorRow("Reported speech", report.reported.errors),
        errorRow("Total", report.errors),
      ],
      (column) => column > 0,
    ),
    "",
  ];
}

function dateLines(dates: EvalReport["dates"]): string[] {
  return [
    "Dates",
    `  ${dates.note}`,
    `  quotes with a date:  ${fixed(dates.coverage)} (${dates.withDate}/${dates.predicted})`,
    `  consistent:          ${fixed(dates.consistency)} (${dates.consistent}/${dates.withDate})`,
    `  by source:           explicit ${dates.bySource.explicit}, context ${dates.bySource.context}, article ${dates.bySource.article}`,
    `  article date agrees: ${dates.articleDateAgreements}/${dates.documentsWithGoldDate} documents with a gold date`,
    "",
  ];
}

function perDocumentLines(documents: EvalReport["perDocument"]): string[] {
  const f1 = (counts: CategoryCounts) => fixed(f1Score(safeRatio(counts.correct, counts.predicted), safeRatio(counts.found, counts.gold)));
  const counts = (c: CategoryCounts) => [String(c.gold), String(c.found), String(c.predicted), String(c.correct), f1(c)];
  const rows: string[][] = [
    ["Document", "D gold", "D found", "D pred", "D correct", "D F1", "R gold", "R found", "R pred", "R correct", "R F1"],
    ...documents.map((doc) => [doc.docId, ...counts(doc.direct), ...counts(doc.reported)]),
  ];
  return ["Per document (D = direct, R = reported)", ...padTable(rows, (column) => column > 0), ""];
}

function exampleSectionLines(report: EvalReport): string[] {
  const out: string[] = [];
  const instances = report.errorInstances;
  if (report.examples.length > 0) {
    out.push(`Error examples (${report.examples.length} of ${instances})`);
    report.examples.forEach((example, index) => out.push(...exampleLines(example, index)));
  } else {
    out.push(instances === 0 ? "No errors." : `Error examples: none kept (${instances} error${instances === 1 ? "" : "s"}).`);
  }
  if (report.names && report.names.examples.length > 0) {
    out.push("", `Name errors (${report.names.examples.length} of ${report.names.errorInstances})`);
    report.names.examples.forEach((example, index) => out.push(...nameExampleLines(example, index)));
  }
  return out;
}

function nameRow(label: string, score: NameScore): string[] {
  return [
    label,
    `${fixed(score.accuracy)} (${score.right}/${score.scored})`,
    String(score.noSpeaker),
    String(score.rightMentionWrongName),
    `${fixed(score.coverage)} (${score.scored + score.excluded}/${score.foundWithSource})`,
    String(score.excluded),
  ];
}

function nameLines(names: NameScores): string[] {
  return [
    `Speaker names (name layer: ${names.layerRows} rows)`,
    ...padTable(
      [
        ["Category", "By name", "No speaker", "Mention right, name wrong", "Layer coverage", "Excluded"],
        nameRow("Direct quotes", names.direct),
        nameRow("Reported speech", names.reported),
      ],
      (column) => column > 0,
    ),
    "",
    "By name = found gold with a Source named in the layer whose paired prediction's speaker.name names that referent",
    "(no speaker counts wrong). Layer coverage = found Sources with a row; Sources without one are not scored.",
    "",
  ];
}

function nameExampleLines(example: NameErrorExample, index: number): string[] {
  return [
    `[${index + 1}] wrong-name · ${example.category === "direct" ? "direct quote" : "reported speech"} · ${example.docId} (${example.predictedQuoteId})`,
    `    predicted: ${quoted(example.predictedName)} via ${quoted(example.predictedMention)}   gold: ${quoted(example.goldName)} via ${quoted(example.goldSource)}`,
    `    context:   ${example.context}`,
  ];
}

/**
 * Render a report.
 *
 * - `"text"`: a readable summary: P/R/F1 per category to 3 decimals with attribution accuracy,
 *   error counts, date figures, speaker-name figures (with a name layer), optionally per-document
 *   rows, then the kept error examples and name errors.
 * - `"json"`: the report as pretty-printed JSON (2-space indent), newline-terminated.
 */
export function formatReport(
  report: EvalReport,
  format: ReportFormat,
  options: FormatReportOptions = {},
): string {
  if (format === "json") return `${JSON.stringify(report, null, 2)}\n`;
  return formatText(report, options);
}
