import type { AttributedQuote } from "../attribution/types";
import type { Entity, Mention } from "../mentions/types";
import type { ExtractionResult, Quote, QuoteDate, RankingTrace, RuleTrace, Speaker, Span } from "../types";

export interface ResultInput {
  articleDate: string | null;
  attributed: readonly AttributedQuote[];
  /** The date of each attributed quote, at the same position. */
  dates: readonly (QuoteDate | null)[];
  traces: ReadonlyMap<string, RuleTrace[]>;
  /** The ranker's candidates by quote id, when traced. */
  rankings?: ReadonlyMap<string, RankingTrace>;
}

const span = (s: Span): Span => ({ text: s.text, start: s.start, end: s.end });
const round = (x: number) => Math.round(x * 1000) / 1000;

/** What a speaker is built from: its entity, and the mentions its quotes were attributed through. */
interface SpeakerEntry {
  speaker: Speaker;
  entity: Entity;
  through: Mention[];
}

/**
 * The last stage: the public JSON. Scare quotes and titles (see `kept`) are left out; ids are
 * numbered in document order.
 */
export function buildResult(input: ResultInput): ExtractionResult {
  const { attributed, dates, traces, rankings } = input;
  // Ids first: a nested quote names its parent's id.
  const quoteIds = new Map<string, string>();
  for (const a of attributed) if (kept(a)) quoteIds.set(a.quote.id, `q${quoteIds.size + 1}`);
  const entries = new Map<Entity, SpeakerEntry>();
  const quotes: Quote[] = [];
  attributed.forEach((a, k) => {
    if (!kept(a)) return;
    const speaker = a.mention ? speakerOf(entries, a.mention, a.entity) : null;
    quotes.push(toQuote(a, speaker, dates[k] ?? null, quoteIds, traces, rankings?.get(a.quote.id)));
  });
  const speakers = [...entries.values()].map(({ speaker, entity, through }) => {
    speaker.mentions = mentionSpans(entity.mentions, through);
    return speaker;
  });
  return { articleDate: input.articleDate, quotes, speakers };
}

/** Quoted terms of three words or fewer that no rule attributed are scare quotes or titles. */
function kept(a: AttributedQuote): boolean {
  return !(a.quote.type === "partial" && a.quote.words <= 3 && !a.mention);
}

/** The speaker behind a quote's mention, made on its first quote; records the mention it came through. */
function speakerOf(entries: Map<Entity, SpeakerEntry>, mention: Mention, resolved: Entity | null): Speaker {
  const entity = resolved ?? pronounEntity(mention);
  let entry = entries.get(entity);
  if (!entry) {
    const speaker: Speaker = { id: `s${entries.size + 1}`, name: entity.name, kind: entity.kind, mentions: [] };
    if (entity.title) speaker.title = entity.title;
    entry = { speaker, entity, through: [] };
    entries.set(entity, entry);
  }
  entry.through.push(mention);
  return entry.speaker;
}

/** Built in the order of the public keys (JSON output reads the same for every quote). */
function toQuote(
  a: AttributedQuote, speaker: Speaker | null, date: QuoteDate | null,
  quoteIds: ReadonlyMap<string, string>, traces: ReadonlyMap<string, RuleTrace[]>, ranking: RankingTrace | undefined,
): Quote {
  const { quote } = a;
  const parentId = quote.parentId ? quoteIds.get(quote.parentId) : undefined;
  const trace = traces.get(quote.id);
  return {
    id: quoteIds.get(quote.id)!,
    type: quote.type,
    ...(quote.kind ? { kind: quote.kind } : {}),
    text: quote.text,
    start: quote.start,
    end: quote.end,
    ...(parentId ? { parentId } : {}),
    speaker: speaker && a.mention ? quoteSpeaker(speaker, a.mention) : null,
    cue: a.cue ? span(a.cue) : null,
    date,
    confidence: round(a.confidence),
    rule: a.rule,
    ...(trace ? { explain: trace } : {}),
    ...(ranking ? { ranking } : {}),
  };
}

function quoteSpeaker(speaker: Speaker, mention: Mention): NonNullable<Quote["speaker"]> {
  const s: NonNullable<Quote["speaker"]> = { id: speaker.id, name: speaker.name, mention: span(mention) };
  if (speaker.title) s.title = speaker.title;
  return s;
}

/** The spans of an entity's mentions and of those its quotes came through, once each, by start. */
function mentionSpans(own: readonly Mention[], through: readonly Mention[]): Span[] {
  const mentions = new Set<Mention>(own);
  for (const m of through) mentions.add(m);
  return [...mentions].sort((x, y) => x.start - y.start).map(span);
}

const pronounEntities = new WeakMap<Mention, Entity>();

/** An unresolved pronoun still names a speaker: an unknown one, known only by that pronoun. */
function pronounEntity(m: Mention): Entity {
  let e = pronounEntities.get(m);
  if (!e) {
    e = { id: `p${m.id}`, name: m.text, kind: "unknown", mentions: [m] };
    pronounEntities.set(m, e);
  }
  return e;
}
