import { indexArticle } from "./attribution/context";
import { runRules } from "./attribution/engine";
import { defaultRules } from "./attribution/rules";
import type { Rule } from "./attribution/types";
import { dateQuotes } from "./dates";
import { buildDocument } from "./document";
import { normaliseDateOption } from "./document/header";
import { normalise } from "./document/normalise";
import { WhosaidError } from "./errors";
import { buildCueLexicon, type CueOptions } from "./lexicon/cues";
import { cueMatcher, type CueMatcher } from "./lexicon/match";
import { linkEntities } from "./mentions/coref";
import { detectMentions } from "./mentions/detect";
import type { KnownSpeaker } from "./mentions/types";
import { DEFAULT_INNER_MARKS, DEFAULT_OUTER_MARKS, findQuotes, type QuoteMarkPair, type QuoteMarks } from "./quotes";
import { buildResult } from "./result";
import { remapResult } from "./result/remap";
import type { ExtractionResult } from "./types";

/** Options for one extraction. */
export interface ExtractOptions {
  /** The article's date (YYYY-MM-DD or a Date); overrides a `date YYYY-MM-DD` header in the text. */
  articleDate?: string | Date;
}

/** Options fixed when an extractor is created. */
export interface ExtractorOptions extends ExtractOptions {
  /** The attribution rules, in order. Default: `defaultRules`. */
  rules?: readonly Rule[];
  /** Change the speech-cue lexicon: add verbs or phrases, remove built-ins, or replace them. */
  cues?: CueOptions;
  /** People and organisations you already know, with aliases, to seed mention detection. */
  knownSpeakers?: readonly KnownSpeaker[];
  /** Extra outer quotation mark pairs, e.g. `{ open: "«", close: "»" }`. */
  quoteMarks?: readonly QuoteMarkPair[];
  /** The least confidence with which a rule's attribution is taken at once. Default 0.5. */
  minConfidence?: number;
  /** Add to each quote the list of rules tried and why each passed. */
  explain?: boolean;
  /** Longest accepted input, in UTF-16 code units. Default 20,000,000. */
  maxInputLength?: number;
}

export interface Extractor {
  /** Extracts the quotes of one article. Pure and synchronous. */
  extract(text: string, options?: ExtractOptions): ExtractionResult;
  /** The rules this extractor tries, in order. */
  readonly rules: readonly Rule[];
}

const DEFAULT_MAX_INPUT = 20_000_000;

/** Builds an extractor once (lexicons, rules, models) to run over many articles. */
export function createExtractor(options: ExtractorOptions = {}): Extractor {
  const settings = validate(options);
  return {
    rules: settings.rules,
    extract(text, extractOptions = {}) {
      if (typeof text !== "string") {
        throw new WhosaidError("INVALID_TEXT", `extract() needs the article as a string, got ${text === null ? "null" : typeof text}`);
      }
      if (text.length > settings.maxInputLength) {
        throw new WhosaidError(
          "INPUT_TOO_LARGE",
          `The text has ${text.length} characters, more than maxInputLength (${settings.maxInputLength})`,
        );
      }
      if (typeof extractOptions !== "object" || extractOptions === null) {
        throw new WhosaidError("INVALID_OPTION", `extract() options must be an object, got ${extractOptions === null ? "null" : typeof extractOptions}`);
      }
      const date = extractOptions.articleDate ?? options.articleDate;
      return run(text, date, settings);
    },
  };
}

interface Settings {
  rules: readonly Rule[];
  matcher: CueMatcher;
  marks: QuoteMarks;
  known: readonly KnownSpeaker[];
  minConfidence: number;
  explain: boolean;
  maxInputLength: number;
}

function run(input: string, articleDate: string | Date | undefined, s: Settings): ExtractionResult {
  // Every stage reads the normalised text (entities decoded, zero-width characters dropped);
  // the result's spans are mapped back onto the input at the end.
  const { text, toOriginal } = normalise(input);
  const doc = buildDocument(text, articleDate);
  const quotes = findQuotes(doc, s.marks, s.matcher);
  const mentions = detectMentions(doc);
  const entities = linkEntities(mentions, s.known);
  const index = indexArticle(doc, s.matcher, mentions, entities, quotes);
  const { attributed, traces } = runRules(index, s.rules, { minConfidence: s.minConfidence, explain: s.explain });
  const dates = dateQuotes(doc, attributed);
  const result = buildResult({ articleDate: doc.articleDate, attributed, dates, traces });
  return toOriginal ? remapResult(result, input, toOriginal) : result;
}

function validate(o: ExtractorOptions): Settings {
  if (typeof o !== "object" || o === null) throw new WhosaidError("INVALID_OPTION", "Options must be an object");
  if (o.articleDate !== undefined) normaliseDateOption(o.articleDate);
  const rules = o.rules ?? defaultRules;
  if (!Array.isArray(rules)) throw new WhosaidError("INVALID_OPTION", "rules must be an array of rules");
  const ids = new Set<string>();
  for (const rule of rules as readonly Rule[]) {
    if (!rule || typeof rule.apply !== "function" || typeof rule.id !== "string") {
      throw new WhosaidError("INVALID_OPTION", "Every rule needs an id and an apply(context) function (see defineRule)");
    }
    if (ids.has(rule.id)) throw new WhosaidError("INVALID_OPTION", `Two rules share the id "${rule.id}"`);
    ids.add(rule.id);
  }
  const minConfidence = o.minConfidence ?? 0.5;
  if (typeof minConfidence !== "number" || !(minConfidence >= 0 && minConfidence <= 1)) {
    throw new WhosaidError("INVALID_OPTION", `minConfidence must be a number in 0..1, got ${String(minConfidence)}`);
  }
  const maxInputLength = o.maxInputLength ?? DEFAULT_MAX_INPUT;
  if (!Number.isInteger(maxInputLength) || maxInputLength <= 0) {
    throw new WhosaidError("INVALID_OPTION", `maxInputLength must be a positive integer, got ${String(maxInputLength)}`);
  }
  checkList(o.quoteMarks, "quoteMarks");
  checkList(o.knownSpeakers, "knownSpeakers");
  checkCues(o.cues);
  if (o.explain !== undefined && typeof o.explain !== "boolean") {
    throw new WhosaidError("INVALID_OPTION", `explain must be a boolean, got ${typeof o.explain}`);
  }
  for (const pair of o.quoteMarks ?? []) {
    if (typeof pair?.open !== "string" || typeof pair.close !== "string" || [...pair.open].length !== 1 || [...pair.close].length !== 1) {
      throw new WhosaidError("INVALID_OPTION", `A quote mark pair needs one-character open and close marks, got ${JSON.stringify(pair)}`);
    }
  }
  for (const k of o.knownSpeakers ?? []) {
    if (typeof k?.name !== "string" || !k.name.trim()) throw new WhosaidError("INVALID_OPTION", "Every known speaker needs a name");
    checkList(k.aliases, `aliases of known speaker "${k.name}"`, "string");
  }
  return {
    rules,
    matcher: cueMatcher(buildCueLexicon(o.cues)),
    marks: { outer: [...(o.quoteMarks ?? []), ...DEFAULT_OUTER_MARKS], inner: DEFAULT_INNER_MARKS },
    known: o.knownSpeakers ?? [],
    minConfidence,
    explain: o.explain === true,
    maxInputLength,
  };
}

/** An optional option that must be an array (of strings, with `of`). */
function checkList(value: unknown, name: string, of?: "string"): void {
  if (value === undefined) return;
  if (!Array.isArray(value) || (of && !value.every((v) => typeof v === of))) {
    throw new WhosaidError("INVALID_OPTION", `${name} must be an array${of ? ` of ${of}s` : ""}, got ${JSON.stringify(value)}`);
  }
}

function checkCues(cues: unknown): void {
  if (cues === undefined) return;
  if (typeof cues !== "object" || cues === null) throw new WhosaidError("INVALID_OPTION", "cues must be an object { add, remove, replace }");
  const { add, remove, replace } = cues as CueOptions;
  checkList(add, "cues.add", "string");
  checkList(remove, "cues.remove", "string");
  if (replace !== undefined && typeof replace !== "boolean") throw new WhosaidError("INVALID_OPTION", "cues.replace must be a boolean");
}

let shared: Extractor | null = null;

/** Extracts every quotation with its speaker and date. Uses one shared default extractor. */
export function extractQuotes(text: string, options: ExtractOptions = {}): ExtractionResult {
  shared ??= createExtractor();
  return shared.extract(text, options);
}
