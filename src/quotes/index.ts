import { countWords, tokenAt } from "../document";
import { nicknameClose } from "../document/nickname";
import { isPossessiveS } from "../document/pos";
import { POSSESSIVE_DETERMINERS } from "../document/possessives";
import type { Doc } from "../document/types";
import type { Span } from "../types";
import type { CueMatcher } from "../lexicon/match";
import { classify } from "./classify";
import { findLabelled } from "./labelled";
import { findReported, type ReportedClause } from "./reported";
import { reportedKind } from "./reported/kind";
import { transcriptLabelAt, type MarkedSpan } from "./scan";
import { findMarked, type QuoteMarks } from "./style";
import type { QuoteCandidate } from "./types";

export { DEFAULT_INNER_MARKS, DEFAULT_OUTER_MARKS } from "./marks";
export { QUOTE_STYLES, type QuoteMarks, type QuoteStyle } from "./style";
export type { QuoteCandidate, QuoteMarkPair } from "./types";

/** What the quotes stage hands on: the quotations, and the quoted titles it found to be none. */
export interface FoundQuotes {
  /** In text order, a longer quotation before one it contains. */
  quotes: QuoteCandidate[];
  /**
   * The words of quoted titles (`on "Face the Nation"`, `CNN's "State of the Union"`), without their
   * marks, in text order: no quotation, and no later stage takes a name in them for a speaker.
   */
  titles: Span[];
}

/** A transcript's stage direction in capitals, not speech: `"(CROSSTALK.)`, `"[APPLAUSE]"`. */
const STAGE_DIRECTION = /^\s*[([]\p{Lu}[\p{Lu}\s,.'-]*[)\]]\.?\s*$/u;

/** Nouns that name a work or a programme right before or after its title (`book "..."`, `"..." radio program`). */
const WORK_NOUNS = new Set(["book", "anthem", "song", "show", "program", "programme", "series", "film", "movie", "album", "documentary", "podcast", "column", "novel", "memoir", "play"]);
const MINOR_WORDS = new Set(["a", "an", "the", "and", "or", "of", "on", "in", "to", "for", "at", "by", "with", "it's"]);

const MAX_TITLE_WORDS = 6;
const SPACE_RUN = /\s+/g;

/** How many runs of white space `text` has, counting no further than `max`. */
function spaceRunsUpTo(text: string, max: number): number {
  SPACE_RUN.lastIndex = 0;
  let runs = 0;
  while (runs < max && SPACE_RUN.exec(text)) runs++;
  return runs;
}

/** `Daniel “Kestrel” Moreau`: a nickname in marks inside a name, which nobody says. */
function isNickname(doc: Doc, span: MarkedSpan): boolean {
  if (span.closeAt < 0) return false;
  const close = nicknameClose(doc.tokens, tokenAt(doc, span.openAt));
  return close >= 0 && doc.tokens[close]!.start === span.closeAt;
}

/** Words in quotation marks that nobody says: a transcript's stage direction. */
function isStageDirection(doc: Doc, span: MarkedSpan): boolean {
  return STAGE_DIRECTION.test(doc.text.slice(span.contentStart, span.contentEnd));
}

/**
 * A programme, book or event title, not speech: a short quoted phrase whose every word is
 * capitalised, after a preposition or a possessive (`on "Face the Nation"`, `CNN's "State of the
 * Union"`, `her "Straight Talk" radio show`) or next to a noun naming a work (`book "..."`).
 */
function isTitle(doc: Doc, span: MarkedSpan): boolean {
  const content = doc.text.slice(span.contentStart, span.contentEnd);
  if (spaceRunsUpTo(content, MAX_TITLE_WORDS) >= MAX_TITLE_WORDS) return false; // most quotations: no need to split them
  const words = content.replace(/[.,!?]+$/, "").split(/\s+/);
  if (words.length > MAX_TITLE_WORDS || !words.every((w, k) => /^[\p{Lu}\d]/u.test(w) || (k > 0 && MINOR_WORDS.has(w.toLowerCase())))) return false;
  const at = tokenAt(doc, span.openAt);
  const before = doc.tokens[at - 1];
  const after = doc.tokens[tokenAt(doc, span.closeAt < 0 ? span.contentEnd : span.closeAt + 1)];
  const named = [doc.tokens[at - 2], before, after].some((t) => t && WORK_NOUNS.has(t.lower));
  return named || (!!before && (before.pos === "ADP" || isPossessiveS(before) || POSSESSIVE_DETERMINERS.has(before.lower)));
}

/** The second stage: quotations in marks (with nesting and multi-paragraph quotes) and reported speech. */
export function findQuotes(doc: Doc, marks: QuoteMarks, matcher: CueMatcher): FoundQuotes {
  const { text } = doc;
  const { scanText, outer, inner } = findMarked(text, doc.bodyStart, marks);
  const quotes: QuoteCandidate[] = [];
  // Kept beside `quotes` (same positions) until the ids are known: the index in `outer` of a
  // quotation in outer marks, and of the parent of a nested one (else -1).
  const outerIndex: number[] = [];
  const parentIndex: number[] = [];
  const add = (q: QuoteCandidate, outerK: number, parentK: number) => {
    quotes.push(q);
    outerIndex.push(outerK);
    parentIndex.push(parentK);
  };
  const titles: Span[] = [];
  outer.forEach((span, k) => {
    if (isStageDirection(doc, span) || isNickname(doc, span)) return;
    if (isTitle(doc, span)) titles.push({ text: text.slice(span.contentStart, span.contentEnd), start: span.contentStart, end: span.contentEnd });
    else add(fromMarks(text, scanText, span, doc.bodyStart, false), k, -1);
  });
  for (const span of inner) if (!isNickname(doc, span)) add(fromMarks(text, scanText, span, outer[span.parent!]!.contentStart, true), -1, span.parent!);
  // `quoted` and the quotes returned are built with push, not `map`: V8's optimised `map` (once
  // this function is hot) makes a holey array where the unoptimised one makes a packed one, and
  // the thirty-odd functions that read these arrays, compiled for packed ones, were then all
  // thrown away and compiled again (see docs/performance.md).
  const quoted: Array<readonly [number, number]> = [];
  for (const s of outer) quoted.push([s.openAt, s.closeAt >= 0 ? s.closeAt + 1 : s.contentEnd]);
  const reported = findReported(doc, matcher, quoted);
  quotes.forEach((q, k) => {
    const cue = q.open && parentIndex[k]! < 0 ? reported.leadIns.get(q.open.start) : undefined;
    if (cue) q.cueHint = { text: cue.text, start: cue.start, end: cue.end };
  });
  /** An indirect quote nested in another ("Lee said Ray claimed *the dam was safe*") -> that one. */
  const parents = new Map<QuoteCandidate, QuoteCandidate>();
  for (const q of indirectQuotes(doc, quoted, reported.clauses, parents)) add(q, -1, -1);
  // In text order, a longer quotation before one it contains (the sort is stable).
  const byPlace = quotes.map((_, k) => k).sort((a, b) => quotes[a]!.start - quotes[b]!.start || quotes[b]!.end - quotes[a]!.end);
  const idOfOuter: string[] = [];
  byPlace.forEach((k, place) => {
    quotes[k]!.id = `c${place + 1}`;
    if (outerIndex[k]! >= 0) idOfOuter[outerIndex[k]!] = quotes[k]!.id;
  });
  // (A nested quotation in a title, which is no quotation, keeps no parent.)
  quotes.forEach((q, k) => {
    if (parentIndex[k]! >= 0) q.parentId = idOfOuter[parentIndex[k]!]!;
  });
  for (const [q, parent] of parents) q.parentId = parent.id;
  const inPlace: QuoteCandidate[] = [];
  for (const k of byPlace) inPlace.push(quotes[k]!);
  return { quotes: inPlace, titles };
}

/**
 * The candidate of a quotation in marks; a nested one gets its parent's id later. `scanText` is
 * the text the marks were paired in (a doubled single mark read as one double mark).
 */
function fromMarks(text: string, scanText: string, span: MarkedSpan, floor: number, nested: boolean): QuoteCandidate {
  // A transcript label ("WALLACE: ") names the speaker; it is not part of the words.
  const at = transcriptLabelAt(text.slice(span.contentStart, span.contentStart + 40));
  let label: Span | undefined;
  if (at && span.contentStart + at.wordsAt < span.contentEnd) {
    const start = span.contentStart + at.nameStart;
    const end = span.contentStart + at.nameEnd;
    label = { text: text.slice(start, end), start, end };
    span = { ...span, contentStart: span.contentStart + at.wordsAt };
  }
  const words = text.slice(span.contentStart, span.contentEnd);
  // A double mark typed as two single ones (`‘‘`) is one mark of two characters.
  const openStart = scanText[span.openAt - 1] === text[span.openAt - 1] ? span.openAt : span.openAt - 1;
  const q: QuoteCandidate = {
    id: "",
    type: classify(scanText, span, floor),
    text: words,
    start: span.contentStart,
    end: span.contentEnd,
    open: { text: text.slice(openStart, span.openAt + 1), start: openStart, end: span.openAt + 1 },
    words: countWords(words),
  };
  if (span.closeAt >= 0) {
    const closeEnd = scanText[span.closeAt + 1] === text[span.closeAt + 1] ? span.closeAt + 1 : span.closeAt + 2;
    q.close = { text: text.slice(span.closeAt, closeEnd), start: span.closeAt, end: closeEnd };
  }
  if (label) q.label = label;
  if (nested) q.parentId = ""; // set once the parent's id is known
  return q;
}

/** Reported speech: a headline's labelled claims ("Obama: ..."), then the clauses of cues they do not overlap. */
function indirectQuotes(doc: Doc, quoted: ReadonlyArray<readonly [number, number]>, clauses: readonly ReportedClause[], parents: Map<QuoteCandidate, QuoteCandidate>): QuoteCandidate[] {
  const { text } = doc;
  const out: QuoteCandidate[] = [];
  const labelled = findLabelled(doc, quoted);
  for (const claim of labelled) {
    const claimText = text.slice(claim.start, claim.end);
    out.push({ id: "", type: "indirect", kind: "speech", text: claimText, start: claim.start, end: claim.end, label: claim.label, words: countWords(claimText) });
  }
  /** The quote of each clause, by where its cue starts: a nested clause finds its parent's. */
  const byCue = new Map<number, QuoteCandidate>();
  for (const clause of clauses) {
    // A headline's claim already is what its source said: "Obama: Americans Will Say No to Trump".
    if (labelled.some((c) => c.start < clause.end && c.end > clause.start)) continue;
    const clauseText = text.slice(clause.start, clause.end);
    const q: QuoteCandidate = {
      id: "", type: "indirect", kind: reportedKind(clause.cue.text), text: clauseText, start: clause.start, end: clause.end,
      cueHint: { text: clause.cue.text, start: clause.cue.start, end: clause.cue.end },
      words: countWords(clauseText),
    };
    const parent = clause.parentCue === undefined ? undefined : byCue.get(clause.parentCue);
    if (parent) parents.set(q, parent);
    byCue.set(clause.cue.start, q);
    out.push(q);
  }
  return out;
}
