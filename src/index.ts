/**
 * whosaid: who said what, and when, in news text.
 *
 * Pipeline: document -> quotes -> mentions -> attribution -> dates -> result.
 */
export { createExtractor, extractQuotes } from "./extractor";
export type { Extractor, ExtractOptions, ExtractorOptions } from "./extractor";
export { WhosaidError } from "./errors";
export type { WhosaidErrorCode } from "./errors";
export type * from "./types";

// Custom attribution rules: the same API as the `whosaid/rules` entry point (see docs/rules.md).
export * from "./rules";
export type { CueOptions, CueTakes } from "./lexicon/cues";
export type { LearnedCueFigures, LearnedLexicon } from "./lexicon/learned";
export type { KnownSpeaker } from "./mentions/types";
export type { QuoteMarkPair } from "./quotes/types";
export type { QuoteStyle } from "./quotes/style";
