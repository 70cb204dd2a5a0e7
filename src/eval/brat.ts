/**
 * Reader for brat standoff attribution annotations (the PolNeAR corpus format).
 *
 * Pure functions over strings: reading the files is the caller's business.
 */

import {
  type GoldDocument,
  type GoldRelation,
  type GoldSpan,
  spansHaveQuoteMark,
} from "./gold";

/** A malformed or inconsistent `.ann` file. `line` is 1-based, in the `.ann` text. */
export class BratParseError extends Error {
  readonly line: number;

  constructor(line: number, message: string) {
    super(`.ann line ${line}: ${message}`);
    this.name = "BratParseError";
    this.line = line;
  }
}

/** Options of {@link parseBrat}. */
export interface ParseBratOptions {
  /**
   * Check that the covered text written in each `T` line matches the article at its offsets
   * (whitespace-insensitively) and throw a {@link BratParseError} if not. This catches an `.ann`
   * file paired with the wrong article. Default `true`.
   */
  verifyText?: boolean;
}

/** Event types that form attribution relations; every other event type is ignored. */
const RELATION_EVENT_TYPES: ReadonlySet<string> = new Set(["Attribution", "Attribution-no-source"]);

/** `T<n>\t<Type> <start> <end>[;<start> <end>...]\t` */
const TEXT_BOUND_HEADER = /^T(\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)(?:\t|$)/;
/** `E<n>\t<args>` */
const EVENT_LINE = /^E(\d+)\t(.*)$/;
/** The start of any brat record: text-bound, event, relation, attribute, normalisation, note, equivalence. */
const RECORD_START = /^(?:[TERAMN]\d+|#\d*|\*)\t/;
const EVENT_ARGUMENT = /^([A-Za-z][\w-]*):([TE]\d+)$/;

interface PendingEvent {
  line: number;
  type: string;
  args: Array<{ role: string; ref: string }>;
}

interface Line {
  /** Without the line terminator (and without a trailing `\r`). */
  text: string;
  /** Offset of the line's first character in the `.ann` text. */
  start: number;
  /** Offset just after the line terminator (or the end of the text). */
  next: number;
}

function lineAt(annText: string, start: number): Line {
  const newline = annText.indexOf("\n", start);
  const end = newline === -1 ? annText.length : newline;
  const next = newline === -1 ? annText.length : newline + 1;
  let text = annText.slice(start, end);
  if (text.endsWith("\r")) text = text.slice(0, -1);
  return { text, start, next };
}

function countNewlines(text: string): number {
  let count = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) count++;
  return count;
}

function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * Parse the attribution relations of one brat `.ann` file.
 *
 * - `T` lines (Source, Cue, Content, ...) give spans; discontiguous spans (`s e;s e`) become
 *   several {@link GoldSpan}s, sorted by start. Span text is always sliced from `articleText`.
 * - Covered text that itself contains a newline puts continuation lines in the file; they are
 *   consumed as part of their `T` line (exactly, using the offsets, or, failing that, every
 *   following line that does not start a brat record).
 * - Every `E` line whose trigger is `Attribution` or `Attribution-no-source` becomes one
 *   {@link GoldRelation}, in file order. `Content`, `Content2`, ... are merged into `content`;
 *   likewise `Source*` into `source` and `Cue*` into `cue` (`null` when absent).
 *   A degenerate event with no Content is kept (with `content: []`) so that counts match the
 *   file; the scorer excludes it.
 * - `Discard`/`Discuss` spans, notes (`#`), and other record kinds are ignored.
 *
 * @param annText - the `.ann` file's content
 * @param articleText - the matching `.txt` file's content (offsets refer to it)
 * @throws {@link BratParseError} on malformed lines, offsets outside the article, references to
 *   undefined spans, or (with `verifyText`) covered text that does not match the article.
 */
export function parseBrat(
  annText: string,
  articleText: string,
  options: ParseBratOptions = {},
): GoldRelation[] {
  return readBratAnnotations(annText, articleText, options).relations.map(({ eventType: _, ...relation }) => relation);
}

/** One text-bound annotation (a `T` line): its type (`Source`, `Cue`, `Content`, `Discard`, ...). */
export interface BratTextBound {
  id: string;
  type: string;
  /** Its fragments, sorted by start; `text` is sliced from the article. */
  spans: GoldSpan[];
}

/** A {@link GoldRelation} with the type of the event it was read from. */
export interface BratRelation extends GoldRelation {
  /** `Attribution` or `Attribution-no-source`. */
  eventType: string;
}

/** Everything {@link readBratAnnotations} reads from one `.ann` file. */
export interface BratAnnotations {
  /** Every `T` line, in file order, whether or not a relation refers to it. */
  textBounds: BratTextBound[];
  /** The attribution relations, in file order, as {@link parseBrat} returns them. */
  relations: BratRelation[];
}

/**
 * Read one brat `.ann` file as {@link parseBrat} does, keeping also every text-bound span with
 * its type and each relation's event type (what the trainer counts beyond the relations).
 *
 * @throws {@link BratParseError} as {@link parseBrat}.
 */
export function readBratAnnotations(
  annText: string,
  articleText: string,
  options: ParseBratOptions = {},
): BratAnnotations {
  const reader = new AnnReader(annText, articleText, options.verifyText ?? true);
  while (!reader.done()) reader.readRecord();
  const relations = reader.events
    .filter((event) => RELATION_EVENT_TYPES.has(event.type))
    .map((event) => relationOf(event, reader.textBounds));
  return { textBounds: [...reader.textBounds.values()], relations };
}

/** Walks an `.ann` text record by record, keeping count of its lines for error messages. */
class AnnReader {
  readonly textBounds = new Map<string, BratTextBound>();
  readonly events: PendingEvent[] = [];
  private position: number;
  private lineNumber = 1;

  constructor(
    private readonly annText: string,
    private readonly articleText: string,
    private readonly verifyText: boolean,
  ) {
    this.position = annText.startsWith("\uFEFF") ? 1 : 0;
  }

  done(): boolean {
    return this.position >= this.annText.length;
  }

  /** Reads the record at the current position (with its continuation lines) and moves past it. */
  readRecord(): void {
    const line = lineAt(this.annText, this.position);
    const header = TEXT_BOUND_HEADER.exec(line.text);
    if (header) {
      this.readTextBound(line, header);
      return;
    }
    const event = EVENT_LINE.exec(line.text);
    if (event) this.events.push(readEvent(event, this.lineNumber));
    else if (/^T\d+\t/.test(line.text)) {
      throw new BratParseError(this.lineNumber, `malformed span line ${JSON.stringify(shorten(line.text))}`);
    }
    // Events, notes, other records, blank and stray lines: move on, absorbing continuations.
    this.skip(line.text.trim() === "" ? { next: line.next, lines: [] } : this.continuations(line.next));
  }

  /**
   * A `T` line. Covered text holding a newline continues on the next lines: consumed exactly by
   * the offsets when the file agrees with them, else up to the next record start.
   */
  private readTextBound(line: Line, header: RegExpExecArray): void {
    const recordLine = this.lineNumber;
    const id = `T${header[1] ?? ""}`;
    const spans = parseFragments(header[3] ?? "", this.articleText, recordLine, id);
    if (this.textBounds.has(id)) throw new BratParseError(recordLine, `duplicate span id ${id}`);
    this.textBounds.set(id, { id, type: header[2] ?? "", spans });

    const expected = spans.map((span) => span.text).join(" ");
    const hasCoveredText = header[0].endsWith("\t");
    const coveredStart = line.start + header[0].length;
    const coveredEnd = coveredStart + expected.length;
    const annText = this.annText;
    const exact =
      hasCoveredText &&
      annText.startsWith(expected, coveredStart) &&
      (coveredEnd === annText.length || annText.startsWith("\n", coveredEnd) || annText.startsWith("\r\n", coveredEnd));
    if (exact) {
      this.lineNumber += countNewlines(expected) + 1;
      this.position = lineAt(annText, coveredEnd).next;
      return;
    }
    const rest = this.continuations(line.next);
    const covered = [line.text.slice(header[0].length), ...rest.lines].join("\n");
    if (this.verifyText && hasCoveredText && normaliseWhitespace(covered) !== normaliseWhitespace(expected)) {
      throw new BratParseError(
        recordLine,
        `covered text of ${id} ${JSON.stringify(shorten(covered))} does not match the article ` +
          `at its offsets ${JSON.stringify(shorten(expected))} (wrong article?)`,
      );
    }
    this.skip(rest);
  }

  /** The lines after `from` that do not start a record (continuations of the one before). */
  private continuations(from: number): { next: number; lines: string[] } {
    const lines: string[] = [];
    let next = from;
    while (next < this.annText.length) {
      const line = lineAt(this.annText, next);
      if (RECORD_START.test(line.text) || line.text.trim() === "") break;
      lines.push(line.text);
      next = line.next;
    }
    return { next, lines };
  }

  private skip(rest: { next: number; lines: string[] }): void {
    this.lineNumber += 1 + rest.lines.length;
    this.position = rest.next;
  }
}

/** An `E` line: its trigger's role is the event type, the other arguments its roles. */
function readEvent(event: RegExpExecArray, line: number): PendingEvent {
  const args: Array<{ role: string; ref: string }> = [];
  for (const token of (event[2] ?? "").trim().split(/\s+/).filter((t) => t !== "")) {
    const argument = EVENT_ARGUMENT.exec(token);
    if (!argument) throw new BratParseError(line, `malformed event argument ${JSON.stringify(token)}`);
    args.push({ role: argument[1] ?? "", ref: argument[2] ?? "" });
  }
  const trigger = args.shift();
  if (!trigger) throw new BratParseError(line, `event E${event[1] ?? ""} has no trigger`);
  return { line, type: trigger.role, args };
}

/** An attribution event's relation: Content*, Source* and Cue* arguments merged, each sorted. */
function relationOf(event: PendingEvent, textBounds: ReadonlyMap<string, BratTextBound>): BratRelation {
  const content: GoldSpan[] = [];
  let source: GoldSpan[] | null = null;
  let cue: GoldSpan[] | null = null;
  for (const { role, ref } of event.args) {
    const baseRole = role.replace(/\d+$/, "");
    if (baseRole !== "Content" && baseRole !== "Source" && baseRole !== "Cue") continue;
    const target = textBounds.get(ref);
    if (!target) throw new BratParseError(event.line, `${role} refers to undefined span ${ref}`);
    if (baseRole === "Content") content.push(...target.spans);
    else if (baseRole === "Source") source = [...(source ?? []), ...target.spans];
    else cue = [...(cue ?? []), ...target.spans];
  }
  const sorted = sortSpans(content);
  return {
    eventType: event.type,
    content: sorted,
    source: source === null ? null : sortSpans(source),
    cue: cue === null ? null : sortSpans(cue),
    hasQuoteMark: spansHaveQuoteMark(sorted),
  };
}

function parseFragments(
  fragments: string,
  articleText: string,
  line: number,
  id: string,
): GoldSpan[] {
  const spans: GoldSpan[] = [];
  for (const fragment of fragments.split(";")) {
    const [startText, endText] = fragment.trim().split(" ");
    const start = Number(startText);
    const end = Number(endText);
    if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start > end) {
      throw new BratParseError(line, `${id} has an invalid span "${fragment}"`);
    }
    if (end > articleText.length) {
      throw new BratParseError(
        line,
        `${id} span ${start}-${end} lies outside the article (length ${articleText.length})`,
      );
    }
    spans.push({ start, end, text: articleText.slice(start, end) });
  }
  return spans;
}

function sortSpans(spans: GoldSpan[]): GoldSpan[] {
  return [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
}

function shorten(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Input of {@link goldDocumentFromBrat}. */
export interface BratDocumentInput {
  /** Document id, e.g. the PolNeAR filename without extension. */
  id: string;
  /** The `.ann` file's content. */
  annText: string;
  /** The `.txt` file's content. */
  articleText: string;
  /** Article date (YYYY-MM-DD), e.g. PolNeAR `metadata.tsv` `publication_date`. */
  date?: string | null;
}

/** Build a {@link GoldDocument} from one brat article (see {@link parseBrat}). */
export function goldDocumentFromBrat(
  input: BratDocumentInput,
  options: ParseBratOptions = {},
): GoldDocument {
  return {
    id: input.id,
    text: input.articleText,
    date: input.date ?? null,
    relations: parseBrat(input.annText, input.articleText, options),
  };
}

/** The annotation file chosen for one article by {@link selectAnnotatorFiles}. */
export interface AnnotatorChoice {
  /** Article filename without extension (`<publisher>_<date>_<slug>`), as in `metadata.tsv`. */
  article: string;
  /** The chosen annotator id (alphabetically first). */
  annotator: string;
  /** The chosen `.ann` file name. */
  fileName: string;
  /** Every annotator id available for the article, sorted. */
  annotators: string[];
}

/**
 * Pick one `.ann` file per article, the alphabetically first annotator, so that scores are
 * deterministic. Names are PolNeAR-style `<article>_<annotator>.ann`; other names are ignored.
 * The result is sorted by article.
 */
export function selectAnnotatorFiles(fileNames: readonly string[]): AnnotatorChoice[] {
  const byArticle = new Map<string, string[]>();
  for (const fileName of fileNames) {
    const match = /^(.+)_([^_/\\]+)\.ann$/.exec(fileName);
    if (!match) continue;
    const article = match[1] ?? "";
    const annotator = match[2] ?? "";
    const list = byArticle.get(article) ?? [];
    list.push(annotator);
    byArticle.set(article, list);
  }
  return [...byArticle.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([article, list]) => {
      const annotators = [...new Set(list)].sort();
      const annotator = annotators[0] ?? "";
      return { article, annotator, fileName: `${article}_${annotator}.ann`, annotators };
    });
}

/** One row of PolNeAR's `metadata.tsv`. */
export interface PolnearMetadataRow {
  /** Article filename without extension. */
  filename: string;
  /** `train`, `dev` or `test`. */
  compartment: string;
  /** YYYY-MM-DD, or `null` if the cell is empty. */
  publicationDate: string | null;
  /** Every column, by header name. */
  fields: Record<string, string>;
}

/**
 * Parse PolNeAR's `metadata.tsv` (tab-separated with a header row, which must contain
 * `filename`; `compartment` and `publication_date` are read when present).
 *
 * @throws Error if the header has no `filename` column.
 */
export function parsePolnearMetadata(tsv: string): PolnearMetadataRow[] {
  const lines = tsv.replace(/^\uFEFF/, "").split(/\r?\n/).filter((line) => line.trim() !== "");
  const header = (lines.shift() ?? "").split("\t");
  if (!header.includes("filename")) throw new Error("metadata.tsv: no `filename` column in header");
  return lines.map((line) => {
    const cells = line.split("\t");
    const fields: Record<string, string> = {};
    header.forEach((name, index) => {
      fields[name] = cells[index] ?? "";
    });
    const date = fields["publication_date"] ?? "";
    return {
      filename: fields["filename"] ?? "",
      compartment: fields["compartment"] ?? "",
      publicationDate: /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null,
      fields,
    };
  });
}
