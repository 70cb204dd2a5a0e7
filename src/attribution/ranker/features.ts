import type { CueMatch } from "../../lexicon/match";
import type { Entity, Mention } from "../../mentions/types";
import type { QuoteCandidate } from "../../quotes/types";
import type { Span, SpeakerKind } from "../../types";
import { countStartingBefore, mentionsWithin, someQuoteContaining } from "../lookup";
import { defaultRules } from "../rules";
import type { Attribution, AttributedQuote, RuleContext } from "../types";

/** The built-in rules' ids: each one's proposal is a feature of its own. */
const RULE_IDS = defaultRules.map((rule) => rule.id);
const CATEGORIES: readonly SpeakerKind[] = ["person", "organisation", "group", "unknown"];

/**
 * Every feature a candidate has, by name, in the order of its vector. A new feature (an entity
 * type from the name work, say "type:PERSON") is a new name here and a line in `candidateFeatures`;
 * weights trained before it weigh it 0 until `npm run train` runs again.
 */
export const FEATURE_NAMES: readonly string[] = [
  ...RULE_IDS.map((id) => `rule:${id}`),
  "proposed", "rules", "maxConfidence", "sieve",
  "before", "after", "tokens", "sentences", "sameSentence", "previousSentence", "sameParagraph", "previousParagraph",
  "cueSubject", "cueSubjectPrecision", "cuePrecision",
  "name", "pronoun", "description", "title", "plural", "span",
  ...CATEGORIES.map((c) => `category:${c}`),
  "pronounResolved", "previousSpeaker", "entityMentions",
  "quoteBetween", "insideThisQuote", "insideOtherQuote", "sentenceInitial",
  "partial", "paragraphInitial", "quoteWords",
  "cueAfter", "cueBefore", "subjectOfVerb", "nearestBefore", "nearestAfter", "speakerBefore",
];

const F = new Map(FEATURE_NAMES.map((name, k) => [name, k]));
const at = (name: string): number => F.get(name)!;
const RULE_FEATURE = new Map(RULE_IDS.map((id) => [id, at(`rule:${id}`)]));

/** One built-in rule's attribution of the quote. */
export interface Proposal {
  rule: string;
  attribution: Attribution;
}

/** A possible speaker of one quote: a span proposed by rules, or a mention nearby. */
export interface Candidate {
  start: number;
  end: number;
  /** The detected mention with this span, if any. */
  mention: Mention | null;
  /** The proposals that name this span, in rule order. */
  proposals: Proposal[];
  /** The cue it would be attributed through: its most confident proposal's, or the cue it is the subject of. */
  cue: Span | null;
  features: Float64Array;
}

/**
 * The candidates of one quote: every span a built-in rule proposed (once, with all the rules that
 * proposed it), then the mentions of the quote's sentences and the sentence before that no rule
 * proposed. `sieve` is the proposal the rule sieve would take.
 */
export function gatherCandidates(ctx: RuleContext, proposals: readonly Proposal[], sieve: Proposal | null): Candidate[] {
  const byKey = new Map<string, Candidate>();
  const candidates: Candidate[] = [];
  const add = (start: number, end: number, mention: Mention | null): Candidate => {
    const key = `${start}:${end}`;
    let candidate = byKey.get(key);
    if (!candidate) {
      candidate = { start, end, mention, proposals: [], cue: null, features: new Float64Array(FEATURE_NAMES.length) };
      byKey.set(key, candidate);
      candidates.push(candidate);
    }
    return candidate;
  };
  for (const proposal of proposals) {
    const { speaker } = proposal.attribution;
    const mention = "id" in speaker ? (speaker as Mention) : null;
    add(speaker.start, speaker.end, mention).proposals.push(proposal);
  }
  const from = ctx.sentences[Math.max(0, ctx.sentence.index - 1)]!.start;
  for (const m of mentionsWithin(ctx.mentions, from, ctx.lastSentence.end)) {
    if (!ctx.insideQuote(m.start) && !insideOtherQuote(ctx, m)) add(m.start, m.end, m);
  }
  const facts = quoteFacts(ctx);
  for (const candidate of candidates) fillFeatures(ctx, candidate, facts, sieve);
  markNearest(candidates, "before", "nearestBefore");
  markNearest(candidates, "after", "nearestAfter");
  return candidates;
}

/** Flags the candidate closest to the quote on one side (the first of equals). */
function markNearest(candidates: readonly Candidate[], side: string, flag: string): void {
  let nearest: Candidate | null = null;
  for (const c of candidates) {
    if (c.features[at(side)] === 1 && (!nearest || c.features[at("tokens")]! < nearest.features[at("tokens")]!)) nearest = c;
  }
  if (nearest) nearest.features[at(flag)] = 1;
}

/** What every candidate of a quote compares itself with, worked out once per quote. */
interface QuoteFacts {
  open: number;
  close: number;
  /** Subjects of the cues in the quote's sentences (outside it), with their most precise cue. */
  cueSubjects: Map<string, CueMatch>;
  previous: AttributedQuote | undefined;
  /** The speakers of the last quotes before this one. */
  recentSpeakers: Set<Entity>;
}

/** How many quotes back a speaker counts as recent (a bound, so long articles stay linear). */
const RECENT_QUOTES = 10;

function quoteFacts(ctx: RuleContext): QuoteFacts {
  const { quote } = ctx;
  const cueSubjects = new Map<string, CueMatch>();
  for (let i = ctx.sentence.firstToken; i < ctx.lastSentence.endToken; i++) {
    const cue = ctx.cueAt(i);
    if (!cue || ctx.insideQuote(cue.start)) continue;
    const subject = ctx.subjectOf(cue);
    if (!subject) continue;
    const key = `${subject.start}:${subject.end}`;
    const known = cueSubjects.get(key);
    if (!known || cue.weight > known.weight) cueSubjects.set(key, cue);
  }
  return {
    open: quote.open?.start ?? quote.start,
    close: quote.close?.end ?? quote.end,
    cueSubjects,
    previous: ctx.previous[ctx.previous.length - 1],
    recentSpeakers: new Set(ctx.previous.slice(-RECENT_QUOTES).flatMap((a) => (a.entity ? [a.entity] : []))),
  };
}

function fillFeatures(ctx: RuleContext, c: Candidate, facts: QuoteFacts, sieve: Proposal | null): void {
  const f = c.features;
  const { quote } = ctx;
  let maxConfidence = 0;
  let cuePrecision = 0;
  for (const { rule, attribution } of c.proposals) {
    const k = RULE_FEATURE.get(rule);
    if (k !== undefined) f[k] = Math.max(f[k]!, attribution.confidence);
    const cue = attribution.cue;
    if (attribution.confidence > maxConfidence) {
      maxConfidence = attribution.confidence;
      c.cue = cue ?? null;
    }
    if (cue) cuePrecision = Math.max(cuePrecision, cueWeight(ctx, cue));
  }
  f[at("proposed")] = c.proposals.length > 0 ? 1 : 0;
  f[at("rules")] = c.proposals.length;
  f[at("maxConfidence")] = maxConfidence;
  f[at("sieve")] = sieve !== null && c.proposals.includes(sieve) ? 1 : 0;
  f[at("cuePrecision")] = cuePrecision;

  const before = c.end <= facts.open;
  const after = c.start >= facts.close;
  f[at("before")] = before ? 1 : 0;
  f[at("after")] = after ? 1 : 0;
  const firstToken = ctx.tokenAt(c.start);
  const gap = before ? ctx.tokenAt(facts.open) - ctx.tokenAt(c.end) : after ? firstToken - ctx.tokenAt(facts.close) : 0;
  f[at("tokens")] = Math.log2(1 + Math.max(0, gap));
  const sentence = ctx.sentenceAt(c.start);
  const sentences = sentence.index < ctx.sentence.index ? ctx.sentence.index - sentence.index
    : sentence.index > ctx.lastSentence.index ? sentence.index - ctx.lastSentence.index : 0;
  f[at("sentences")] = Math.min(sentences, 5);
  f[at("sameSentence")] = sentences === 0 ? 1 : 0;
  f[at("previousSentence")] = sentence.index === ctx.sentence.index - 1 ? 1 : 0;
  f[at("sameParagraph")] = sentence.paragraph === ctx.paragraph.index ? 1 : 0;
  f[at("previousParagraph")] = sentence.paragraph === ctx.paragraph.index - 1 ? 1 : 0;
  f[at("sentenceInitial")] = firstToken <= sentence.firstToken + 1 ? 1 : 0;

  const subjectOf = facts.cueSubjects.get(`${c.start}:${c.end}`);
  f[at("cueSubject")] = subjectOf ? 1 : 0;
  f[at("cueSubjectPrecision")] = subjectOf?.weight ?? 0;
  if (c.proposals.length === 0 && subjectOf) c.cue = subjectOf;

  const m = c.mention;
  f[at("span")] = m ? 0 : 1;
  if (m) {
    f[at(m.kind)] = 1;
    f[at("title")] = m.title ? 1 : 0;
    f[at("plural")] = m.plural ? 1 : 0;
    f[at(`category:${m.category}`)] = 1;
    const entity = m.kind === "pronoun" ? ctx.resolve(m) : m.entity ? ctx.resolve(m) : null;
    f[at("pronounResolved")] = m.kind === "pronoun" && entity ? 1 : 0;
    f[at("previousSpeaker")] = entity && facts.previous?.entity === entity ? 1 : 0;
    f[at("speakerBefore")] = entity && facts.recentSpeakers.has(entity) ? 1 : 0;
    f[at("subjectOfVerb")] = ctx.isSubjectOfVerb(m) ? 1 : 0;
    f[at("entityMentions")] = Math.log2(1 + (entity?.mentions.length ?? 1));
    f[at("insideOtherQuote")] = insideOtherQuote(ctx, m) ? 1 : 0;
  }
  f[at("insideThisQuote")] = c.start < quote.end && c.end > quote.start ? 1 : 0;
  f[at("quoteBetween")] = quoteBetween(ctx, before ? c.end : facts.close, before ? facts.open : c.start) ? 1 : 0;
  f[at("partial")] = quote.type === "partial" ? 1 : 0;
  f[at("paragraphInitial")] = facts.open <= ctx.paragraph.start + 1 ? 1 : 0;
  f[at("quoteWords")] = Math.log2(1 + quote.words);
  const endToken = m ? m.extentEndToken : ctx.tokenAt(c.end);
  const next = ctx.skipAdverbs(endToken);
  f[at("cueAfter")] = next < ctx.tokens.length && !ctx.insideQuote(ctx.tokens[next]!.start) && ctx.cueAt(next) ? 1 : 0;
  f[at("cueBefore")] = cueEndsNear(ctx, m ? m.extentFirstToken : firstToken) ? 1 : 0;
}

/** Whether a cue outside the quote ends at most one token before `token` ("said X", "according to X"). */
function cueEndsNear(ctx: RuleContext, token: number): boolean {
  for (let k = Math.max(0, token - 3); k < token; k++) {
    const cue = ctx.cueAt(k);
    if (cue && cue.endToken >= token - 1 && cue.endToken <= token && !ctx.insideQuote(cue.start)) return true;
  }
  return false;
}

/** The precision of a cue span from the lexicon (learned.json), 0 when no cue starts there. */
function cueWeight(ctx: RuleContext, cue: Span | { start: number; end: number }): number {
  return ctx.cueAt(ctx.tokenAt(cue.start))?.weight ?? 0;
}

/** Whether a quotation in marks other than this quote (or one it is nested in) holds the mention. */
function insideOtherQuote(ctx: RuleContext, m: { start: number; end: number }): boolean {
  const { quote } = ctx;
  const other = (q: QuoteCandidate) => q !== quote && q.type !== "indirect" && !(q.start <= quote.start && quote.end <= q.end);
  return someQuoteContaining(ctx.quotes, m.start, m.end, other);
}

/** Whether a quotation in marks lies wholly inside the gap [from, to). */
function quoteBetween(ctx: RuleContext, from: number, to: number): boolean {
  const quotes: readonly QuoteCandidate[] = ctx.quotes;
  for (let k = countStartingBefore(quotes, from); k < quotes.length && quotes[k]!.start < to; k++) {
    const q = quotes[k]!;
    if (q !== ctx.quote && q.type !== "indirect" && q.end <= to) return true;
  }
  return false;
}
