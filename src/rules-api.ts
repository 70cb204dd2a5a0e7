/**
 * The public API of attribution rules: `defineRule` and the types of a rule, its context and what
 * it returns. The built-in rules (src/attribution/rules) import nothing else, so a rule of yours
 * can do all they do; every helper is a method of the `RuleContext` a rule receives.
 */
export { defineRule } from "./attribution/define";
export type {
  Attribution, AttributedQuote, CueWithSpeaker, NearestMentionOptions, Pass, Phrase, Rule, RuleContext,
} from "./attribution/types";
export type { Paragraph, Sentence, Token, TokenKind } from "./document/types";
export type { CueMatch } from "./lexicon/match";
export type { Entity, Mention, MentionKind } from "./mentions/types";
export type { QuoteCandidate } from "./quotes/types";
export type { QuoteType, SpeakerKind, Span } from "./types";
