/**
 * The unit of work of a batch: one article to extract, as it travels from the reader (main thread)
 * to a worker and back. Plain data only, so it crosses the worker boundary by structured clone.
 */
export type Job =
  /** A plain-text article in a file (`file` as named, `path` absolute), read by whoever processes it. */
  | { kind: "file"; file: string; path: string }
  /** A plain-text article already read (stdin). */
  | { kind: "bytes"; file: string; bytes: Uint8Array }
  /** One line of a JSONL input (1-based `line`), decoded; `raw` is undefined when it was not valid UTF-8. */
  | { kind: "line"; file: string; line: number; raw: string | undefined }
  /** An input that failed before processing (a glob that matched nothing, stdin or a JSONL line too large). */
  | { kind: "failed"; file: string; line?: number; code: string; message: string };

/** What processing one job gives back: the formatted output and how it went. */
export interface Outcome {
  /** The record as the chosen format writes it ("" when the format writes errors elsewhere). */
  output: string;
  /** Set when the record failed: a one-line description for stderr. */
  error?: string;
  /** True when the record succeeded but has no quotes (after filters), for --fail-on-empty. */
  empty: boolean;
  /** A label for messages: the record's id or file (and line). */
  label: string;
}

/** The settings every record is processed with; the same in the main thread and in each worker. */
export interface RecordSettings {
  format: "json" | "jsonl" | "csv" | "pretty";
  /** Issue-2 mode: one plain-text article, printed as the bare ExtractionResult. */
  single: boolean;
  color: boolean;
  articleDate?: string;
  minConfidence?: number;
  speaker?: string;
  /** Absolute path of a --rules module, loaded by each worker. */
  rulesPath?: string;
  /** Absolute path of a --learned lexicon (`npm run train -- --out FILE`), read by each worker. */
  learnedPath?: string;
}
