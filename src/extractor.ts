import { entityWithId, indexArticle } from "./attribution/context";
import { assertRule } from "./attribution/define";
import { runRules } from "./attribution/engine";
import { someQuoteContaining } from "./attribution/lookup";
import { compileRanker, type Ranker, type RankerWeights } from "./attribution/ranker/model";
import { isBuiltIn } from "./attribution/ranker/rank";
import builtInWeights from "./attribution/ranker/weights.json";
import { defaultRules } from "./attribution/rules";
import type { Rule } from "./attribution/types";
import { dateQuotes } from "./dates";
import { buildDocument, headlineLines } from "./document";
import { normaliseDateOption } from "./document/header";
import { normalise } from "./document/normalise";
import { readingOptions, WhosaidError } from "./errors";
import { buildCueLexicon, type CueOptions } from "./lexicon/cues";
import type { LearnedLexicon } from "./lexicon/learned";
import { cueMatcher, type CueMatcher } from "./lexicon/match";
import { linkEntities } from "./mentions/coref";
import { detectMentions } from "./mentions/detect";
import { resolveSpeakerReferents } from "./mentions/speaker-referents";
import { indexKnownSpeakers, knownSpeakersNamed } from "./mentions/known";
import type { KnownSpeaker } from "./mentions/types";
import { DEFAULT_INNER_MARKS, DEFAULT_OUTER_MARKS, findQuotes, QUOTE_STYLES, type QuoteMarkPair, type QuoteMarks, type QuoteStyle } from "./quotes";
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
  /**
   * Cue forms learned from your own annotated articles: the JSON that
   * `npm run train -- --data <gold> --out FILE` writes, parsed. Its forms are used beside the
   * shipped learned ones, and its figures win for a form in both (`cues.remove` still removes).
   */
  learned?: LearnedLexicon;
  /** People and organisations you already know, with aliases, to seed mention detection. */
  knownSpeakers?: readonly KnownSpeaker[];
  /**
   * Extra quotation mark pairs, tried before the built-in ones: `{ open: "«", close: "»" }`, or
   * `{ open: "‹", close: "›", nested: true }` for quotations inside quotations.
   */
  quoteMarks?: readonly QuoteMarkPair[];
  /**
   * Which marks open a quotation: `"double"` (“...” with ‘...’ nested), `"single"` (‘...’ with
   * “...” nested, British style), or `"auto"` (default): decided for each article.
   */
  quoteStyle?: QuoteStyle;
  /** The least confidence with which a rule's attribution is taken at once. Default 0.5. */
  minConfidence?: number;
  /** Add to each quote the list of rules tried and why each passed (and the ranker's candidates). */
  explain?: boolean;
  /**
   * Who picks the speaker among what the built-in rules propose: `false` (the default) the plain
   * rule sieve (the first confident rule decides); `"reported"` the speaker ranker trained on
   * PolNeAR for reported speech and the sieve for quotations in marks; `true` the ranker for all,
   * or ranker weights of your own (as `npm run train` writes them, for all). A custom rule that attributes a
   * quote with `minConfidence` or more decides it either way, unless a built-in rule before it in
   * `rules` is confident; with no built-in rule in `rules`, the rules alone decide.
   */
  ranker?: boolean | "reported" | RankerWeights;
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
  const settings = readingOptions(() => validate(options));
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
      const date = readingOptions(() => extractOptions.articleDate) ?? settings.articleDate;
      return run(text, date, settings);
    },
  };
}

interface Settings {
  articleDate: string | undefined;
  rules: readonly Rule[];
  matcher: CueMatcher;
  marks: QuoteMarks;
  known: readonly KnownSpeaker[];
  minConfidence: number;
  explain: boolean;
  ranking: { model: Ranker | null; reportedOnly?: boolean } | null;
  maxInputLength: number;
}

function run(input: string, articleDate: string | Date | undefined, s: Settings): ExtractionResult {
  // Every stage reads the normalised text (entities decoded, zero-width characters dropped);
  // the result's spans are mapped back onto the input at the end.
  const { text, toOriginal } = normalise(input);
  const doc = buildDocument(text, articleDate);
  const found = findQuotes(doc, s.marks, s.matcher);
  const mentions = detectMentions(doc, s.known);
  const entities = linkEntities(mentions, knownSpeakersNamed(mentions, s.known), doc.tokens, headlineLines(doc));
  const index = indexArticle(doc, s.matcher, mentions, entities, found);
  const { attributed, traces, rankings } = runRules(index, s.rules, { minConfidence: s.minConfidence, explain: s.explain, ranking: s.ranking });
  const quoted = (start: number, end: number) => someQuoteContaining(found.quotes, start, end, (q) => q.type !== "indirect");
  const entityOf = (m: { entity: string | null }) => (m.entity ? entityWithId(index, m.entity) : undefined);
  resolveSpeakerReferents({ doc, tokens: doc.tokens, mentions: index.mentions, entityOf, quoted }, attributed);
  const dates = dateQuotes(doc, attributed);
  const result = buildResult({ articleDate: doc.articleDate, attributed, dates, traces, rankings });
  return toOriginal ? remapResult(result, input, toOriginal) : result;
}

function validate(o: ExtractorOptions): Settings {
  if (typeof o !== "object" || o === null) throw new WhosaidError("INVALID_OPTION", "Options must be an object");
  const articleDate = o.articleDate === undefined ? undefined : normaliseDateOption(o.articleDate);
  const rules = o.rules ?? defaultRules;
  if (!Array.isArray(rules)) throw new WhosaidError("INVALID_OPTION", "rules must be an array of rules");
  const ids = new Set<string>();
  (rules as readonly unknown[]).forEach((rule, k) => {
    assertRule(rule, k);
    if (ids.has(rule.id)) throw new WhosaidError("INVALID_OPTION", `Two rules share the id "${rule.id}" (rules[${k}])`);
    ids.add(rule.id);
  });
  const ranking = rankingOption(o.ranker);
  const minConfidence = o.minConfidence ?? 0.5;
  if (typeof minConfidence !== "number" || !(minConfidence >= 0 && minConfidence <= 1)) {
    throw new WhosaidError("INVALID_OPTION", `minConfidence must be a number in 0..1, got ${String(minConfidence)}`);
  }
  const maxInputLength = o.maxInputLength ?? DEFAULT_MAX_INPUT;
  if (!Number.isInteger(maxInputLength) || maxInputLength <= 0) {
    throw new WhosaidError("INVALID_OPTION", `maxInputLength must be a positive integer, got ${String(maxInputLength)}`);
  }
  if (o.explain !== undefined && typeof o.explain !== "boolean") {
    throw new WhosaidError("INVALID_OPTION", `explain must be true or false, got ${JSON.stringify(o.explain)}`);
  }
  const quoteMarks = o.quoteMarks ?? [];
  if (!Array.isArray(quoteMarks)) throw new WhosaidError("INVALID_OPTION", "quoteMarks must be an array of { open, close } pairs");
  quoteMarks.forEach(assertQuoteMarkPair);
  const quoteStyle = o.quoteStyle ?? "auto";
  if (!QUOTE_STYLES.includes(quoteStyle)) {
    throw new WhosaidError("INVALID_OPTION", `quoteStyle must be one of ${QUOTE_STYLES.map((x) => `"${x}"`).join(", ")}, got ${JSON.stringify(quoteStyle)}`);
  }
  if (o.knownSpeakers !== undefined && !Array.isArray(o.knownSpeakers)) throw new WhosaidError("INVALID_OPTION", "knownSpeakers must be an array");
  (o.knownSpeakers ?? []).forEach(assertKnownSpeaker);
  // A copy of its own: the index built here stays true to it whatever the caller changes later.
  const known = (o.knownSpeakers ?? []).map(copyKnownSpeaker);
  indexKnownSpeakers(known);
  return {
    articleDate,
    rules,
    matcher: cueMatcher(buildCueLexicon(o.cues, o.learned)),
    marks: {
      outer: [...quoteMarks.filter((p) => !p.nested), ...DEFAULT_OUTER_MARKS],
      inner: [...quoteMarks.filter((p) => p.nested), ...DEFAULT_INNER_MARKS],
      style: quoteStyle,
    },
    known,
    minConfidence,
    explain: o.explain === true,
    // Without a built-in rule there is nothing to rank: the custom rules alone decide, as a sieve.
    ranking: rules.some(isBuiltIn) ? ranking : null,
    maxInputLength,
  };
}

let defaultRanker: Ranker | null = null;

function builtInRanker(): Ranker {
  return (defaultRanker ??= compileRanker(builtInWeights as RankerWeights));
}

function rankingOption(option: ExtractorOptions["ranker"]): Settings["ranking"] {
  // Off by default: it is more accurate for reported speech (train cross-validation and dev) but
  // makes extraction about 7-15% slower, which takes the benchmark below its targets (docs/ranker.md).
  if (option === false || option === undefined) return null;
  if (option === "reported") return { model: builtInRanker(), reportedOnly: true };
  if (option === true) return { model: builtInRanker() };
  if (typeof option !== "object" || option === null) {
    throw new WhosaidError("INVALID_OPTION", `ranker must be true, false, "reported" or weights from npm run train, got ${JSON.stringify(option)}`);
  }
  return { model: compileRanker(option) };
}

/**
 * For the trainer only (not exported by the package): an extractor whose rule sieve decides and
 * whose result lists every quote's ranker candidates and their features in `quote.ranking`.
 */
export function createCandidateCollector(): (text: string) => ExtractionResult {
  const settings: Settings = { ...validate({ ranker: false }), ranking: { model: null } };
  return (text) => run(text, undefined, settings);
}

/** One UTF-16 code unit each (offsets count code units), and not a letter, digit or space. */
function assertQuoteMarkPair(pair: QuoteMarkPair): void {
  const ok = (mark: unknown) => typeof mark === "string" && mark.length === 1 && !/[\p{L}\p{N}\s]/u.test(mark);
  if (typeof pair !== "object" || pair === null || !ok(pair.open) || !ok(pair.close)) {
    throw new WhosaidError(
      "INVALID_OPTION",
      `A quote mark pair needs one-character open and close marks that are not letters, digits or spaces, got ${JSON.stringify(pair)}`,
    );
  }
}

const SPEAKER_KINDS = new Set(["person", "organisation", "group", "unknown"]);

function assertKnownSpeaker(k: KnownSpeaker, position: number): void {
  const fail = (why: string) => {
    throw new WhosaidError("INVALID_OPTION", `knownSpeakers[${position}] ${why}`);
  };
  if (typeof k !== "object" || k === null || typeof k.name !== "string" || !k.name.trim()) fail("needs a name");
  if (k.aliases !== undefined && (!Array.isArray(k.aliases) || !k.aliases.every((a) => typeof a === "string" && a.trim()))) {
    fail("aliases must be an array of non-empty strings");
  }
  if (k.title !== undefined && typeof k.title !== "string") fail("title must be a string");
  if (k.kind !== undefined && !SPEAKER_KINDS.has(k.kind)) fail(`kind must be one of ${[...SPEAKER_KINDS].join(", ")}`);
  if (k.gender !== undefined && k.gender !== "male" && k.gender !== "female") fail('gender must be "male" or "female"');
}

function copyKnownSpeaker({ name, aliases, title, kind, gender }: KnownSpeaker): KnownSpeaker {
  return { name, ...(aliases && { aliases: [...aliases] }), ...(title !== undefined && { title }), ...(kind && { kind }), ...(gender && { gender }) };
}

let shared: Extractor | null = null;

/** Extracts every quotation with its speaker and date. Uses one shared default extractor. */
export function extractQuotes(text: string, options: ExtractOptions = {}): ExtractionResult {
  shared ??= createExtractor();
  return shared.extract(text, options);
}
