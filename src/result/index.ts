import type { AttributedQuote } from "../attribution/types";
import type { Entity, Mention } from "../mentions/types";
import type { ExtractionResult, Quote, QuoteDate, RuleTrace, Speaker, Span } from "../types";

export interface ResultInput {
  articleDate: string | null;
  attributed: readonly AttributedQuote[];
  dates: ReadonlyMap<string, QuoteDate | null>;
  traces: ReadonlyMap<string, RuleTrace[]>;
}

const span = (s: Span): Span => ({ text: s.text, start: s.start, end: s.end });
const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * The last stage: the public JSON. Quoted terms of three words or fewer that no rule attributed
 * are scare quotes or titles, not speech, and are left out; ids are numbered in document order.
 */
export function buildResult(input: ResultInput): ExtractionResult {
  const kept = input.attributed.filter((a) => !(a.quote.type === "partial" && a.quote.words <= 3 && !a.mention));
  const quoteIds = new Map(kept.map((a, k) => [a.quote.id, `q${k + 1}`]));
  const speakers = new Map<Entity, Speaker>();
  const speakerOf = (a: AttributedQuote): Speaker | null => {
    if (!a.mention) return null;
    const entity = a.entity ?? pronounEntity(a.mention);
    let s = speakers.get(entity);
    if (!s) {
      s = { id: `s${speakers.size + 1}`, name: entity.name, kind: entity.kind, mentions: [] };
      if (entity.title) s.title = entity.title;
      speakers.set(entity, s);
    }
    return s;
  };

  const quotes = kept.map((a): Quote => {
    const speaker = speakerOf(a);
    const q: Quote = {
      id: quoteIds.get(a.quote.id)!,
      type: a.quote.type,
      text: a.quote.text,
      start: a.quote.start,
      end: a.quote.end,
      speaker: speaker && a.mention ? { id: speaker.id, name: speaker.name, mention: span(a.mention) } : null,
      cue: a.cue ? span(a.cue) : null,
      date: input.dates.get(a.quote.id) ?? null,
      confidence: round(a.confidence),
      rule: a.rule,
    };
    if (speaker?.title && q.speaker) q.speaker.title = speaker.title;
    const parent = a.quote.parentId ? quoteIds.get(a.quote.parentId) : undefined;
    if (parent) q.parentId = parent;
    const trace = input.traces.get(a.quote.id);
    if (trace) q.explain = trace;
    return reorder(q);
  });

  // One pass over the quotes (not one per speaker): the mentions quotes were attributed through.
  const attributedThrough = new Map<Entity, Set<Mention>>();
  for (const a of kept) {
    if (!a.mention) continue;
    const entity = a.entity ?? pronounEntity(a.mention);
    const set = attributedThrough.get(entity) ?? new Set<Mention>();
    set.add(a.mention);
    attributedThrough.set(entity, set);
  }
  for (const [entity, speaker] of speakers) {
    const mentions = new Set<Mention>(entity.mentions);
    for (const m of attributedThrough.get(entity) ?? []) mentions.add(m);
    speaker.mentions = [...mentions].sort((x, y) => x.start - y.start).map(span);
  }
  return { articleDate: input.articleDate, quotes, speakers: [...speakers.values()] };
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

/** Fixed key order, so JSON output reads the same for every quote. */
function reorder(q: Quote): Quote {
  const { id, type, text, start, end, parentId, speaker, cue, date, confidence, rule, explain } = q;
  return { id, type, text, start, end, ...(parentId ? { parentId } : {}), speaker, cue, date, confidence, rule, ...(explain ? { explain } : {}) };
}
