import { sentenceAt, tokenAt } from "../document";
import type { Doc } from "../document/types";
import { cueAt, type CueMatch, type CueMatcher } from "../lexicon/match";
import type { Entity, Mention } from "../mentions/types";
import type { QuoteCandidate } from "../quotes/types";
import { mentionsWithin, quotesContaining } from "./lookup";
import { resolvePronoun } from "./resolve";
import type { AttributedQuote, Pass, RuleContext } from "./types";

const SKIPPABLE_BEFORE_CUE = new Set(["ADV", "AUX", "PART"]);

/** Indexes built once per article and shared by every quote's context. */
export interface ArticleIndex {
  doc: Doc;
  matcher: CueMatcher;
  mentions: Mention[];
  /** The same mentions, for membership tests. */
  mentionSet: ReadonlySet<Mention>;
  entities: Entity[];
  entityById: Map<string, Entity>;
  quotes: QuoteCandidate[];
  quoteById: Map<string, QuoteCandidate>;
  byExtentStart: Map<number, Mention>;
  byExtentEnd: Map<number, Mention>;
  /** Pronoun resolutions made so far: mention id -> entity. */
  resolved: Map<string, Entity>;
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
    doc, matcher, mentions, mentionSet: new Set(mentions), entities, quotes,
    entityById: new Map(entities.map((e) => [e.id, e])),
    quoteById: new Map(quotes.map((q) => [q.id, q])),
    byExtentStart, byExtentEnd, resolved: new Map(),
  };
}

export function createContext(index: ArticleIndex, quote: QuoteCandidate, previous: readonly AttributedQuote[]): RuleContext {
  const { doc, mentions } = index;
  const sentence = doc.sentences[sentenceAt(doc, quote.open?.start ?? quote.start)]!;
  const lastSentence = doc.sentences[sentenceAt(doc, Math.max(quote.start, (quote.close?.end ?? quote.end) - 1))]!;
  const insideQuote = (offset: number) => offset >= quote.start && offset < quote.end;
  // Mentions inside the quote being attributed cannot be its speaker.
  const usable = (m: Mention | undefined) => (m && !insideQuote(m.start) ? m : null);

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
    mentionsIn: (start, end) => mentionsWithin(mentions, start, end),
    subjectOf: (cue) => subjectOf(context, cue),
    resolve(m) {
      if (m.entity) return index.entityById.get(m.entity) ?? null;
      const known = index.resolved.get(m.id);
      if (known) return known;
      // A pronoun in the narrative refers to someone named in the narrative, not inside a quote.
      const quotesAround = (offset: number) => quotesContaining(index.quotes, offset).filter((q) => q.type !== "indirect");
      const around = quotesAround(m.start);
      const skip = (other: Mention) => insideQuote(other.start) || quotesAround(other.start).some((q) => !around.includes(q));
      return resolvePronoun(m, mentions, index.entityById, doc.tokens, previous, skip);
    },
    insideQuote,
    pass: (reason): Pass => ({ pass: reason }),
  };
  return context;
}

/** "X said", "X, 42, said", "X also said", "[X] solemnly proclaimed"; else "said X". */
function subjectOf(ctx: RuleContext, cue: CueMatch): ReturnType<RuleContext["subjectOf"]> {
  const { tokens } = ctx;
  const sentence = tokens[cue.firstToken]!.sentence;
  let k = cue.firstToken;
  let skipped = 0;
  while (k > 0 && skipped < 6) {
    const prev = tokens[k - 1]!;
    if (prev.sentence !== sentence && prev.text !== "]") break;
    const found = ctx.mentionEndingAt(k);
    if (found) return found;
    if (!(SKIPPABLE_BEFORE_CUE.has(prev.pos) || prev.text === "]" || prev.text === ",")) break;
    k--;
    skipped++;
  }
  let j = cue.endToken;
  while (tokens[j] && tokens[j]!.pos === "ADV" && j - cue.endToken < 2) j++;
  return ctx.mentionStartingAt(j);
}
