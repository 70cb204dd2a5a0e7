/**
 * whosaid evaluation library: read gold annotations, score {@link ExtractionResult}s against
 * them, and render the report.
 *
 * Browser-safe and side-effect free: every function takes strings or values; reading files is
 * left to the caller (the CLI).
 *
 * @example
 * ```ts
 * import { parseGoldJsonl, parseNameLayer, scoreDocuments, formatReport } from "./eval";
 * const gold = parseGoldJsonl(jsonlText);
 * const pairs = gold.map((doc) => ({ gold: doc, predicted: extract(doc.text) }));
 * const report = scoreDocuments(pairs);
 * console.log(formatReport(report, "text"));
 * // By speaker name too, with a name layer (gold/names-dev.tsv):
 * const byName = scoreDocuments(pairs, { names: parseNameLayer(layerTsvText) });
 * console.log(byName.names?.direct.accuracy);
 * ```
 *
 * @packageDocumentation
 */

export type { ExtractionResult } from "../types";

export type { GoldDocument, GoldRelation, GoldSpan } from "./gold";
export { QUOTE_MARK_PATTERN, spansHaveQuoteMark } from "./gold";

export type {
  AnnotatorChoice,
  BratDocumentInput,
  ParseBratOptions,
  PolnearMetadataRow,
} from "./brat";
export {
  BratParseError,
  goldDocumentFromBrat,
  parseBrat,
  parsePolnearMetadata,
  selectAnnotatorFiles,
} from "./brat";

export type { GoldJsonlQuote, GoldJsonlRange, GoldJsonlRecord } from "./jsonl";
export {
  GoldJsonlError,
  goldDocumentFromJsonlRecord,
  parseGoldJsonl,
  parseGoldJsonlRecords,
} from "./jsonl";

export type {
  AttributionJudgement,
  CategoryCounts,
  CategoryScore,
  DateCounts,
  DateScore,
  DocumentScore,
  ErrorCounts,
  ErrorExample,
  ErrorKind,
  EvalCategory,
  EvalOptions,
  EvalReport,
} from "./metrics";
export {
  EvalInputError,
  NO_GOLD_DATES_NOTE,
  WRONG_SPAN_JACCARD,
  f1Score,
  safeRatio,
  scoreDocuments,
} from "./metrics";

export type { FormatReportOptions, ReportFormat } from "./format";
export { formatReport } from "./format";

export type { NameKind, NameLayer, NameLayerRow } from "./names";
export {
  EXCLUDED_NAME,
  NAME_LAYER_HEADER,
  NameLayerError,
  findNameRow,
  goldNameChoices,
  nameMatches,
  nameTokens,
  parseNameLayer,
} from "./names";

export type { NameCounts, NameErrorExample, NameScore, NameScores } from "./name-scores";

export type { SpeakerChange, SpeakerChangeSide, SpeakerChangeVerdict } from "./compare";
export { compareAttributions, formatSpeakerChanges } from "./compare";
