import type { Paragraph, Sentence, Token } from "../document/types";
import type { CueMatch } from "../lexicon/match";
import type { Entity, Mention } from "../mentions/types";
import type { QuoteCandidate } from "../quotes/types";
import type { Span } from "../types";

/** A noun phrase of the text that is not a detected mention: a rule may attribute a quote to it. */
export interface Phrase {
  start: number;
  end: number;
  /** Token range [firstToken, endToken). */
  firstToken: number;
  endToken: number;
}

/** What a rule decided for one quote. */
export interface Attribution {
  /** The mention the quote is attributed through: one of `context.mentions`, or a new span of the text. */
  speaker: Mention | { start: number; end: number };
  cue?: Span | null;
  /** 0..1: the engine takes the first rule whose confidence reaches `minConfidence`. */
  confidence: number;
  /** Why, for the `explain` option. */
  reason?: string;
}

/** A rule's way of saying it does not apply, and why (shown by the `explain` option). */
export interface Pass {
  pass: string;
}

/** A quote attributed by an earlier rule run, as later rules see it. */
export interface AttributedQuote {
  quote: QuoteCandidate;
  /** The mention it was attributed through, or null. */
  mention: Mention | null;
  /** The entity (speaker) behind that mention, or null. */
  entity: Entity | null;
  cue: Span | null;
  rule: string;
  confidence: number;
}

/** Everything a rule may look at for one quote, with helpers for the usual questions. */
export interface RuleContext {
  readonly text: string;
  readonly quote: QuoteCandidate;
  /** The quote this one is nested in, if any. */
  readonly parent: QuoteCandidate | null;
  /** The sentence where the quote opens and the one where it closes (the same for most quotes). */
  readonly sentence: Sentence;
  readonly lastSentence: Sentence;
  readonly paragraph: Paragraph;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly paragraphs: readonly Paragraph[];
  readonly mentions: readonly Mention[];
  readonly entities: readonly Entity[];
  /** All quotes of the article, in document order. */
  readonly quotes: readonly QuoteCandidate[];
  /** Quotes before this one with their attributions so far. */
  readonly previous: readonly AttributedQuote[];

  /** Index of the token at or after a character offset. */
  tokenAt(offset: number): number;
  /** The cue starting at a token index, or null. */
  cueAt(tokenIndex: number): CueMatch | null;
  /** The first cue in the token range [from, to), or null. */
  findCue(from: number, to: number): CueMatch | null;
  /** The mention whose whole phrase (title included) starts at this token. */
  mentionStartingAt(tokenIndex: number): Mention | null;
  /** The mention whose whole phrase ends right before this token. */
  mentionEndingAt(tokenIndex: number): Mention | null;
  /** Mentions inside [start, end) (character offsets), in document order. */
  mentionsIn(start: number, end: number): Mention[];
  /** The speaker of a cue: the subject before it ("X said", "X, 42, said"), else the one after ("said X"). */
  subjectOf(cue: CueMatch): Mention | null;
  /** The noun phrase ending right before a token ("sources", "The S.E.C."), when no mention was found there. */
  phraseBefore(tokenIndex: number): Phrase | null;
  /** The noun phrase starting at a token ("exit polls" after "according to"). */
  phraseAfter(tokenIndex: number): Phrase | null;
  /** The entity a mention refers to; pronouns resolve to the last compatible speaker. */
  resolve(mention: Mention): Entity | null;
  /** Whether a character offset lies inside the quote being attributed. */
  insideQuote(offset: number): boolean;
  /** A helper to return from `apply` when the rule does not apply. */
  pass(reason: string): Pass;
}

/** One attribution rule: looks at one quote and attributes it or passes. */
export interface Rule {
  /** Unique, kebab-case ("trailing-speaker-cue"); reported in `Quote.rule`. */
  id: string;
  /** One line: what the rule recognises. */
  description: string;
  /** Which quote types the rule looks at (all when absent). */
  types?: ReadonlyArray<QuoteCandidate["type"]>;
  apply(context: RuleContext): Attribution | Pass | null;
}
