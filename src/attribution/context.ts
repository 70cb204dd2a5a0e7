import { ARTICLES, SUBJECT_FORMS } from "../mentions/words";
import { controlledObjectStart } from "./object-control";
import { crossesParagraph, sentenceAt, tokenAt } from "../document";
import { isPossessiveS } from "../document/pos";
import { isDoubleQuotationMark } from "../document/quotation-marks";
import { isDomainDot } from "../mentions/name-marks";
import { possessedName } from "../mentions/possessor";
import type { Doc } from "../document/types";
import { cueAt, type CueMatch, type CueMatcher } from "../lexicon/match";
import { openCueAt } from "../quotes/reported/open-cue";
import type { Entity, Mention } from "../mentions/types";
import type { FoundQuotes } from "../quotes";
import type { QuoteCandidate } from "../quotes/types";
import type { Span } from "../types";
import { countStartingBefore, partitionPoint } from "../document/sorted";
import { mentionsWithin, quotesContaining, someQuoteContaining, withinAny } from "./lookup";
import { resolvePronoun, resolveSpan, thirdPerson } from "./resolve";
import { peopleNamedWithin } from "../mentions/quoted-people";
import { isInvertedSpeaker } from "../mentions/salience";
import { attributionAfter, skipAdverbs } from "./after-quote";
import { governingCue } from "./governing";
import { relativeClauseOf } from "./relative-clause";
import { isShareHead } from "../mentions/poll-share";
import { headEnd, isPostpositive, modifiedPhraseStart, opensSubject, shareLink } from "./post-modified";
import { subjectRelativeBefore } from "./subject-relative";
import { adverbialPhraseStart, governsVerb, isParticiple, isSpacedHyphen, PAIRED_DASHES, standsBeforeCue, subjectOf, timePhraseStart } from "./subject";
import { TIME_WORDS } from "../document/time-words";
import { invertedSubject, verbThenPreposition } from "../quotes/inverted";
import { isAttachedPossessive, isFloatingQuantifier, isVerb } from "../document/pos";
import { asParticipleAgentBy, passiveAgent, reducedRelativeAgentBy } from "../document/passive";
import { openingPhrasesEnd } from "../document/opening-clause";
import { WH_RELATIVES } from "../document/relatives";
import type { Sentence, Token } from "../document/types";
import type { AttributedQuote, NearestMentionOptions, Pass, Phrase, RuleContext } from "./types";

/** Indexes built once per article and shared by every quote's context. */
export interface ArticleIndex {
  doc: Doc;
  matcher: CueMatcher;
  /** Sorted by start; mentions with the same start in the order they were found or registered. */
  mentions: Mention[];
  entities: Entity[];
  /** Made only if an entity is not at the position its id gives (see entityWithId). */
  entityById: Map<string, Entity> | null;
  quotes: QuoteCandidate[];
  /** Quoted titles, which the quotes stage found to be no quotation (`on "Face the Nation"`). */
  titles: readonly Span[];
  /** Made on first use: only nested quotes look their parent up. */
  quoteById: Map<string, QuoteCandidate> | null;
  /** By token index (arrays rather than maps: a lookup per token is a plain index). */
  byExtentStart: (Mention | undefined)[];
  byExtentEnd: (Mention | undefined)[];
  /** The cue starting at each token once looked for, null for none (rules ask about the same tokens quote after quote). */
  cueStarts: (CueMatch | null | undefined)[];
  /** The context's helpers that do not depend on the quote: made with the first context, shared by the rest. */
  helpers: ArticleHelpers | null;
  /** The sentence of the latest quote's context: the next quote's is usually the same or just after. */
  sentenceCursor: number;
  /** Pronoun resolutions made so far: mention id -> entity. */
  resolved: Map<string, Entity>;
  /** Quotations in marks that no other contains, by start: they do not overlap, so their ends are in order too. */
  outerQuotes: QuoteCandidate[];
  /** Mentions made from rules' spans (registerMention): no quotation counts as enclosing them. */
  registered: Set<Mention> | null;
}

export function indexArticle(
  doc: Doc, matcher: CueMatcher, mentions: Mention[], entities: Entity[], { quotes, titles }: FoundQuotes,
): ArticleIndex {
  const byExtentStart = new Array<Mention | undefined>(doc.tokens.length + 1);
  const byExtentEnd = new Array<Mention | undefined>(doc.tokens.length + 1);
  for (const m of mentions) {
    const first = byExtentStart[m.extentFirstToken];
    // "the study's lead author" over "the study": a phrase opened by a description's possessive is
    // the phrase (a name's stays the name: "Powell's office said" is Powell's word, coreference-wise).
    const ownedBy = first && first.kind === "description" && m.extentEndToken > first.extentEndToken && isPossessiveS(doc.tokens[first.extentEndToken]);
    if (!first || ownedBy) byExtentStart[m.extentFirstToken] = m;
    byExtentEnd[m.extentEndToken] = m;
  }
  return {
    doc, matcher, mentions, entities, entityById: null, quotes, titles, quoteById: null, byExtentStart, byExtentEnd,
    cueStarts: new Array<CueMatch | null | undefined>(doc.tokens.length), helpers: null, sentenceCursor: 0,
    resolved: new Map(), outerQuotes: quotes.filter((q) => q.type !== "indirect" && !q.parentId), registered: null,
  };
}

type ArticleHelpers = Pick<RuleContext, "textOfTokens" | "sentenceAt" | "cueAt" | "reportingCueAt" | "mentionsIn" | "pass" | GrammarHelper> & {
  entityOf(id: string): Entity | undefined;
};

/** The context's helpers that look only at the article's tokens and quotes. */
type GrammarHelper = "insideAnyQuote" | "crossesParagraph" | "isVerb" | "isDoubleQuotationMark" | "isPossessive" | "skipAdverbs" | "openingClauseEnd"
  | "isSubjectOfVerb" | "isParticiple" | "passiveAgentBy" | "modifiesNounBefore" | "topicOrListenerFollows" | "relativeClauseOf" | "invertedSubject";

/** The helpers of a rule's context that depend only on the article: one set per article, not per quote. */
function articleHelpers(index: ArticleIndex): ArticleHelpers {
  const { doc, mentions } = index;
  return {
    textOfTokens(first, end) {
      const from = doc.tokens[first];
      const to = doc.tokens[Math.min(end, doc.tokens.length) - 1];
      return from && to && end > first ? doc.text.slice(from.start, to.end) : "";
    },
    sentenceAt: (offset) => doc.sentences[sentenceAt(doc, offset)]!,
    cueAt: (i) => cueStartingAt(index, i),
    reportingCueAt: (i) => cueStartingAt(index, i) ?? openCueAt(doc.text, doc.tokens, i, index.matcher),
    mentionsIn: (start, end) => mentionsWithin(mentions, start, end),
    pass: (reason): Pass => ({ pass: reason }),
    insideAnyQuote: (start, end) => someQuoteContaining(index.quotes, start, end),
    crossesParagraph: (from, to) => crossesParagraph(doc.text, from, to),
    isVerb: (i) => isVerb(doc.tokens[i]),
    isDoubleQuotationMark: (i) => doc.tokens[i] !== undefined && isDoubleQuotationMark(doc.tokens[i]!),
    isPossessive: (i) => isAttachedPossessive(doc.tokens, i),
    // Not past the start of a name ("said Will Young": "Will" is no auxiliary there).
    skipAdverbs: (i, limit) => (index.byExtentStart[i]?.kind === "name" ? i : skipAdverbs(doc.tokens, i, limit)),
    openingClauseEnd: (from, limit) => openingPhrasesEnd(doc.tokens, from, limit),
    isSubjectOfVerb: (m) => governsVerb(doc.tokens, m),
    isParticiple: (cue) => isParticiple(doc.tokens, cue),
    passiveAgentBy: (cue) => passiveAgent(doc.tokens, cue.firstToken, cue.endToken)?.by ?? asParticipleAgentBy(doc.tokens, cue.firstToken, cue.endToken),
    modifiesNounBefore: (cue) => reducedRelativeAgentBy(doc.tokens, cue.firstToken, cue.endToken) !== null,
    relativeClauseOf: (cue) => relativeClauseOf(doc.tokens, cue),
    topicOrListenerFollows: (cue) => verbThenPreposition(doc.tokens, cue),
    invertedSubject: (cue, subjectEnd, afterQuote) => invertedSubject(doc.tokens, cue, subjectEnd, afterQuote),
    entityOf: (id) => entityWithId(index, id),
  };
}

/** The first mention (in `mentions` order) with exactly this span, found by binary search. */
export function mentionWithSpan(mentions: readonly Mention[], start: number, end: number): Mention | undefined {
  for (let k = countStartingBefore(mentions, start); k < mentions.length && mentions[k]!.start === start; k++) {
    if (mentions[k]!.end === end) return mentions[k];
  }
  return undefined;
}

/** Whether `mention` is one of `mentions` itself (not a copy). */
export function isMentionOf(mentions: readonly Mention[], mention: Mention): boolean {
  // Detection numbers mentions "m1", "m2", ... in the order they are sorted in: until a rule's new
  // mention is spliced in, the id's number gives the position at once.
  if (typeof mention.id === "string" && mentions[idNumber(mention.id) - 1] === mention) return true;
  for (let k = countStartingBefore(mentions, mention.start); k < mentions.length && mentions[k]!.start === mention.start; k++) {
    if (mentions[k] === mention) return true;
  }
  // Not where its start says: a rule may have changed that start, so look through them all.
  return mentions.includes(mention);
}

/**
 * The outermost quotation in marks that a mention stands in, if any: the first that ends after the
 * mention starts (binary search over their ordered ends), if it holds the whole mention. Asked
 * only for the few mentions rules look at, rather than worked out for every mention up front.
 */
function enclosingQuote(index: ArticleIndex, m: Mention): QuoteCandidate | undefined {
  if (index.registered?.has(m)) return undefined;
  const outer = index.outerQuotes;
  const q = outer[partitionPoint(0, outer.length, (i) => outer[i]!.end <= m.start)];
  return q && q.start <= m.start && m.end <= q.end ? q : undefined;
}

export function createContext(index: ArticleIndex, quote: QuoteCandidate, previous: readonly AttributedQuote[]): RuleContext {
  const { doc, mentions } = index;
  const helpers = (index.helpers ??= articleHelpers(index));
  const openOffset = quote.open?.start ?? quote.start;
  const closeOffset = quote.close?.end ?? quote.end;
  const sentence = doc.sentences[sentenceFrom(doc, openOffset, index.sentenceCursor)]!;
  index.sentenceCursor = sentence.index;
  const lastSentence = doc.sentences[sentenceFrom(doc, Math.max(quote.start, closeOffset - 1), sentence.index)]!;
  const paragraph = doc.paragraphs[sentence.paragraph]!;
  const insideQuote = (offset: number) => offset >= quote.start && offset < quote.end;
  // Rules ask again and again for the tokens at the quote's opening and closing: each is searched once.
  let openToken = -1;
  let closeToken = -1;
  // Mentions inside the quote being attributed cannot be its speaker, nor can mentions inside
  // another quotation, unless this quote is nested in that one ("[Borrell] proclaimed: '...'").
  const usable = (m: Mention | undefined): Mention | null => {
    if (!m || insideQuote(m.start)) return null;
    const q = enclosingQuote(index, m);
    return !q || (quote.start >= q.start && quote.end <= q.end) ? m : null;
  };

  const context: RuleContext = {
    text: doc.text,
    quote,
    parent: quote.parentId ? quoteWithId(index, quote.parentId) : null,
    sentence,
    lastSentence,
    paragraph,
    sentenceText: doc.text.slice(sentence.start, lastSentence.end),
    paragraphText: doc.text.slice(paragraph.start, paragraph.end),
    tokens: doc.tokens,
    sentences: doc.sentences,
    paragraphs: doc.paragraphs,
    mentions,
    entities: index.entities,
    quotes: index.quotes,
    titles: index.titles,
    previous,
    tokenAt(offset) {
      if (offset === openOffset) return openToken < 0 ? (openToken = tokenNear(doc, offset, sentence, lastSentence)) : openToken;
      if (offset === closeOffset) return closeToken < 0 ? (closeToken = tokenNear(doc, offset, sentence, lastSentence)) : closeToken;
      return tokenNear(doc, offset, sentence, lastSentence);
    },
    textOfTokens: helpers.textOfTokens,
    sentenceAt: helpers.sentenceAt,
    cueAt: helpers.cueAt,
    reportingCueAt: helpers.reportingCueAt,
    findCue(from, to) {
      for (let i = Math.max(0, from); i < Math.min(to, doc.tokens.length); i++) {
        const cue = cueStartingAt(index, i);
        if (cue && !insideQuote(cue.start)) return cue;
      }
      return null;
    },
    mentionStartingAt: (i) => {
      const m = index.byExtentStart[i];
      return usable(m && possessedName(m, (k) => index.byExtentStart[k], doc.tokens));
    },
    mentionEndingAt: (i) => usable(index.byExtentEnd[i]),
    mentionsIn: helpers.mentionsIn,
    nearestMention: (offset, options = {}) => nearestMention(index, offset, options, insideQuote),
    subjectOf: (cue) => subjectOf(context, cue, usable),
    phraseBefore: (i) => phraseBefore(doc.tokens, i, insideQuote),
    phraseAfter: (i) => phraseAfter(doc.tokens, i, insideQuote),
    resolve(m) {
      if (index.registered?.has(m)) {
        const referent = index.resolved.get(m.id) ?? resolveSpan(m, index.mentions, doc.tokens, helpers.entityOf, (p) => context.resolve(p));
        if (referent) return index.resolved.set(m.id, referent), referent;
      }
      if (m.entity) return entityWithId(index, m.entity) ?? null;
      return index.resolved.get(m.id) ?? resolveInNarrative(index, m, previous, quote, helpers.entityOf);
    },
    insideQuote,
    insideAnyQuote: helpers.insideAnyQuote,
    crossesParagraph: helpers.crossesParagraph,
    attributionAfterQuote: () => attributionAfter(context),
    governingCue: (cue, from = sentence.firstToken) => governingCue(context, cue, from),
    isVerb: helpers.isVerb,
    isDoubleQuotationMark: helpers.isDoubleQuotationMark,
    isPossessive: helpers.isPossessive,
    subjectForm: (word) => SUBJECT_FORMS.get(word),
    skipAdverbs: helpers.skipAdverbs,
    openingClauseEnd: helpers.openingClauseEnd,
    isSubjectOfVerb: helpers.isSubjectOfVerb,
    isParticiple: helpers.isParticiple,
    passiveAgentBy: helpers.passiveAgentBy,
    modifiesNounBefore: helpers.modifiesNounBefore,
    relativeClauseOf: helpers.relativeClauseOf,
    topicOrListenerFollows: helpers.topicOrListenerFollows,
    invertedSubject: helpers.invertedSubject,
    pass: helpers.pass,
  };
  return context;
}

/** `tokenAt`, searching only the quote's sentences for an offset in them (where its answer must be). */
function tokenNear(doc: Doc, offset: number, sentence: Sentence, lastSentence: Sentence): number {
  return offset >= sentence.start && offset < lastSentence.end
    ? tokenAt(doc, offset, sentence.firstToken, lastSentence.endToken)
    : tokenAt(doc, offset);
}

/**
 * A pronoun's entity, not yet known: a pronoun in the narrative refers to someone named in the
 * narrative, not inside a quote. (A function of its own: its closures would make every call of
 * the context's `resolve` allocate their scope.)
 */
function resolveInNarrative(
  index: ArticleIndex, m: Mention, previous: readonly AttributedQuote[], quote: QuoteCandidate,
  entityOf: (id: string) => Entity | undefined,
): Entity | null {
  const insideQuote = (offset: number) => offset >= quote.start && offset < quote.end;
  const around = quotesContaining(index.quotes, m.start).filter((q) => q.type !== "indirect");
  const elsewhere = (q: QuoteCandidate) => q.type !== "indirect" && !around.includes(q);
  const skip = (other: Mention) => insideQuote(other.start) || someQuoteContaining(index.quotes, other.start, other.start + 1, elsewhere);
  // Whom the quotation names in the third person is not its speaker.
  const byMention = (x: Mention) => (x.entity ? entityOf(x.entity) : undefined);
  const named = peopleNamedWithin(index.mentions, quote.start, quote.end, byMention);
  for (const e of namedLaterInClause(index, m, byMention)) named.add(e);
  return resolvePronoun(m, index.mentions, entityOf, index.doc, previous, skip, named);
}

/** Tokens that open an aside, whose names the clause around it does not bind ("he said that X - a rebuttal to Lee's slogan - was"). */
const ASIDE_OPENERS = new Set(["-", "--", "\u2013", "\u2014", "("]);

/**
 * "He calls Lee's plan “...”", "“...,” she said of Lee": a subject "he" or "she" is no one its own
 * clause names after it (Lee would have been "himself" or "her own"). The clause is read to the
 * end of the sentence, up to an aside or the next full quotation; a name before a colon labels
 * what follows ("Ann Lee: “...”").
 */
function namedLaterInClause(index: ArticleIndex, m: Mention, byMention: (x: Mention) => Entity | undefined): Entity[] {
  const { tokens, sentences } = index.doc;
  if (m.firstToken < 0) return [];
  if (!thirdPerson(tokens[m.firstToken]!.lower)) return [];
  let end = sentences[tokens[m.firstToken]!.sentence]!.endToken;
  for (let k = m.endToken; k < end; k++) {
    if (ASIDE_OPENERS.has(tokens[k]!.text)) end = k;
  }
  let endOffset = end < tokens.length ? tokens[end]!.start : sentences[sentences.length - 1]!.end;
  const outer = index.outerQuotes;
  const next = outer[countStartingBefore(outer, m.end)];
  if (next && next.type === "direct" && next.start < endOffset) endOffset = next.start;
  const found: Entity[] = [];
  // Outside quotation marks, "said Lee" after a second quote may give the same speaker again; a
  // "she" inside a quotation is not whoever the sentence then says spoke it.
  let quoted: boolean | undefined;
  for (let k = countStartingBefore(index.mentions, m.end); k < index.mentions.length && index.mentions[k]!.end <= endOffset; k++) {
    const x = index.mentions[k]!;
    if (x.kind !== "name" || tokens[x.endToken]?.text === ":") continue;
    if (isInvertedSpeaker(x, tokens) && !(quoted ??= someQuoteContaining(index.quotes, m.start, m.end, (q) => q.type !== "indirect"))) continue;
    const e = byMention(x);
    if (e && e.kind === "person") found.push(e);
  }
  return found;
}

/** How many sentences `sentenceFrom` walks before it searches instead. */
const SENTENCE_WALK = 8;

/** `sentenceAt`, walking on from sentence `from` when the offset lies a few sentences after its start. */
function sentenceFrom(doc: Doc, offset: number, from: number): number {
  const { sentences } = doc;
  if (from < sentences.length && sentences[from]!.start <= offset) {
    for (let k = from; k < from + SENTENCE_WALK; k++) {
      const next = sentences[k + 1];
      if (!next || next.start > offset) return k;
    }
  }
  return sentenceAt(doc, offset);
}

/**
 * The entity with this id. Coref numbers entities "e1", "e2", ... in order, and so does a new
 * speaker (engine's asMention), so the id's number is tried as a position before any map.
 */
export function entityWithId(index: ArticleIndex, id: string): Entity | undefined {
  const atPosition = index.entities[idNumber(id) - 1];
  if (atPosition !== undefined && atPosition.id === id) return atPosition;
  if (!index.entityById) {
    index.entityById = new Map();
    for (const e of index.entities) index.entityById.set(e.id, e);
  }
  return index.entityById.get(id);
}

/** The number after an id's one-letter prefix ("e12" -> 12), or 0. */
function idNumber(id: string): number {
  let n = 0;
  for (let c = 1; c < id.length; c++) {
    const digit = id.charCodeAt(c) - 48;
    if (digit < 0 || digit > 9) return 0;
    n = n * 10 + digit;
  }
  return n;
}

function quoteWithId(index: ArticleIndex, id: string): QuoteCandidate | null {
  if (!index.quoteById) {
    index.quoteById = new Map();
    for (const q of index.quotes) index.quoteById.set(q.id, q);
  }
  return index.quoteById.get(id) ?? null;
}

/**
 * `cueAt`, remembering what each token starts. A cue found is handed out as a fresh copy on every
 * call, as a rule may keep or change the object it gets.
 */
function cueStartingAt(index: ArticleIndex, i: number): CueMatch | null {
  let cue = index.cueStarts[i];
  if (cue === undefined) {
    cue = cueAt(index.doc.text, index.doc.tokens, i, index.matcher);
    if (i >= 0 && i < index.cueStarts.length) index.cueStarts[i] = cue;
  }
  return cue && { ...cue };
}

/** Character range that `within` allows around an offset. */
function scope(doc: Doc, offset: number, within: NearestMentionOptions["within"]): [number, number] {
  if (within === "article") return [0, doc.text.length];
  const sentence = doc.sentences[sentenceAt(doc, offset)];
  if (!sentence) return [0, doc.text.length];
  if (within === "paragraph") {
    const paragraph = doc.paragraphs[sentence.paragraph]!;
    return [paragraph.start, paragraph.end];
  }
  return [sentence.start, sentence.end];
}

function nearestMention(
  index: ArticleIndex, offset: number, options: NearestMentionOptions, insideQuote: (offset: number) => boolean,
): Mention | null {
  const { direction = "either", kinds, categories, within = "sentence", insideQuotes = false } = options;
  const [from, to] = scope(index.doc, offset, within);
  const quoted = index.quotes.filter((q) => q.type !== "indirect");
  let best: Mention | null = null;
  let bestDistance = Infinity;
  for (const m of index.mentions) {
    if (m.start < from || m.end > to || insideQuote(m.start)) continue;
    if (kinds && !kinds.includes(m.kind)) continue;
    if (categories && !categories.includes(m.category)) continue;
    const before = m.end <= offset;
    const after = m.start >= offset;
    if ((direction === "before" && !before) || (direction === "after" && !after)) continue;
    const distance = before ? offset - m.end : after ? m.start - offset : 0;
    if (distance >= bestDistance) continue;
    if (!insideQuotes && withinAny(quoted, m)) continue;
    best = m;
    bestDistance = distance;
  }
  return best;
}

/**
 * Makes a span a rule returned into a mention of the article (tokens, lookups, ids), so that later
 * rules and stages treat it like any detected mention.
 */
export function registerMention(index: ArticleIndex, mention: Mention): void {
  const { doc, mentions } = index;
  mention.firstToken = tokenAt(doc, mention.start);
  mention.endToken = Math.max(mention.firstToken + 1, tokenAt(doc, mention.end - 1) + 1);
  mention.extentFirstToken = mention.firstToken;
  mention.extentEndToken = mention.endToken;
  let at = mentions.length;
  while (at > 0 && mentions[at - 1]!.start > mention.start) at--;
  mentions.splice(at, 0, mention);
  (index.registered ??= new Set()).add(mention);
  index.byExtentStart[mention.extentFirstToken] ??= mention;
  index.byExtentEnd[mention.extentEndToken] ??= mention;
}

const PHRASE_TAGS = new Set(["NOUN", "PROPN", "ADJ", "DET", "NUM", "PRON"]);
const HEAD_TAGS = new Set(["NOUN", "PROPN", "NUM", "PRON"]);

/** The unit of a share: "42%", "67 percent". */
const PERCENT = new Set(["%", "percent"]);

/**
 * "Last week the bakery said", "By Sunday the club said": an article opens its noun phrase, so a
 * common noun or a time right before it ends another phrase, not a word of this one. Not "half the".
 */
function nounBeforeArticle(tokens: readonly Token[], first: number, end: number): boolean {
  const before = tokens[first - 1]!;
  // A name before it may be the phrase's own head ("Obama the realist"), unless it is a time's ("Sunday").
  return first < end && ARTICLES.has(tokens[first]!.lower) && (before.pos === "NOUN" || TIME_WORDS.test(before.lower)) && !PREDETERMINERS.has(before.lower);
}
const PREDETERMINERS = new Set(["half", "quarter", "third", "twice"]);

function inPhrase(t: Token | undefined): boolean {
  return !!t && (PHRASE_TAGS.has(t.pos) || isPossessiveS(t) || t.text === "%");
}

/**
 * Words that open a clause with its own subject: a subject phrase after one starts after it ("it's
 * what fans call", "the plans that countries offered"); one right before the cue is the subject
 * ("a plan that allows"). Not "who", itself the subject of its clause ("economists who favor X agree").
 */
const OPENS_CLAUSE = new Set(["what", "whatever", "which", "whom", "that"]);

/** How many tokens an aside between a subject phrase and its verb may span. */
const MAX_ASIDE = 24;

/**
 * Where an aside set off by commas right before token `i` opens (its first comma): an age
 * (", 54,") or a relative clause (", who asked not to be named,"); -1 when there is none.
 */
function asideBefore(tokens: readonly Token[], i: number): number {
  const dash = dashAsideBefore(tokens, i);
  if (dash >= 0) return dash;
  if (tokens[i - 1]?.text !== ",") return -1;
  const sentence = tokens[i - 1]!.sentence;
  for (let k = i - 2; k > 0 && i - k <= MAX_ASIDE && tokens[k]!.sentence === sentence; k--) {
    if (tokens[k]!.text !== ",") continue;
    const next = tokens[k + 1]!;
    // An age after a noun, not the year of a date ("since Jan. 1, 2015, shows"); a share after a
    // fraction ("A third of independents, 33%, say", "about two-thirds, 67 percent, say").
    const age = next.pos === "NUM" && k + 2 === i - 1 && tokens[k - 1]!.pos !== "NUM";
    const share = next.pos === "NUM" && k + 3 === i - 1 && PERCENT.has(tokens[k + 2]!.lower) && tokens[k - 1]!.pos !== "NUM";
    // "The panel, however, found", "One aide, speaking on condition of anonymity, said": an adverb or a participle's clause.
    return age || share || WH_RELATIVES.has(next.lower) || adverbialAside(tokens, k + 1, i - 1) || presentParticiple(next) ? k : -1;
  }
  return -1;
}

/** "The chief justice -- who has ... -- said", "A spokeswoman - Lee's aide since 2010 - told": where an aside a pair of dashes sets off right before token `i` opens, or -1. */
function dashAsideBefore(tokens: readonly Token[], i: number): number {
  const close = tokens[i - 1];
  if (!close || !(PAIRED_DASHES.has(close.text) || isSpacedHyphen(tokens, i - 1))) return -1;
  for (let k = i - 2; k > 0 && i - k <= MAX_ASIDE && tokens[k]!.sentence === close.sentence; k--) {
    if (tokens[k]!.text === close.text) return close.text === "-" && !isSpacedHyphen(tokens, k) ? -1 : k;
  }
  return -1;
}

/** Whether the tokens from `first` to `end` (a comma's aside) are adverbs or one adverbial phrase: ", however,", ", for his part,". */
function adverbialAside(tokens: readonly Token[], first: number, end: number): boolean {
  if (end <= first) return false;
  if (adverbialPhraseStart(tokens, end) === first) return true;
  for (let k = first; k < end; k++) if (tokens[k]!.pos !== "ADV") return false;
  return true;
}

function presentParticiple(t: Token): boolean {
  return t.pos === "VERB" && t.lower.endsWith("ing");
}

function phraseBefore(tokens: readonly Token[], i: number, inside: (offset: number) => boolean): Phrase | null {
  // "A clerk, 54, said", "A clerk, who asked not to be named, said": the phrase before the aside.
  const aside = asideBefore(tokens, i);
  if (aside >= 0) {
    const phrase = phraseBefore(tokens, aside, inside);
    // "A third of independents, 33%, say": the group of a share opens no clause, but speaks for it.
    const shareGroup = phrase !== null && phrase.firstToken > 1 && shareLink(tokens, phrase.firstToken - 1);
    return phrase && (opensSubject(tokens, phrase.firstToken) || shareGroup) ? phrase : null;
  }
  // "Two farmers who had left ballots at a school there said": the relative clause's head.
  const relative = subjectRelativeBefore(tokens, i);
  if (relative > 0) return phraseBefore(tokens, relative, inside);
  // "Some 60 percent of Dutch farmers polled said", "a poll for X released Friday showed": the head.
  const modified = modifiedPhraseStart(tokens, i);
  const postModified = modified >= 0 && opensSubject(tokens, modified) ? toPhrase(tokens, modified, headEnd(tokens, modified, i, isShareHead), inside) : null;
  if (postModified) return postModified;
  let end = i;
  while (end > 0 && (standsBeforeCue(tokens[end - 1]!) || isFloatingQuantifier(tokens, end - 1)) && i - end < 3) end--;
  end = adverbialPhraseStart(tokens, end); // "have in fact reported"
  end = timePhraseStart(tokens, end); // "who in 2010 said"
  const gerund = gerundHead(tokens, end, i);
  let first = gerund ? end - 1 : end;
  while (first > 0 && (inPhrase(tokens[first - 1]) || joinsCompound(tokens, first - 1) || degreeAdverb(tokens, first - 1, end)) && !(first < end && OPENS_CLAUSE.has(tokens[first - 1]!.lower)) && !nounBeforeArticle(tokens, first, end) && tokens[first - 1]!.sentence === tokens[end - 1]?.sentence && end - first < 8) first--;
  return toPhrase(tokens, first, end, inside, gerund) ?? pronounLikeSubject(tokens, end, inside);
}

/**
 * "Exit polling showed", "the same polling suggests": an -ing word the tagger reads as a verb,
 * right before the cue (token `cue`; adverbs and auxiliaries may stand between, up to token `end`)
 * and after a determiner, adjective or name, is the head noun of the subject phrase (not "who is
 * polling", "Lee, polling voters,").
 */
function gerundHead(tokens: readonly Token[], end: number, cue: number): boolean {
  const t = tokens[end - 1];
  const before = tokens[end - 2];
  return !!t && !!before && t.pos === "VERB" && t.lower.endsWith("ing") && before.sentence === t.sentence && GERUND_MODIFIERS.has(before.pos) && isVerb(tokens[cue]);
}

/** Tags of the word before an -ing head noun: "Exit/PROPN polling", "Recent/ADJ polling", "the/DET polling". */
const GERUND_MODIFIERS = new Set(["DET", "ADJ", "PROPN"]);

/** Marks after which a clause opens. */
const CLAUSE_BREAKS = new Set([",", ";", ":", "--", "\u2014", "\u2013", "("]);

/**
 * "Many speculated that ...", "Both vowed to ...", "Those surveyed said ...": a determiner or
 * adjective standing alone for a noun (with a participle after it) that opens its clause right
 * before the cue (token `end`) is its subject, though the tagger gives it no noun.
 */
function pronounLikeSubject(tokens: readonly Token[], end: number, inside: (offset: number) => boolean): Phrase | null {
  const word = tokens[end - 1]?.pos === "VERB" && tokens[end - 1]!.lower.endsWith("ed") ? end - 2 : end - 1;
  const t = tokens[word];
  if (!t || !(t.pos === "DET" || t.pos === "ADJ") || ARTICLES.has(t.lower) || TIME_WORDS.test(t.lower)) return null;
  // "The move led some to speculate": also the lone object of a verb that brings it to act.
  if (!opensClauseAt(tokens, word) && controlledObjectStart(tokens, end) !== word) return null;
  for (let k = word; k < end; k++) if (inside(tokens[k]!.start)) return null;
  return { start: t.start, end: tokens[end - 1]!.end, firstToken: word, endToken: end };
}

/**
 * Whether token `k` opens its clause: the sentence's first word, or after a clause break or a
 * conjunction; also after a connective opening the sentence ("Yet another said", "Still others say"),
 * which links the sentence to the one before and is no part of the subject.
 */
function opensClauseAt(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  if (!before || before.sentence !== tokens[k]!.sentence || CLAUSE_BREAKS.has(before.text) || before.pos === "CCONJ") return true;
  return SENTENCE_CONNECTIVES.has(before.lower) && tokens[k - 2]?.sentence !== before.sentence;
}

/** Adverbs that open a sentence to link it to the one before. */
const SENTENCE_CONNECTIVES = new Set(["yet", "still", "then", "also", "finally", "meanwhile"]);

function phraseAfter(tokens: readonly Token[], i: number, inside: (offset: number) => boolean): Phrase | null {
  // "according to exit polls", "according to state law": a noun's modifier the tagger reads as a
  // verb; "according to people in attendance": after "to", a noun it reads as an infinitive.
  const misread = tokens[i]?.pos === "VERB" && (tokens[i + 1]?.pos === "NOUN" || (tokens[i - 1]?.lower === "to" && tokens[i - 2]?.lower === "according"));
  let end = misread ? i + 1 : i;
  while (end < tokens.length && inPhraseAfter(tokens, end) && !isPostpositive(tokens, end) && tokens[end]!.sentence === tokens[i]!.sentence && end - i < 8) end++;
  return toPhrase(tokens, i, end, inside, misread);
}

/**
 * Looser than `inPhrase`, as the tagger often breaks names and modifiers ("a new/ADV
 * Associated/VERB Press-GfK poll"): also a capitalised word, a hyphen joining two words, and an
 * adverb or adjective that a phrase word follows.
 */
function inPhraseAfter(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (phraseWord(t)) return true;
  const next = tokens[k + 1];
  if (joinsCompound(tokens, k)) return true;
  // "Full-blown capitalists": the word after a joining hyphen, whatever its tag.
  if (t.kind === "word" && joinsCompound(tokens, k - 1)) return true;
  return (t.pos === "ADV" || t.pos === "ADJ") && !CLAUSE_ADVERBS.has(t.lower) && phraseWord(next);
}

/** "Lund's most passionate supporters": a lower-case adverb before an adjective inside the phrase ending before `end`. */
function degreeAdverb(tokens: readonly Token[], k: number, end: number): boolean {
  const t = tokens[k];
  return !!t && t.pos === "ADV" && t.kind === "word" && t.text === t.lower && k + 1 < end - 1 && tokens[k + 1]!.pos === "ADJ";
}

/**
 * A hyphen or slash between two words with no space on either side, inside one word
 * ("front-runner", "Full-blown", "a CNN/WMUR poll"), or the word before it; a domain's dot ("Outsports.com").
 */
function joinsCompound(tokens: readonly Token[], k: number): boolean {
  if (isDomainDot(tokens, k)) return true;
  const t = tokens[k];
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  if (t?.text !== "-" && t?.text !== "/") return t?.kind === "word" && joinsCompound(tokens, k + 1) && tokens[k + 1]!.kind !== "word";
  return !!before && !!after && before.end === t.start && after.start === t.end && before.kind === "word" && after.kind === "word";
}

function phraseWord(t: Token | undefined): boolean {
  return inPhrase(t) || (!!t && t.kind === "word" && /^\p{Lu}/u.test(t.text));
}

/** Adverbs that open a clause or modify a verb, never a noun phrase: "said ... when Clinton". */
const CLAUSE_ADVERBS = new Set(["when", "where", "why", "how", "then", "also", "now", "not", "there", "here", "still", "even", "just", "only"]);

function toPhrase(tokens: readonly Token[], first: number, end: number, inside: (offset: number) => boolean, headFirst = false): Phrase | null {
  if (end <= first) return null;
  // Loops rather than `slice` and `some` with closures over `inside`: this runs for most quotes.
  let head = headFirst;
  // A share is a head too: "42% say", "Nearly a third/ADJ say".
  for (let k = first; k < end && !head; k++) head = (HEAD_TAGS.has(tokens[k]!.pos) || isShareHead(tokens[k])) && !TIME_WORDS.test(tokens[k]!.lower);
  if (!head) return null;
  for (let k = first; k < end; k++) if (inside(tokens[k]!.start)) return null;
  return { start: tokens[first]!.start, end: tokens[end - 1]!.end, firstToken: first, endToken: end };
}
