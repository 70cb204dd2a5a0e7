/**
 * Scoring of extraction results against gold documents.
 *
 * Definitions (all counts are micro-averaged over documents):
 *
 * - **Categories.** *Direct* gold = relations with a quotation mark in their Content
 *   (`hasQuoteMark`); direct predictions = quotes of type `direct` or `partial`.
 *   *Reported* gold = relations without a quotation mark; reported predictions = quotes of type
 *   `indirect`. The two categories are scored independently: a prediction is only compared with
 *   gold of its own category.
 * - **Overlap.** A predicted quote overlaps a gold relation when they share at least one character
 *   with any of its Content pieces; the overlap size is the number of shared characters.
 * - **Correct prediction (precision).** A predicted quote is correct when it overlaps the Content
 *   of at least one gold relation of its category. Several predictions may be correct through
 *   the same gold relation: the two halves of `"A," he said, "B."`, or a nested quote inside a
 *   quote that overlaps the gold.
 * - **Found gold (recall).** A gold relation is found when at least one predicted quote of its
 *   category overlaps it. One prediction may find several gold relations.
 * - **Pairing.** Each found gold relation is paired with the overlapping predicted quote of its
 *   category with the largest overlap (ties: the prediction with fewer characters, the tighter
 *   one, so that a gold relation nested in another is paired with the prediction nested in the
 *   other's rather than with the outer one; then the earlier in document order).
 *   Attribution and span errors are judged on these pairs; a prediction may be paired with
 *   several gold relations.
 * - **P/R/F1.** precision = correct / predicted, recall = found / gold, F1 = harmonic mean.
 *   **Any ratio with a zero denominator is 0** (so an empty prediction has precision 0, recall 0
 *   and F1 0, and so does an empty gold; the counts in the report tell these cases apart).
 * - **Attribution accuracy.** Of the found gold relations that have a Source, the share whose
 *   paired prediction has a `speaker` whose `mention` overlaps a Source piece. `speakerMissing`
 *   counts those whose paired prediction has no speaker.
 * - **Errors.** `missed`: gold not found; `spurious`: prediction not correct; `wrongSpeaker`:
 *   found gold with a Source whose paired prediction's mention does not overlap it (or has no
 *   speaker); `wrongSpan`: found gold whose pair has a Jaccard (shared characters / characters
 *   in either) below the threshold (0.5). A pair can be both a wrong speaker and a wrong span.
 * - **Dates.** There are no gold dates. Coverage = predicted quotes (all types) with a date /
 *   predicted quotes; consistency = dated quotes whose value equals the article date (the gold
 *   document's date, or the extraction's `articleDate` when the gold has none) or equals the value
 *   of some `explicit` date among the document's predicted quotes / dated quotes.
 * - Gold relations without any Content piece (degenerate annotations) are excluded everywhere
 *   and counted in `excludedGoldRelations`.
 * - **Names.** With a name layer (`options.names`), the same pairs are also judged by name: the
 *   paired prediction's `speaker.name` must name the layer's referent of the gold Source (see
 *   `names.ts` for the matching, `name-scores.ts` for the counts); `report.names` holds the figures.
 */

import type { DateSource, ExtractionResult, Quote, Span } from "../types";
import type { GoldDocument, GoldRelation, GoldSpan } from "./gold";
import {
  countName,
  emptyNameCounts,
  judgeName,
  toNameScore,
  type NameCounts,
  type NameErrorExample,
  type NameScores,
} from "./name-scores";
import type { NameLayer } from "./names";

/** `direct`: direct and partial quotations; `reported`: reported speech (indirect). */
export type EvalCategory = "direct" | "reported";

/** The kinds of error listed in the breakdown. */
export type ErrorKind = "missed" | "spurious" | "wrong-speaker" | "wrong-span";

/** Options of {@link scoreDocuments}. */
export interface EvalOptions {
  /** How many error examples to keep in the report, spread over categories and kinds. Default 20. */
  maxErrors?: number;
  /** Characters of context on each side of an error example. Default 60. */
  contextChars?: number;
  /**
   * Check that every predicted quote and speaker mention satisfies
   * `gold.text.slice(start, end) === text` and throw an {@link EvalInputError} otherwise
   * (a sign that the extractor ran on different text, e.g. with a date header prepended).
   * Default `true`.
   */
  checkOffsets?: boolean;
  /** A parsed name layer ({@link parseNameLayer}): also score speakers by name, in `report.names`. */
  names?: NameLayer;
  /**
   * Called once for every gold relation with a Source, found or not, with how its speaker was
   * judged: what `whosaid eval --compare` lines up between two runs.
   */
  onAttribution?: (judgement: AttributionJudgement) => void;
}

/** How one gold relation with a Source fared: its paired prediction's speaker, right or wrong. */
export interface AttributionJudgement {
  docId: string;
  category: EvalCategory;
  /** Index of the relation in the gold document's `relations`. */
  relation: number;
  /** Gold Content text; discontiguous pieces joined by " … ". */
  goldText: string;
  /** Gold Source text, pieces joined by " … ". */
  goldSource: string;
  /** The name layer's name for the Source (`-` if the layer excludes it); `null` without a layer or a row for it. */
  goldName: string | null;
  /** The paired prediction (largest overlap); `null` when the relation was not found. */
  predicted: { quoteId: string; rule: string; speakerName: string | null; mention: Span | null } | null;
  /** The paired speaker's mention overlaps the Source (false when not found). */
  rightByMention: boolean;
  /** By the name layer; `null` when there is no layer or it does not score this Source (no row, or `-`). */
  rightByName: boolean | null;
}

/** A prediction that does not fit its gold document. */
export class EvalInputError extends Error {
  readonly docId: string;

  constructor(docId: string, message: string) {
    super(`document ${JSON.stringify(docId)}: ${message}`);
    this.name = "EvalInputError";
    this.docId = docId;
  }
}

/** The Jaccard threshold below which a paired span counts as a wrong span. */
export const WRONG_SPAN_JACCARD = 0.5;

/** Error counts of one category (or their sum). */
export interface ErrorCounts {
  missed: number;
  spurious: number;
  wrongSpeaker: number;
  wrongSpan: number;
}

/** Raw counts of one category. */
export interface CategoryCounts {
  /** Gold relations of the category. */
  gold: number;
  /** Predicted quotes of the category. */
  predicted: number;
  /** Gold relations overlapped by at least one prediction of the category: the numerator of recall. */
  found: number;
  /** Predictions overlapping at least one gold relation of the category: the numerator of precision. */
  correct: number;
  /** Gold relations of the category that have a Source. */
  goldWithSource: number;
  /** Found gold relations that have a Source: the denominator of attribution accuracy. */
  foundWithSource: number;
  /** Of `foundWithSource`, those whose paired prediction's speaker mention overlaps a Source piece. */
  speakerCorrect: number;
  /** Of `foundWithSource`, those whose paired prediction has no speaker. */
  speakerMissing: number;
  errors: ErrorCounts;
}

/** Counts and scores of one category, micro-averaged. */
export interface CategoryScore extends CategoryCounts {
  precision: number;
  recall: number;
  f1: number;
  /** speakerCorrect / foundWithSource (0 if there is none). */
  attributionAccuracy: number;
}

/** Raw date counts. */
export interface DateCounts {
  /** Predicted quotes of every type. */
  predicted: number;
  /** Predicted quotes with a date. */
  withDate: number;
  /** Dated quotes whose value equals the article date or an explicit date of the document. */
  consistent: number;
  /** Dated quotes by date source. */
  bySource: Record<DateSource, number>;
  /** Documents whose gold has a date. */
  documentsWithGoldDate: number;
  /** Of those, documents whose extraction reports the same `articleDate`. */
  articleDateAgreements: number;
}

/** Date figures. There are no gold quote dates, so these measure coverage and consistency only. */
export interface DateScore extends DateCounts {
  /** withDate / predicted. */
  coverage: number;
  /** consistent / withDate. */
  consistency: number;
  /** States that no gold dates exist. */
  note: string;
}

/** Counts for one document. */
export interface DocumentScore {
  docId: string;
  /** Gold relations without Content, ignored. */
  excludedGoldRelations: number;
  direct: CategoryCounts;
  reported: CategoryCounts;
  dates: DateCounts;
}

/** One listed error. Texts are `null` where the kind has no such side. */
export interface ErrorExample {
  docId: string;
  category: EvalCategory;
  kind: ErrorKind;
  /** Gold Content text; discontiguous pieces joined by " … ". */
  goldText: string | null;
  /** Start of the first and end of the last gold Content piece. */
  goldStart: number | null;
  goldEnd: number | null;
  /** Gold Source text (pieces joined by " … "), or `null` if the gold has none. */
  goldSource: string | null;
  predictedQuoteId: string | null;
  predictedText: string | null;
  predictedStart: number | null;
  predictedEnd: number | null;
  /** The predicted speaker's mention text, or `null` without a speaker. */
  predictedSpeaker: string | null;
  /** Jaccard of the pair, or `null` for a missed or spurious error. */
  jaccard: number | null;
  /** The surrounding text, whitespace collapsed; "…" marks a cut. */
  context: string;
}

/** The result of {@link scoreDocuments}. */
export interface EvalReport {
  documents: number;
  /** Gold relations without any Content piece, excluded from every figure. */
  excludedGoldRelations: number;
  direct: CategoryScore;
  reported: CategoryScore;
  dates: DateScore;
  /** Sum of both categories' error counts. */
  errors: ErrorCounts;
  /** How many error instances exist in total (examples lists at most `maxErrors` of them). */
  errorInstances: number;
  examples: ErrorExample[];
  perDocument: DocumentScore[];
  /** Speaker-name figures; present only when a name layer was given. */
  names?: NameScores;
}

/** The note carried by every {@link DateScore}. */
export const NO_GOLD_DATES_NOTE =
  "No gold dates exist: date figures measure coverage and consistency (with the article date or an explicit date), not correctness.";

const CATEGORIES: readonly EvalCategory[] = ["direct", "reported"];
const KINDS: readonly ErrorKind[] = ["missed", "spurious", "wrong-speaker", "wrong-span"];

interface Interval {
  start: number;
  end: number;
}

interface PreparedGold {
  relation: GoldRelation;
  /** Index in the document's relations. */
  index: number;
  /** Content pieces merged into disjoint sorted intervals. */
  content: Interval[];
  length: number;
  hasSource: boolean;
}

/** Ratio with the zero-denominator convention: 0 when `denominator` is 0. */
export function safeRatio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}

/** Harmonic mean of precision and recall (0 when both are 0). */
export function f1Score(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

function emptyErrors(): ErrorCounts {
  return { missed: 0, spurious: 0, wrongSpeaker: 0, wrongSpan: 0 };
}

function emptyCounts(): CategoryCounts {
  return {
    gold: 0,
    predicted: 0,
    found: 0,
    correct: 0,
    goldWithSource: 0,
    foundWithSource: 0,
    speakerCorrect: 0,
    speakerMissing: 0,
    errors: emptyErrors(),
  };
}

function emptyDates(): DateCounts {
  return {
    predicted: 0,
    withDate: 0,
    consistent: 0,
    bySource: { explicit: 0, context: 0, article: 0 },
    documentsWithGoldDate: 0,
    articleDateAgreements: 0,
  };
}

function mergeIntervals(spans: readonly Interval[]): Interval[] {
  const sorted = spans
    .filter((span) => span.end > span.start)
    .map((span) => ({ start: span.start, end: span.end }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Interval[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push(span);
  }
  return merged;
}

function overlapSize(span: Interval, intervals: readonly Interval[]): number {
  let total = 0;
  for (const interval of intervals) {
    total += Math.max(0, Math.min(span.end, interval.end) - Math.max(span.start, interval.start));
  }
  return total;
}

/** Whether a span shares a character with any of others (a speaker mention and a Source's pieces). */
export function spansOverlap(span: Interval, others: readonly Interval[]): boolean {
  return others.some((other) => span.start < other.end && other.start < span.end);
}

function predictionCategory(quote: Quote): EvalCategory {
  return quote.type === "indirect" ? "reported" : "direct";
}

function joinPieces(spans: readonly GoldSpan[] | null): string | null {
  if (spans === null || spans.length === 0) return null;
  return spans.map((span) => span.text).join(" … ");
}

function checkSpan(docId: string, text: string, span: Span, what: string): void {
  const valid =
    Number.isInteger(span.start) &&
    Number.isInteger(span.end) &&
    span.start >= 0 &&
    span.end >= span.start &&
    span.end <= text.length &&
    text.slice(span.start, span.end) === span.text;
  if (!valid) {
    throw new EvalInputError(
      docId,
      `${what} [${span.start}, ${span.end}) ${JSON.stringify(span.text.slice(0, 40))} does not match ` +
        `the gold text at those offsets (was the extractor run on exactly the gold text?)`,
    );
  }
}

function snippet(text: string, regions: readonly Interval[], contextChars: number): string {
  if (regions.length === 0) return "";
  const coreStart = Math.min(...regions.map((region) => region.start));
  const coreEnd = Math.max(...regions.map((region) => region.end));
  const from = Math.max(0, coreStart - contextChars);
  const to = Math.min(text.length, coreEnd + contextChars);
  const maxCore = 400;
  let body: string;
  if (coreEnd - coreStart > maxCore) {
    const half = maxCore / 2;
    body = `${text.slice(from, coreStart + half)} … ${text.slice(coreEnd - half, to)}`;
  } else {
    body = text.slice(from, to);
  }
  const collapsed = body.replace(/\s+/g, " ").trim();
  return `${from > 0 ? "…" : ""}${collapsed}${to < text.length ? "…" : ""}`;
}

interface ExampleCollector {
  buckets: Map<string, ErrorExample[]>;
  total: number;
  limit: number;
}

function collect(collector: ExampleCollector, example: ErrorExample): void {
  collector.total++;
  const key = `${example.category}/${example.kind}`;
  const bucket = collector.buckets.get(key) ?? [];
  if (bucket.length < collector.limit) bucket.push(example);
  collector.buckets.set(key, bucket);
}

/** Pick up to `limit` examples round-robin over (category, kind) buckets; output grouped by bucket. */
function selectExamples(collector: ExampleCollector): ErrorExample[] {
  const order = CATEGORIES.flatMap((category) => KINDS.map((kind) => `${category}/${kind}`));
  const taken = new Map<string, number>(order.map((key) => [key, 0]));
  let remaining = collector.limit;
  let progress = true;
  while (remaining > 0 && progress) {
    progress = false;
    for (const key of order) {
      if (remaining === 0) break;
      const available = collector.buckets.get(key)?.length ?? 0;
      const count = taken.get(key) ?? 0;
      if (count < available) {
        taken.set(key, count + 1);
        remaining--;
        progress = true;
      }
    }
  }
  return order.flatMap((key) => (collector.buckets.get(key) ?? []).slice(0, taken.get(key) ?? 0));
}

function addCounts(target: CategoryCounts, source: CategoryCounts): void {
  target.gold += source.gold;
  target.predicted += source.predicted;
  target.found += source.found;
  target.correct += source.correct;
  target.goldWithSource += source.goldWithSource;
  target.foundWithSource += source.foundWithSource;
  target.speakerCorrect += source.speakerCorrect;
  target.speakerMissing += source.speakerMissing;
  addErrors(target.errors, source.errors);
}

function addErrors(target: ErrorCounts, source: ErrorCounts): void {
  target.missed += source.missed;
  target.spurious += source.spurious;
  target.wrongSpeaker += source.wrongSpeaker;
  target.wrongSpan += source.wrongSpan;
}

function toScore(counts: CategoryCounts): CategoryScore {
  const precision = safeRatio(counts.correct, counts.predicted);
  const recall = safeRatio(counts.found, counts.gold);
  return {
    ...counts,
    errors: { ...counts.errors },
    precision,
    recall,
    f1: f1Score(precision, recall),
    attributionAccuracy: safeRatio(counts.speakerCorrect, counts.foundWithSource),
  };
}

interface Pair {
  gold: PreparedGold;
  quote: Quote;
  overlap: number;
}

/**
 * Overlap matching of one category (see the module documentation): which gold relations are
 * found, which predictions are correct, and the pair (largest overlap) of each found gold.
 */
function matchCategory(golds: readonly PreparedGold[], quotes: readonly Quote[]): {
  pairs: Pair[];
  missedGold: PreparedGold[];
  spuriousQuotes: Quote[];
} {
  const correct = new Set<Quote>();
  const pairs: Pair[] = [];
  const missedGold: PreparedGold[] = [];
  for (const gold of golds) {
    let best: Quote | undefined;
    let bestOverlap = 0;
    for (const quote of quotes) {
      const overlap = overlapSize(quote, gold.content);
      if (overlap === 0) continue;
      correct.add(quote);
      if (overlap > bestOverlap || (overlap === bestOverlap && quote.end - quote.start < best!.end - best!.start)) {
        bestOverlap = overlap;
        best = quote;
      }
    }
    if (best === undefined) missedGold.push(gold);
    else pairs.push({ gold, quote: best, overlap: bestOverlap });
  }
  const spuriousQuotes = quotes.filter((quote) => !correct.has(quote));
  return { pairs, missedGold, spuriousQuotes };
}

function byPosition(a: Interval, b: Interval): number {
  return a.start - b.start || a.end - b.end;
}

function firstInterval(g: PreparedGold): Interval {
  return { start: g.content[0]?.start ?? 0, end: g.content[g.content.length - 1]?.end ?? 0 };
}

/** The gold relations by category, in document order, without those that have no Content. */
function prepareGolds(relations: readonly GoldRelation[]): { golds: Record<EvalCategory, PreparedGold[]>; excluded: number } {
  const golds: Record<EvalCategory, PreparedGold[]> = { direct: [], reported: [] };
  let excluded = 0;
  for (const [index, relation] of relations.entries()) {
    const content = mergeIntervals(relation.content);
    if (content.length === 0) {
      excluded++;
      continue;
    }
    golds[relation.hasQuoteMark ? "direct" : "reported"].push({
      relation,
      index,
      content,
      length: content.reduce((sum, interval) => sum + interval.end - interval.start, 0),
      hasSource: relation.source !== null && relation.source.length > 0,
    });
  }
  for (const category of CATEGORIES) golds[category].sort((a, b) => byPosition(firstInterval(a), firstInterval(b)));
  return { golds, excluded };
}

function quotesByCategory(predicted: readonly Quote[]): Record<EvalCategory, Quote[]> {
  const quotes: Record<EvalCategory, Quote[]> = { direct: [], reported: [] };
  for (const quote of [...predicted].sort(byPosition)) quotes[predictionCategory(quote)].push(quote);
  return quotes;
}

/**
 * The pairs the scorer judges attribution on: each found gold relation with the predicted quote
 * of its category it overlaps most (see the module documentation). For a trainer that learns
 * from the same pairs the evaluation scores.
 */
export function pairWithGold(relations: readonly GoldRelation[], predicted: readonly Quote[]): Array<{ relation: GoldRelation; quote: Quote }> {
  const { golds } = prepareGolds(relations);
  const quotes = quotesByCategory(predicted);
  return CATEGORIES.flatMap((category) =>
    matchCategory(golds[category], quotes[category]).pairs.map(({ gold, quote }) => ({ relation: gold.relation, quote })),
  );
}

/** What scoring every document adds up, and the options it runs with. */
interface Tally {
  options: EvalOptions;
  layer: NameLayer | undefined;
  maxErrors: number;
  contextChars: number;
  collector: ExampleCollector;
  totals: Record<EvalCategory, CategoryCounts>;
  dates: DateCounts;
  names: Record<EvalCategory, NameCounts>;
  nameErrors: NameErrorExample[];
  nameErrorInstances: number;
  perDocument: DocumentScore[];
  excluded: number;
}

/** One category of one document being scored: where its counts, examples and judgements go. */
interface Scope {
  tally: Tally;
  docId: string;
  text: string;
  category: EvalCategory;
  counts: CategoryCounts;
}

/**
 * Score extraction results against gold documents; see the module documentation for the exact
 * definitions. `pairs[i].predicted` must come from running the extractor on `pairs[i].gold.text`.
 *
 * @throws {@link EvalInputError} (with `checkOffsets`, the default) when a predicted span does not
 *   match the gold text.
 */
export function scoreDocuments(
  pairs: ReadonlyArray<{ gold: GoldDocument; predicted: ExtractionResult }>,
  options: EvalOptions = {},
): EvalReport {
  const maxErrors = Math.max(0, Math.floor(options.maxErrors ?? 20));
  const tally: Tally = {
    options,
    layer: options.names,
    maxErrors,
    contextChars: Math.max(0, Math.floor(options.contextChars ?? 60)),
    collector: { buckets: new Map(), total: 0, limit: maxErrors },
    totals: { direct: emptyCounts(), reported: emptyCounts() },
    dates: emptyDates(),
    names: { direct: emptyNameCounts(), reported: emptyNameCounts() },
    nameErrors: [],
    nameErrorInstances: 0,
    perDocument: [],
    excluded: 0,
  };
  for (const { gold, predicted } of pairs) scoreDocument(tally, gold, predicted);
  return reportOf(tally, pairs.length);
}

function scoreDocument(tally: Tally, gold: GoldDocument, predicted: ExtractionResult): void {
  const { id: docId, text } = gold;
  if (tally.options.checkOffsets ?? true) {
    for (const quote of predicted.quotes) {
      checkSpan(docId, text, quote, `quote ${quote.id}`);
      if (quote.speaker) checkSpan(docId, text, quote.speaker.mention, `speaker mention of quote ${quote.id}`);
    }
  }
  const { golds, excluded } = prepareGolds(gold.relations);
  const quotes = quotesByCategory(predicted.quotes);
  const documentCounts: Record<EvalCategory, CategoryCounts> = { direct: emptyCounts(), reported: emptyCounts() };
  for (const category of CATEGORIES) {
    const scope: Scope = { tally, docId, text, category, counts: documentCounts[category] };
    scoreCategory(scope, golds[category], quotes[category]);
    addCounts(tally.totals[category], scope.counts);
  }
  const dates = documentDates(gold, predicted);
  addDates(tally.dates, dates);
  tally.excluded += excluded;
  tally.perDocument.push({ docId, excludedGoldRelations: excluded, direct: documentCounts.direct, reported: documentCounts.reported, dates });
}

/** Counts one category of one document, and collects its errors in document order. */
function scoreCategory(scope: Scope, golds: readonly PreparedGold[], quotes: readonly Quote[]): void {
  const { counts } = scope;
  counts.gold = golds.length;
  counts.predicted = quotes.length;
  counts.goldWithSource = golds.filter((g) => g.hasSource).length;
  const { pairs: matches, missedGold, spuriousQuotes } = matchCategory(golds, quotes);
  counts.found = matches.length;
  counts.correct = quotes.length - spuriousQuotes.length;

  // Walk found and missed gold in document order so examples read in order.
  const events: Array<{ at: Interval; run: () => void }> = [
    ...matches.map((match) => ({ at: firstInterval(match.gold), run: () => scoreMatch(scope, match) })),
    ...missedGold.map((g) => ({
      at: firstInterval(g),
      run: () => {
        if (g.hasSource) judgeAttribution(scope, g, null, false);
        counts.errors.missed++;
        collect(scope.tally.collector, errorExample(scope, "missed", g, null, null));
      },
    })),
    ...spuriousQuotes.map((quote) => ({
      at: quote as Interval,
      run: () => {
        counts.errors.spurious++;
        collect(scope.tally.collector, errorExample(scope, "spurious", null, quote, null));
      },
    })),
  ];
  events.sort((a, b) => byPosition(a.at, b.at));
  for (const event of events) event.run();
}

/** A found gold relation: its speaker (by mention and by name) and its span. */
function scoreMatch(scope: Scope, { gold: g, quote, overlap }: Pair): void {
  const { counts, tally } = scope;
  const jaccard = safeRatio(overlap, quote.end - quote.start + g.length - overlap);
  if (g.hasSource) {
    counts.foundWithSource++;
    const speaker = quote.speaker;
    if (speaker === null) counts.speakerMissing++;
    const source = g.relation.source ?? [];
    const rightByMention = speaker !== null && spansOverlap(speaker.mention, source);
    judgeAttribution(scope, g, quote, rightByMention);
    if (rightByMention) {
      counts.speakerCorrect++;
    } else {
      counts.errors.wrongSpeaker++;
      collect(tally.collector, errorExample(scope, "wrong-speaker", g, quote, jaccard));
    }
    const wrongName = tally.layer && countName(tally.names[scope.category], tally.layer, scope.docId, source, speaker, rightByMention);
    if (wrongName) recordNameError(scope, g, quote, wrongName);
  }
  if (jaccard < WRONG_SPAN_JACCARD) {
    counts.errors.wrongSpan++;
    collect(tally.collector, errorExample(scope, "wrong-span", g, quote, jaccard));
  }
}

function recordNameError(scope: Scope, g: PreparedGold, quote: Quote, goldName: string): void {
  const { tally } = scope;
  tally.nameErrorInstances++;
  if (tally.nameErrors.length >= tally.maxErrors) return;
  const source = g.relation.source ?? [];
  const speaker = quote.speaker;
  const regions: Interval[] = [firstInterval(g), quote, ...source];
  if (speaker) regions.push(speaker.mention);
  tally.nameErrors.push({
    docId: scope.docId,
    category: scope.category,
    goldSource: joinPieces(source) ?? "",
    goldName,
    predictedQuoteId: quote.id,
    predictedName: speaker?.name ?? null,
    predictedMention: speaker?.mention.text ?? null,
    context: snippet(scope.text, regions, tally.contextChars),
  });
}

/** Tells `options.onAttribution` (when given) how one gold relation with a Source was attributed. */
function judgeAttribution(scope: Scope, g: PreparedGold, quote: Quote | null, rightByMention: boolean): void {
  const { options, layer } = scope.tally;
  if (!options.onAttribution) return;
  const source = g.relation.source ?? [];
  const byName = layer ? judgeName(layer, scope.docId, source, quote?.speaker ?? null) : null;
  options.onAttribution({
    docId: scope.docId,
    category: scope.category,
    relation: g.index,
    goldText: joinPieces(g.relation.content) ?? "",
    goldSource: joinPieces(source) ?? "",
    goldName: byName?.goldName ?? null,
    predicted: quote && {
      quoteId: quote.id,
      rule: quote.rule,
      speakerName: quote.speaker?.name ?? null,
      mention: quote.speaker?.mention ?? null,
    },
    rightByMention,
    rightByName: byName && (byName.status === "right" || byName.status === "wrong") ? byName.status === "right" : null,
  });
}

function errorExample(scope: Scope, kind: ErrorKind, g: PreparedGold | null, quote: Quote | null, jaccard: number | null): ErrorExample {
  const regions: Interval[] = [];
  if (g) regions.push(firstInterval(g));
  if (quote) regions.push({ start: quote.start, end: quote.end });
  if (kind === "wrong-speaker") {
    for (const source of g?.relation.source ?? []) regions.push(source);
    if (quote?.speaker) regions.push(quote.speaker.mention);
  }
  const goldRange = g ? firstInterval(g) : null;
  return {
    docId: scope.docId,
    category: scope.category,
    kind,
    goldText: g ? joinPieces(g.relation.content) : null,
    goldStart: goldRange?.start ?? null,
    goldEnd: goldRange?.end ?? null,
    goldSource: g ? joinPieces(g.relation.source) : null,
    predictedQuoteId: quote?.id ?? null,
    predictedText: quote?.text ?? null,
    predictedStart: quote?.start ?? null,
    predictedEnd: quote?.end ?? null,
    predictedSpeaker: quote?.speaker?.mention.text ?? null,
    jaccard,
    context: snippet(scope.text, regions, scope.tally.contextChars),
  };
}

/** Date coverage and consistency of one document's quotes (there are no gold quote dates). */
function documentDates(gold: GoldDocument, predicted: ExtractionResult): DateCounts {
  const dates = emptyDates();
  const articleDate = gold.date ?? predicted.articleDate;
  const explicitValues = new Set(
    predicted.quotes.flatMap((quote) => (quote.date !== null && quote.date.source === "explicit" ? [quote.date.value] : [])),
  );
  for (const quote of predicted.quotes) {
    dates.predicted++;
    if (quote.date === null) continue;
    dates.withDate++;
    dates.bySource[quote.date.source]++;
    if (quote.date.value === articleDate || explicitValues.has(quote.date.value)) dates.consistent++;
  }
  if (gold.date !== null) {
    dates.documentsWithGoldDate++;
    if (predicted.articleDate === gold.date) dates.articleDateAgreements++;
  }
  return dates;
}

function reportOf(tally: Tally, documents: number): EvalReport {
  const { totals, dates, layer } = tally;
  const errors = emptyErrors();
  addErrors(errors, totals.direct.errors);
  addErrors(errors, totals.reported.errors);
  return {
    documents,
    excludedGoldRelations: tally.excluded,
    direct: toScore(totals.direct),
    reported: toScore(totals.reported),
    dates: {
      ...dates,
      bySource: { ...dates.bySource },
      coverage: safeRatio(dates.withDate, dates.predicted),
      consistency: safeRatio(dates.consistent, dates.withDate),
      note: NO_GOLD_DATES_NOTE,
    },
    errors,
    errorInstances: tally.collector.total,
    examples: selectExamples(tally.collector),
    perDocument: tally.perDocument,
    ...(layer && {
      names: {
        layerRows: layer.rows.length,
        direct: toNameScore(tally.names.direct),
        reported: toNameScore(tally.names.reported),
        errorInstances: tally.nameErrorInstances,
        examples: tally.nameErrors,
      },
    }),
  };
}

function addDates(target: DateCounts, source: DateCounts): void {
  target.predicted += source.predicted;
  target.withDate += source.withDate;
  target.consistent += source.consistent;
  target.bySource.explicit += source.bySource.explicit;
  target.bySource.context += source.bySource.context;
  target.bySource.article += source.bySource.article;
  target.documentsWithGoldDate += source.documentsWithGoldDate;
  target.articleDateAgreements += source.articleDateAgreements;
}
