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

// Custom attribution rules: everything a rule can see is exported here (see README, "Writing your own rule").
export { defineRule } from "./attribution/define";
export * from "./attribution/rules";
export type { Attribution, AttributedQuote, NearestMentionOptions, Pass, Phrase, Rule, RuleContext } from "./attribution/types";
export type { Paragraph, Sentence, Token, TokenKind } from "./document/types";
export type { CueMatch } from "./lexicon/match";
export type { CueOptions } from "./lexicon/cues";
export type { Entity, KnownSpeaker, Mention, MentionKind } from "./mentions/types";
export type { QuoteCandidate, QuoteMarkPair } from "./quotes/types";
