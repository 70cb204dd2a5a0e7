/**
 * The public types of whosaid. Everything a caller or a custom rule can see is described here;
 * nothing else crosses the API boundary.
 */

/** A piece of the input: `input.slice(start, end) === text` always holds (UTF-16 indices). */
export interface Span {
  text: string;
  start: number;
  end: number;
}

export type QuoteType = "direct" | "partial" | "indirect";

/** What an indirect quote reports: something said, or a belief, hope or intention ("believes", "hopes to"). */
export type ReportedKind = "speech" | "belief";

export interface QuoteSpeaker {
  /** Id of the entry in `ExtractionResult.speakers`. */
  id: string;
  /** The fullest name the article gives ("Sergey Lavrov" even where the quote says "he"). */
  name: string;
  title?: string;
  /** The mention nearest the quote through which it was attributed ("he", "Lavrov", ...). */
  mention: Span;
}

export type DateSource = "explicit" | "context" | "article";

export interface QuoteDate {
  /** YYYY-MM-DD */
  value: string;
  /** `explicit`: a date expression near the cue; `context`: carried over from an earlier dated
   * statement of the same speaker; `article`: the article's own date. */
  source: DateSource;
  /** The date expression, for `explicit` dates. */
  span?: Span;
}

/** Why one rule did or did not attribute a quote (with the `explain` option). */
export interface RuleTrace {
  /** The rule's id. */
  rule: string;
  /**
   * `attributed`: the rule decided (always the last entry, unless no rule reached
   * `minConfidence`); `passed`: it did not apply; `not-confident`: it attributed below `minConfidence`.
   * With the speaker ranker every rule runs, and `attributed` means the rule proposed a speaker
   * with `minConfidence` or more (`Quote.ranking` shows what the ranker chose).
   */
  outcome: "attributed" | "passed" | "not-confident";
  /** The rule's reason, or the engine's ("not for indirect quotes", "did not apply"). */
  reason: string;
  /** For `attributed` and `not-confident`. */
  confidence?: number;
}

export interface Quote extends Span {
  /** "q1", "q2", ... in document order. */
  id: string;
  type: QuoteType;
  /** On indirect quotes: "belief" when the cue is a verb of believing, hoping or intending
   * ("believes", "hopes to", "seemed to"), else "speech". Keep `kind !== "belief"` for speech only. */
  kind?: ReportedKind;
  /**
   * The id of the quote this one is nested in: a quotation inside another quotation, or reported
   * speech inside reported speech ("Lee said Ray had claimed *the budget was balanced*": Ray's
   * clause is nested in Lee's). Unset on a quote nested in nothing.
   */
  parentId?: string;
  speaker: QuoteSpeaker | null;
  /** "said", "told", "added", "according to", ...; kept when no speaker is found ("It is believed ..."). */
  cue: Span | null;
  date: QuoteDate | null;
  /** 0..1 */
  confidence: number;
  /** Id of the rule that made the attribution ("none" when no rule attributed the quote). */
  rule: string;
  /** Present with the `explain` option: every rule tried, in order. */
  explain?: RuleTrace[];
  /** Present with the `explain` option when the speaker ranker ran: its candidates and choice. */
  ranking?: RankingTrace;
}

/** One speaker candidate the ranker weighed (with the `explain` option). */
export interface CandidateTrace {
  /** The candidate's words in the text. */
  mention: Span;
  /** The built-in rules that proposed it, in rule order (empty: a nearby mention no rule proposed). */
  rules: string[];
  /** Its features by name ("rule:sentence-cue", "tokens", "pronoun", ...), as the model read them. */
  features: Record<string, number>;
  /** The model's probability that it is the speaker, 0..1. */
  score: number;
}

/** How the speaker ranker chose among candidates for one quote. */
export interface RankingTrace {
  /** Best first. */
  candidates: CandidateTrace[];
  /** Index in `candidates` of the speaker chosen, or null: none reached `threshold`, or a custom rule decided. */
  winner: number | null;
  /** The least score the winner needs; below it the quote gets no speaker. */
  threshold: number;
  /** Set when a custom (non-built-in) rule attributed the quote, which then decides over the ranker. */
  decidedBy?: string;
}

/**
 * What a speaker or mention is: a person, an organisation (a company, party, agency, outlet,
 * government), a group (unnamed or plural people: "officials", "voters"), a place ("Kenora",
 * "Calif."), a document ("her statement", "the report"), or "unknown" when the text cannot tell.
 * A quote is attributed to a document's author where the article names one, so a speaker is
 * rarely a document; he and she refer to people only.
 */
export type SpeakerKind = "person" | "organisation" | "group" | "place" | "document" | "unknown";

export interface Speaker {
  /** "s1", "s2", ... in order of first attribution. */
  id: string;
  name: string;
  title?: string;
  kind: SpeakerKind;
  /** Every mention of this speaker found in the article, in document order. */
  mentions: Span[];
}

export interface ExtractionResult {
  /** YYYY-MM-DD, from the options or from a leading `date YYYY-MM-DD` header; null if neither. */
  articleDate: string | null;
  /** In document order (by start offset; a parent before the quotes nested in it). */
  quotes: Quote[];
  /** Each distinct speaker of a quote, once. */
  speakers: Speaker[];
}
