import type { Paragraph, Sentence, Token } from "../document/types";
import type { CueMatch } from "../lexicon/match";
import type { Entity, Mention, MentionKind } from "../mentions/types";
import type { QuoteCandidate } from "../quotes/types";
import type { QuoteType, SpeakerKind, Span } from "../types";

/**
 * A noun phrase of the text that is not a detected mention (from `phraseBefore`/`phraseAfter`): a
 * rule may return it as the speaker, which makes it a new mention.
 */
export interface Phrase {
  /** Character offsets. */
  start: number;
  end: number;
  /** Token range [firstToken, endToken). */
  firstToken: number;
  endToken: number;
}

/** What a rule decided for one quote. */
export interface Attribution {
  /**
   * Who said it: one of `context.mentions` (as given, not a copy), or a span of the text that no
   * mention covers, which then becomes a new mention and a new speaker of kind "unknown".
   */
  speaker: Mention | { start: number; end: number };
  /** The speech cue the attribution rests on ("said", "according to"), if any. Its `text` is
   * recomputed from the offsets. */
  cue?: Span | null;
  /** 0..1: the engine takes the first rule whose confidence reaches `minConfidence`. */
  confidence: number;
  /** Why, for the `explain` option. */
  reason?: string;
}

/** A speech cue and who spoke through it, as `context.governingCue` finds them. */
export interface CueWithSpeaker {
  speaker: Mention;
  cue: CueMatch;
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
  /** The cue the attribution rests on, or null. */
  cue: Span | null;
  /** Id of the rule that decided ("none" when no rule did). */
  rule: string;
  confidence: number;
}

/** Where `context.nearestMention` looks. */
export interface NearestMentionOptions {
  /** Only mentions that end before the offset, start after it, or either (the default). */
  direction?: "before" | "after" | "either";
  /** Only mentions of these kinds (all kinds when absent). */
  kinds?: readonly MentionKind[];
  /** Only mentions whose own category is one of these ("person", "organisation", ...). */
  categories?: readonly SpeakerKind[];
  /** How far to look: the offset's sentence (the default), its paragraph, or the whole article. */
  within?: "sentence" | "paragraph" | "article";
  /** Also consider mentions inside quotation marks. Default false: speakers are named outside them. */
  insideQuotes?: boolean;
}

/**
 * Everything a rule may look at for one quote, with helpers for the usual questions. Offsets are
 * UTF-16 indices into `text`; token ranges are `[first, end)` indices into `tokens`. The
 * mention helpers never offer a mention inside the quote being attributed, and `mentionStartingAt`,
 * `mentionEndingAt` and `subjectOf` none inside another quotation (unless this quote is nested in it).
 */
export interface RuleContext {
  /** The whole input, exactly as given. */
  readonly text: string;
  /** The quote being attributed. */
  readonly quote: QuoteCandidate;
  /** The quote this one is nested in, if any. */
  readonly parent: QuoteCandidate | null;
  /** The sentence where the quote opens. */
  readonly sentence: Sentence;
  /** The sentence where the quote closes (the same as `sentence` for most quotes). */
  readonly lastSentence: Sentence;
  /** The paragraph where the quote opens. */
  readonly paragraph: Paragraph;
  /** Text of the sentences from `sentence` to `lastSentence`, quote included. */
  readonly sentenceText: string;
  /** Text of `paragraph`. */
  readonly paragraphText: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly paragraphs: readonly Paragraph[];
  /** Every mention of the article (names, descriptions, pronouns), in document order. */
  readonly mentions: readonly Mention[];
  /** The people, organisations and groups the mentions refer to (known speakers included). */
  readonly entities: readonly Entity[];
  /** All quotes of the article, in document order. */
  readonly quotes: readonly QuoteCandidate[];
  /**
   * Quoted titles of the article, which are no quotation (`on "Face the Nation"`, `CNN's "State of
   * the Union"`): the words without their marks, in document order. A name in one is no speaker.
   */
  readonly titles: readonly Span[];
  /** Quotes before this one with their attributions so far, in document order. */
  readonly previous: readonly AttributedQuote[];

  /** Index of the token at or after a character offset. */
  tokenAt(offset: number): number;
  /** The exact text of the token range [first, end). */
  textOfTokens(first: number, end: number): string;
  /** The sentence that contains a character offset (or the one just before it). */
  sentenceAt(offset: number): Sentence;
  /** The cue starting at a token index, or null. */
  cueAt(tokenIndex: number): CueMatch | null;
  /** The cue at a token as the reported-speech finder may have taken it: a lexicon cue, or else an
   * open cue (a verb outside the lexicon before a that-clause, admitted by the cue classifier). */
  reportingCueAt(tokenIndex: number): CueMatch | null;
  /** The first cue in the token range [from, to) outside the quote, or null. */
  findCue(from: number, to: number): CueMatch | null;
  /** The mention whose whole phrase (title included) starts at this token. */
  mentionStartingAt(tokenIndex: number): Mention | null;
  /** The mention whose whole phrase ends right before this token. */
  mentionEndingAt(tokenIndex: number): Mention | null;
  /** Mentions inside [start, end) (character offsets), in document order. */
  mentionsIn(start: number, end: number): Mention[];
  /** The mention closest to a character offset that meets the options, or null. */
  nearestMention(offset: number, options?: NearestMentionOptions): Mention | null;
  /**
   * The speaker of a cue: the subject before it ("X said", "X, 42, said", "X (D-Md.) on Tuesday
   * said"), the sentence's subject for an infinitive, coordinated verb or participle ("X took the
   * stage and called"), else the one after ("said X").
   */
  subjectOf(cue: CueMatch): Mention | null;
  /**
   * The noun phrase ending right before a token ("sources", "The S.E.C."; adverbs and auxiliaries
   * before the token skipped), for speakers no mention covers; null if it reaches into the quote.
   */
  phraseBefore(tokenIndex: number): Phrase | null;
  /** The noun phrase starting at a token ("exit polls" after "according to"), or null. */
  phraseAfter(tokenIndex: number): Phrase | null;
  /** The entity a mention refers to; a pronoun resolves to a compatible speaker named just before. */
  resolve(mention: Mention): Entity | null;
  /** Whether a character offset lies inside the quote being attributed. */
  insideQuote(offset: number): boolean;
  /**
   * Whether a quotation of the article (reported speech included) contains the span [start, end)
   * (by default the one character at `start`). `ctx.insideAnyQuote(m.start, m.end)` is true for a
   * name quoted in another quote.
   */
  insideAnyQuote(start: number, end?: number): boolean;
  /**
   * Whether the text between two character offsets has a line break, so a new paragraph starts.
   * `ctx.crossesParagraph(ctx.quote.end, token.start)` is false for `"...," he said`.
   */
  crossesParagraph(from: number, to: number): boolean;

  /**
   * Where an attribution after the closing mark starts: the token after it and its comma or dash,
   * or a `Pass` saying why there is none (the quote is not closed, the paragraph ends, or a new
   * sentence starts). In `"...," he said`: `const first = ctx.attributionAfterQuote()` is the index
   * of "he"; `if (typeof first !== "number") return first;`.
   */
  attributionAfterQuote(): number | Pass;
  /**
   * For a weak cue (weight below 0.55: "wanted", "shows"), the verb of saying earlier in the
   * sentence that reports it, with its subject; null for any other cue or when there is none. In
   * `Ann Lee said he wanted "a fresh start"`, `ctx.governingCue(<wanted>)` gives "said" and "Ann Lee".
   * `from`: the token where the sentence starts (default: that of the quote's `sentence`).
   */
  governingCue(weakCue: CueMatch, from?: number): CueWithSpeaker | null;

  /** Whether a token is a verb or an auxiliary (POS "VERB" or "AUX"): `ctx.isVerb(i)` for "said", "has", "will". */
  isVerb(tokenIndex: number): boolean;
  /**
   * Whether a token is a double quotation mark, straight, curly or a guillemet (`"`, `“`, `”`,
   * `«`, `»`): never an apostrophe ("the farmers' association") nor a single mark.
   */
  isDoubleQuotationMark(tokenIndex: number): boolean;
  /** Whether a token is a possessive ending written onto the word before it ("'s" in "Lee's", the bare apostrophe of "Forbes'"), straight or curly; a closing quotation mark after a comma is none. */
  isPossessive(tokenIndex: number): boolean;
  /** The subject pronoun a possessive or object pronoun (in lower case) refers as: "he" for "his" and "him"; undefined for any other word. */
  subjectForm(word: string): string | undefined;
  /**
   * The first token at or after `tokenIndex` that is not an adverb or auxiliary ("also", "has",
   * "later"), skipping at most `limit` (default 3) tokens: in "Lee also said",
   * `ctx.skipAdverbs(<also>)` is the index of "said".
   */
  skipAdverbs(tokenIndex: number, limit?: number): number;
  /**
   * The comma that closes a clause or phrase opening a sentence at token `from` ("While he
   * admitted ..., Lee noted", "In a statement announcing the deal, the guild called"), if it comes
   * before token `limit`; else -1; past one opening phrase after another ("Later in the show,
   * after the vote ended, Lee said"). Cues before it are not the sentence's main verb:
   * `ctx.openingClauseEnd(ctx.sentence.firstToken, cue.firstToken)`.
   */
  openingClauseEnd(from: number, limit: number): number;
  /**
   * Whether a mention is the subject of a verb right after it, past a parenthetical, an
   * apposition and adverbs: true for "Lee was", "Lee (D-Md.) said", "His partner, Ann Lee, called".
   * `ctx.isSubjectOfVerb(mention)`.
   */
  isSubjectOfVerb(mention: Mention): boolean;
  /**
   * The relative clause set off by commas that a cue stands in, when a verb follows it: in "Lund,
   * who chairs the panel, called it "a mess"", `ctx.relativeClauseOf(<chairs>)` is the token range
   * [first, end) from "who" to the comma before "called"; null for a cue of the main clause. An
   * aside opened by "as" and a subject ("Tui, as she is known, told") is one too.
   */
  relativeClauseOf(cue: CueMatch): { first: number; end: number } | null;
  /**
   * Inverted attribution, a cue then its subject: `"...," said Ann Park` (`afterQuote` true) or
   * `CLAUSE, said Ann Park, a pollster.` (the cue right after a comma). `subjectEnd(first)` says
   * where a subject starting at token `first` ends (-1 for none); the answer is its token range
   * [first, end), past up to two adverbs or time words after the cue ("said Monday Ann Park"), or
   * null: never after a verb whose preposition introduces its topic or listener ("said of Lee");
   * after a comma, not for a verb whose object is its listener ("told Fox News,") and only where
   * the subject closes the clause (a comma, a parenthesis or the sentence's end).
   */
  invertedSubject(cue: CueMatch, subjectEnd: (first: number) => number, afterQuote?: boolean): { first: number; end: number } | null;
  /** Whether a cue is a present participle ("saying", "calling for"; not "according to"): `ctx.isParticiple(cue)`. */
  isParticiple(cue: CueMatch): boolean;
  /** The "by" after a passive cue ("was criticized by", "has been first reported by", "as reported by"), whose phrase names who did it; or -1. */
  passiveAgentBy(cue: CueMatch): number;
  /**
   * Whether a cue is a participle that modifies the noun before it, a relative clause without its
   * "which was" (`a course called "Perception"`, `messages later deemed "..."`, `themes embraced by
   * Lee`): that noun is what the words name or judge, never their speaker.
   */
  modifiesNounBefore(cue: CueMatch): boolean;
  /**
   * Whether the words after a cue are its topic or listener, never its speaker: a verb ending in a
   * preposition ("said of Lee", "wrote about", "said to reporters"; not "according to").
   * `if (ctx.topicOrListenerFollows(cue)) return ctx.pass("...")`.
   */
  topicOrListenerFollows(cue: CueMatch): boolean;
  /** A helper to return from `apply` when the rule does not apply: `return ctx.pass("why")`. */
  pass(reason: string): Pass;
}

/** One attribution rule: looks at one quote and attributes it or passes. */
export interface Rule {
  /** Unique, kebab-case ("trailing-speaker-cue"); reported in `Quote.rule`. */
  readonly id: string;
  /** One line: what the rule recognises. */
  readonly description: string;
  /** Which quote types the rule looks at (all when absent). */
  readonly types?: readonly QuoteType[];
  /** Attributes the quote (`Attribution`) or declines: `context.pass(reason)` or null. Must not throw. */
  apply(context: RuleContext): Attribution | Pass | null;
}
