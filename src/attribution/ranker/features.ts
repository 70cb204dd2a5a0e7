import { isVerb } from "../../document/pos";
import type { Token } from "../../document/types";
import type { CueMatch } from "../../lexicon/match";
import type { Entity, Mention } from "../../mentions/types";
import type { QuoteCandidate } from "../../quotes/types";
import type { Span, SpeakerKind } from "../../types";
import { countStartingBefore } from "../../document/sorted";
import { mentionsWithin, someQuoteContaining, withinAny } from "../lookup";
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
  "afterPreposition", "verbObject",
];

const F = new Map(FEATURE_NAMES.map((name, k) => [name, k]));
const at = (name: string): number => F.get(name)!;
const RULE_FEATURE = new Map(RULE_IDS.map((id) => [id, at(`rule:${id}`)]));
const CATEGORY_FEATURE = new Map(CATEGORIES.map((c) => [c, at(`category:${c}`)]));
const KIND_FEATURE = new Map(["name", "pronoun", "description"].map((kind) => [kind, at(kind)]));
/** Feature positions by name, looked up once rather than for every candidate. */
const K = Object.fromEntries(FEATURE_NAMES.map((name) => [name, at(name)])) as Readonly<Record<string, number>>;

/**
 * The features that cost a scan, a pronoun resolution or a lookup around the candidate.
 * `gatherCandidates` leaves them 0 and `completeFeatures` fills them in: the ranker completes
 * only the candidates that can still win (see `lateFeatureGain`).
 */
const CUE_SUBJECT = at("cueSubject");
const CUE_SUBJECT_PRECISION = at("cueSubjectPrecision");
const PRONOUN_RESOLVED = at("pronounResolved");
const ENTITY_MENTIONS = at("entityMentions");
/** The late features of a mention, each 0 or 1 (entityMentions aside). */
const MENTION_LATE = ["previousSpeaker", "speakerBefore", "subjectOfVerb", "insideOtherQuote"].map(at);
/** The late features of every candidate, each 0 or 1. */
const SPAN_LATE = ["quoteBetween", "cueAfter", "cueBefore"].map(at);

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
  /** By FEATURE_NAMES position. A plain array: a Float64Array of this length is allocated outside V8's
   * young heap, and with a few candidates per quote that allocation was the ranker's largest single cost. */
  features: number[];
  /** Whether the late features are filled in (`completeFeatures`). */
  complete: boolean;
}

/** The candidates of one quote, with what completing their features needs. */
export interface Candidates {
  list: Candidate[];
  ctx: RuleContext;
  /** Made on the first completion: a quote whose candidates all lose early never scans its sentences. */
  facts: QuoteFacts | null;
  /** Made when a bound needs it (`lateFeatureGain`). */
  mostMentions?: number;
}

/**
 * The candidates of one quote: every span a built-in rule proposed (once, with all the rules that
 * proposed it), then the mentions of the quote's sentences and the sentence before that no rule
 * proposed. `sieve` is the proposal the rule sieve would take. Their features are filled in but for
 * the late ones (`completeFeatures`, or `completeAll` for all of them).
 */
export function gatherCandidates(ctx: RuleContext, proposals: readonly Proposal[], sieve: Proposal | null): Candidates {
  const list: Candidate[] = [];
  // A quote has a dozen candidates or so: a scan finds a span's sooner than a map would be made.
  const add = (start: number, end: number, mention: Mention | null): Candidate => {
    for (const known of list) if (known.start === start && known.end === end) return known;
    const candidate: Candidate = { start, end, mention, proposals: [], cue: null, features: new Array<number>(FEATURE_NAMES.length).fill(0), complete: false };
    list.push(candidate);
    return candidate;
  };
  for (const proposal of proposals) {
    const { speaker } = proposal.attribution;
    const mention = "id" in speaker ? (speaker as Mention) : null;
    add(speaker.start, speaker.end, mention).proposals.push(proposal);
  }
  const from = ctx.sentences[Math.max(0, ctx.sentence.index - 1)]!.start;
  const nearby = mentionsWithin(ctx.mentions, from, ctx.lastSentence.end);
  if (nearby.length > 0) {
    const others = otherQuotesAround(ctx, from, ctx.lastSentence.end);
    for (const m of nearby) if (!ctx.insideQuote(m.start) && !withinAny(others, m)) add(m.start, m.end, m);
  }
  const open = ctx.quote.open?.start ?? ctx.quote.start;
  const close = ctx.quote.close?.end ?? ctx.quote.end;
  const cueWeight = cueWeights(ctx);
  for (const candidate of list) earlyFeatures(ctx, candidate, open, close, sieve, cueWeight);
  markNearest(list, K["before"]!, K["nearestBefore"]!);
  markNearest(list, K["after"]!, K["nearestAfter"]!);
  return { list, ctx, facts: null };
}

/** Fills in every candidate's late features (for a trace, or the trainer). */
export function completeAll(candidates: Candidates): void {
  for (const c of candidates.list) completeFeatures(candidates, c);
}

/** Fills in one candidate's late features, once. */
export function completeFeatures(candidates: Candidates, c: Candidate): void {
  if (c.complete) return;
  c.complete = true;
  lateFeatures(candidates.ctx, c, (candidates.facts ??= quoteFacts(candidates.ctx)));
}

/**
 * The most the late features can add to a candidate's linear score under `weights`: each positive
 * weight times its feature's largest value. cueSubjectPrecision (a cue weight, 0..1: see
 * lexicon/learned.ts) is non-zero only with cueSubject; entityMentions grows with the entity.
 */
export function lateFeatureGain(candidates: Candidates, c: Candidate, weights: Float64Array): number {
  let gain = Math.max(0, weights[CUE_SUBJECT]! + Math.max(0, weights[CUE_SUBJECT_PRECISION]!));
  for (const k of SPAN_LATE) gain += Math.max(0, weights[k]!);
  const m = c.mention;
  if (!m) return gain;
  for (const k of MENTION_LATE) gain += Math.max(0, weights[k]!);
  if (m.kind === "pronoun") gain += Math.max(0, weights[PRONOUN_RESOLVED]!);
  const w = weights[ENTITY_MENTIONS]!;
  if (w > 0) gain += w * Math.log2(1 + (candidates.mostMentions ??= mostMentions(candidates.ctx.entities)));
  return gain;
}

/** The most mentions any entity of the article has (at least 1: an entity made from a span). */
function mostMentions(entities: readonly Entity[]): number {
  let most = 1;
  for (const e of entities) most = Math.max(most, e.mentions.length);
  return most;
}

/** Flags the candidate closest to the quote on one side (the first of equals). */
function markNearest(candidates: readonly Candidate[], side: number, flag: number): void {
  const tokens = K["tokens"]!;
  let nearest: Candidate | null = null;
  for (const c of candidates) {
    if (c.features[side] === 1 && (!nearest || c.features[tokens]! < nearest.features[tokens]!)) nearest = c;
  }
  if (nearest) nearest.features[flag] = 1;
}

/** What every candidate of a quote compares itself with, worked out once per quote. */
interface QuoteFacts {
  /** Subjects of the cues in the quote's sentences (outside it), with their most precise cue. */
  cueSubjects: Map<number, CueMatch>;
  previous: AttributedQuote | undefined;
  /** The speakers of the last quotes before this one. */
  recentSpeakers: Set<Entity>;
}

/** How many quotes back a speaker counts as recent (a bound, so long articles stay linear). */
const RECENT_QUOTES = 10;

function quoteFacts(ctx: RuleContext): QuoteFacts {
  const cueSubjects = new Map<number, CueMatch>();
  for (let i = ctx.sentence.firstToken; i < ctx.lastSentence.endToken; i++) {
    // A cue starts where its first token does: the quote's own words are not matched at all.
    if (ctx.insideQuote(ctx.tokens[i]!.start)) continue;
    const cue = ctx.cueAt(i);
    if (!cue) continue;
    const subject = ctx.subjectOf(cue);
    if (!subject) continue;
    const key = subject.start * 67108864 + subject.end;
    const known = cueSubjects.get(key);
    if (!known || cue.weight > known.weight) cueSubjects.set(key, cue);
  }
  const recentSpeakers = new Set<Entity>();
  for (let k = Math.max(0, ctx.previous.length - RECENT_QUOTES); k < ctx.previous.length; k++) {
    const entity = ctx.previous[k]!.entity;
    if (entity) recentSpeakers.add(entity);
  }
  return { cueSubjects, previous: ctx.previous[ctx.previous.length - 1], recentSpeakers };
}

/** The features read from the candidate's proposals, position and mention: cheap, for every candidate. */
function earlyFeatures(
  ctx: RuleContext, c: Candidate, open: number, close: number, sieve: Proposal | null, cueWeight: (cue: Span) => number,
): void {
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
    if (cue) cuePrecision = Math.max(cuePrecision, cueWeight(cue));
  }
  f[K["proposed"]!] = c.proposals.length > 0 ? 1 : 0;
  f[K["rules"]!] = c.proposals.length;
  f[K["maxConfidence"]!] = maxConfidence;
  f[K["sieve"]!] = sieve !== null && c.proposals.includes(sieve) ? 1 : 0;
  f[K["cuePrecision"]!] = cuePrecision;

  const before = c.end <= open;
  const after = c.start >= close;
  f[K["before"]!] = before ? 1 : 0;
  f[K["after"]!] = after ? 1 : 0;
  const firstToken = ctx.tokenAt(c.start);
  const gap = before ? ctx.tokenAt(open) - ctx.tokenAt(c.end) : after ? firstToken - ctx.tokenAt(close) : 0;
  f[K["tokens"]!] = Math.log2(1 + Math.max(0, gap));
  const sentence = ctx.sentenceAt(c.start);
  const sentences = sentence.index < ctx.sentence.index ? ctx.sentence.index - sentence.index
    : sentence.index > ctx.lastSentence.index ? sentence.index - ctx.lastSentence.index : 0;
  f[K["sentences"]!] = Math.min(sentences, 5);
  f[K["sameSentence"]!] = sentences === 0 ? 1 : 0;
  f[K["previousSentence"]!] = sentence.index === ctx.sentence.index - 1 ? 1 : 0;
  f[K["sameParagraph"]!] = sentence.paragraph === ctx.paragraph.index ? 1 : 0;
  f[K["previousParagraph"]!] = sentence.paragraph === ctx.paragraph.index - 1 ? 1 : 0;
  f[K["sentenceInitial"]!] = firstToken <= sentence.firstToken + 1 ? 1 : 0;

  const m = c.mention;
  f[K["span"]!] = m ? 0 : 1;
  if (m) {
    f[KIND_FEATURE.get(m.kind)!] = 1;
    f[K["title"]!] = m.title ? 1 : 0;
    f[K["plural"]!] = m.plural ? 1 : 0;
    // Places and documents have no feature of their own yet.
    const category = CATEGORY_FEATURE.get(m.category);
    if (category !== undefined) f[category] = 1;
  }
  const governed = governingWord(ctx.tokens, m ? m.extentFirstToken : firstToken);
  f[K["afterPreposition"]!] = governed === "preposition" ? 1 : 0;
  f[K["verbObject"]!] = governed === "verb" ? 1 : 0;
  f[K["insideThisQuote"]!] = c.start < quote.end && c.end > quote.start ? 1 : 0;
  f[K["partial"]!] = quote.type === "partial" ? 1 : 0;
  f[K["paragraphInitial"]!] = open <= ctx.paragraph.start + 1 ? 1 : 0;
  f[K["quoteWords"]!] = Math.log2(1 + quote.words);
}

/** Words that may stand between a governing word and the noun a candidate heads: "in [the] hall". */
const NOUN_PHRASE_TAGS = new Set(["DET", "ADJ", "NUM"]);

/**
 * What governs the noun phrase that starts at token `first`: a preposition ("in the hall in
 * Philadelphia have booed", "earlier in the day touted") or a verb whose object it is ("is suing
 * Lee"): either makes it an unlikely subject. A verb that opens its clause ("..., said Lee") puts
 * its subject after it, and "including" adds to the phrase before it: neither counts.
 */
function governingWord(tokens: readonly Token[], first: number): "preposition" | "verb" | null {
  let j = first;
  while (j > 0 && first - j < 3 && NOUN_PHRASE_TAGS.has(tokens[j - 1]!.pos)) j--;
  const before = tokens[j - 1];
  if (!before || before.sentence !== tokens[first]!.sentence) return null;
  if (before.pos === "ADP" || before.pos === "SCONJ") return "preposition";
  if (!isVerb(before) || before.lower === "including") return null;
  const opener = tokens[j - 2];
  return opener && opener.sentence === before.sentence && opener.kind !== "punct" ? "verb" : null;
}

/** The features that cost a scan or a resolution (`LATE`, and entityMentions). */
function lateFeatures(ctx: RuleContext, c: Candidate, facts: QuoteFacts): void {
  const f = c.features;
  const open = ctx.quote.open?.start ?? ctx.quote.start;
  const close = ctx.quote.close?.end ?? ctx.quote.end;
  const subjectOf = facts.cueSubjects.get(c.start * 67108864 + c.end);
  f[CUE_SUBJECT] = subjectOf ? 1 : 0;
  f[CUE_SUBJECT_PRECISION] = subjectOf?.weight ?? 0;
  if (c.proposals.length === 0 && subjectOf) c.cue = subjectOf;

  const m = c.mention;
  if (m) {
    const entity = m.kind === "pronoun" ? ctx.resolve(m) : m.entity ? ctx.resolve(m) : null;
    f[PRONOUN_RESOLVED] = m.kind === "pronoun" && entity ? 1 : 0;
    f[K["previousSpeaker"]!] = entity && facts.previous?.entity === entity ? 1 : 0;
    f[K["speakerBefore"]!] = entity && facts.recentSpeakers.has(entity) ? 1 : 0;
    f[K["subjectOfVerb"]!] = ctx.isSubjectOfVerb(m) ? 1 : 0;
    f[ENTITY_MENTIONS] = Math.log2(1 + (entity?.mentions.length ?? 1));
    f[K["insideOtherQuote"]!] = insideOtherQuote(ctx, m) ? 1 : 0;
  }
  const before = f[K["before"]!] === 1;
  f[K["quoteBetween"]!] = quoteBetween(ctx, before ? c.end : close, before ? open : c.start) ? 1 : 0;
  const firstToken = ctx.tokenAt(c.start);
  const endToken = m ? m.extentEndToken : ctx.tokenAt(c.end);
  const next = ctx.skipAdverbs(endToken);
  f[K["cueAfter"]!] = next < ctx.tokens.length && !ctx.insideQuote(ctx.tokens[next]!.start) && ctx.cueAt(next) ? 1 : 0;
  f[K["cueBefore"]!] = cueEndsNear(ctx, m ? m.extentFirstToken : firstToken) ? 1 : 0;
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
function cueWeights(ctx: RuleContext): (cue: Span) => number {
  // The rules mostly propose through the same cue: its weight is looked up once.
  let start = -1;
  let weight = 0;
  return (cue) => {
    if (cue.start !== start) {
      start = cue.start;
      weight = ctx.cueAt(ctx.tokenAt(cue.start))?.weight ?? 0;
    }
    return weight;
  };
}

/** Whether a quotation in marks other than this quote (or one it is nested in) holds the mention. */
function insideOtherQuote(ctx: RuleContext, m: { start: number; end: number }): boolean {
  const { quote } = ctx;
  const other = (q: QuoteCandidate) => q !== quote && q.type !== "indirect" && !(q.start <= quote.start && quote.end <= q.end);
  return someQuoteContaining(ctx.quotes, m.start, m.end, other);
}

/**
 * The quotations in marks other than this quote (or one it is nested in) that overlap [from, to):
 * the ones `insideOtherQuote` would find around a mention there, looked for once per quote.
 */
function otherQuotesAround(ctx: RuleContext, from: number, to: number): QuoteCandidate[] {
  const { quote } = ctx;
  const found: QuoteCandidate[] = [];
  for (const q of ctx.quotes) {
    if (q.start >= to) break;
    if (q.end > from && q !== quote && q.type !== "indirect" && !(q.start <= quote.start && quote.end <= q.end)) found.push(q);
  }
  return found;
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
