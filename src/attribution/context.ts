import { sentenceAt, tokenAt } from "../document";
import type { Doc } from "../document/types";
import { cueAt, type CueMatch, type CueMatcher } from "../lexicon/match";
import type { Entity, Mention } from "../mentions/types";
import type { QuoteCandidate } from "../quotes/types";
import { resolvePronoun } from "./resolve";
import type { Token } from "../document/types";
import type { AttributedQuote, Pass, Phrase, RuleContext } from "./types";

const SKIPPABLE_BEFORE_CUE = new Set(["ADV", "AUX", "PART"]);

/** Indexes built once per article and shared by every quote's context. */
export interface ArticleIndex {
  doc: Doc;
  matcher: CueMatcher;
  mentions: Mention[];
  entities: Entity[];
  entityById: Map<string, Entity>;
  quotes: QuoteCandidate[];
  quoteById: Map<string, QuoteCandidate>;
  byExtentStart: Map<number, Mention>;
  byExtentEnd: Map<number, Mention>;
  /** Pronoun resolutions made so far: mention id -> entity. */
  resolved: Map<string, Entity>;
  /** The outermost quotation in marks that each mention inside one stands in. */
  enclosing: Map<Mention, QuoteCandidate>;
}

export function indexArticle(
  doc: Doc, matcher: CueMatcher, mentions: Mention[], entities: Entity[], quotes: QuoteCandidate[],
): ArticleIndex {
  const byExtentStart = new Map<number, Mention>();
  const byExtentEnd = new Map<number, Mention>();
  for (const m of mentions) {
    if (!byExtentStart.has(m.extentFirstToken)) byExtentStart.set(m.extentFirstToken, m);
    byExtentEnd.set(m.extentEndToken, m);
  }
  return {
    doc, matcher, mentions, entities, quotes,
    entityById: new Map(entities.map((e) => [e.id, e])),
    quoteById: new Map(quotes.map((q) => [q.id, q])),
    byExtentStart, byExtentEnd, resolved: new Map(), enclosing: enclosingQuotes(mentions, quotes),
  };
}

function enclosingQuotes(mentions: readonly Mention[], quotes: readonly QuoteCandidate[]): Map<Mention, QuoteCandidate> {
  const outer = quotes.filter((q) => q.type !== "indirect" && !q.parentId);
  const enclosing = new Map<Mention, QuoteCandidate>();
  let k = 0;
  for (const m of mentions) {
    while (k < outer.length && outer[k]!.end <= m.start) k++;
    const q = outer[k];
    if (q && q.start <= m.start && m.end <= q.end) enclosing.set(m, q);
  }
  return enclosing;
}

export function createContext(index: ArticleIndex, quote: QuoteCandidate, previous: readonly AttributedQuote[]): RuleContext {
  const { doc, mentions } = index;
  const sentence = doc.sentences[sentenceAt(doc, quote.open?.start ?? quote.start)]!;
  const lastSentence = doc.sentences[sentenceAt(doc, Math.max(quote.start, (quote.close?.end ?? quote.end) - 1))]!;
  const insideQuote = (offset: number) => offset >= quote.start && offset < quote.end;
  // Mentions inside the quote being attributed cannot be its speaker, nor can mentions inside
  // another quotation, unless this quote is nested in that one ("[Borrell] proclaimed: '...'").
  const usable = (m: Mention | undefined): Mention | null => {
    if (!m || insideQuote(m.start)) return null;
    const q = index.enclosing.get(m);
    return !q || (quote.start >= q.start && quote.end <= q.end) ? m : null;
  };

  const context: RuleContext = {
    text: doc.text,
    quote,
    parent: quote.parentId ? index.quoteById.get(quote.parentId) ?? null : null,
    sentence,
    lastSentence,
    paragraph: doc.paragraphs[sentence.paragraph]!,
    tokens: doc.tokens,
    sentences: doc.sentences,
    paragraphs: doc.paragraphs,
    mentions,
    entities: index.entities,
    quotes: index.quotes,
    previous,
    tokenAt: (offset) => tokenAt(doc, offset),
    cueAt: (i) => cueAt(doc.text, doc.tokens, i, index.matcher),
    findCue(from, to) {
      for (let i = Math.max(0, from); i < Math.min(to, doc.tokens.length); i++) {
        const cue = cueAt(doc.text, doc.tokens, i, index.matcher);
        if (cue && !insideQuote(cue.start)) return cue;
      }
      return null;
    },
    mentionStartingAt: (i) => usable(index.byExtentStart.get(i)),
    mentionEndingAt: (i) => usable(index.byExtentEnd.get(i)),
    mentionsIn: (start, end) => mentions.filter((m) => m.start >= start && m.end <= end),
    subjectOf: (cue) => subjectOf(context, cue, usable),
    phraseBefore: (i) => phraseBefore(doc.tokens, i, insideQuote),
    phraseAfter: (i) => phraseAfter(doc.tokens, i, insideQuote),
    resolve(m) {
      if (m.entity) return index.entityById.get(m.entity) ?? null;
      const known = index.resolved.get(m.id);
      if (known) return known;
      // A pronoun in the narrative refers to someone named in the narrative, not inside a quote.
      const quotesAround = (offset: number) => index.quotes.filter((q) => q.type !== "indirect" && offset >= q.start && offset < q.end);
      const around = quotesAround(m.start);
      const skip = (other: Mention) => insideQuote(other.start) || quotesAround(other.start).some((q) => !around.includes(q));
      return resolvePronoun(m, mentions, index.entityById, doc.tokens, previous, skip);
    },
    insideQuote,
    pass: (reason): Pass => ({ pass: reason }),
  };
  return context;
}

/**
 * "X said", "X also said", "[X] solemnly proclaimed"; "X, director of Y at Z, said" (the first
 * mention of the sentence followed by a comma); else "said X".
 */
function subjectOf(ctx: RuleContext, cue: CueMatch, usable: (m: Mention) => Mention | null): ReturnType<RuleContext["subjectOf"]> {
  const { tokens } = ctx;
  const sentence = tokens[cue.firstToken]!.sentence;
  let k = cue.firstToken;
  let skipped = 0;
  while (k > 0 && skipped < 6) {
    const prev = tokens[k - 1]!;
    if (prev.sentence !== sentence && prev.text !== "]") break;
    const found = ctx.mentionEndingAt(k);
    if (found) return found;
    if (prev.text === ",") return appositiveSubject(ctx, cue, usable);
    if (!(SKIPPABLE_BEFORE_CUE.has(prev.pos) || prev.text === "]")) break;
    k--;
    skipped++;
  }
  let j = cue.endToken;
  while (tokens[j] && tokens[j]!.pos === "ADV" && j - cue.endToken < 2) j++;
  return ctx.mentionStartingAt(j);
}

/** "Richard Revesz, director of the Institute for Policy Integrity, said": a long apposition. */
function appositiveSubject(ctx: RuleContext, cue: CueMatch, usable: (m: Mention) => Mention | null): Mention | null {
  const { tokens } = ctx;
  const sentence = ctx.sentences[tokens[cue.firstToken]!.sentence]!;
  const candidates = ctx.mentionsIn(sentence.start, tokens[cue.firstToken]!.start).filter((m) => usable(m));
  // ", saying ...": a participle's subject is the subject of the sentence.
  if (cue.text.endsWith("ing")) return candidates[0] ?? null;
  for (const m of candidates) {
    if (cue.firstToken - m.extentEndToken > 40) continue;
    if (tokens[m.extentEndToken]?.text === ",") return m;
  }
  return null;
}

/** Dates are never speakers: "said Tuesday", "told reporters Monday". */
const TIME_WORDS = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tonight|morning|afternoon|evening|night|week|month|year|january|february|march|april|may|june|july|august|september|october|november|december)s?$/;
const PHRASE_TAGS = new Set(["NOUN", "PROPN", "ADJ", "DET", "NUM", "PRON"]);
const HEAD_TAGS = new Set(["NOUN", "PROPN", "NUM", "PRON"]);

function inPhrase(t: Token | undefined): boolean {
  return !!t && (PHRASE_TAGS.has(t.pos) || t.lower === "'s" || t.lower === "\u2019s");
}

function phraseBefore(tokens: readonly Token[], i: number, inside: (offset: number) => boolean): Phrase | null {
  let end = i;
  while (end > 0 && SKIPPABLE_BEFORE_CUE.has(tokens[end - 1]!.pos) && i - end < 3) end--;
  let first = end;
  while (first > 0 && inPhrase(tokens[first - 1]) && tokens[first - 1]!.sentence === tokens[end - 1]?.sentence && end - first < 8) first--;
  return toPhrase(tokens, first, end, inside);
}

function phraseAfter(tokens: readonly Token[], i: number, inside: (offset: number) => boolean): Phrase | null {
  let end = i;
  while (end < tokens.length && inPhrase(tokens[end]) && tokens[end]!.sentence === tokens[i]!.sentence && end - i < 8) end++;
  return toPhrase(tokens, i, end, inside);
}

function toPhrase(tokens: readonly Token[], first: number, end: number, inside: (offset: number) => boolean): Phrase | null {
  if (end <= first) return null;
  const parts = tokens.slice(first, end);
  if (!parts.some((t) => HEAD_TAGS.has(t.pos) && !TIME_WORDS.test(t.lower)) || parts.some((t) => inside(t.start))) return null;
  return { start: parts[0]!.start, end: parts[parts.length - 1]!.end, firstToken: first, endToken: end };
}
