import type { Token } from "../document/types";
import type { GoldSpan } from "../eval/gold";
import { extentOf, sentenceOf, spansText, tokensIn, type CorpusDocument } from "./corpus";
import { cueCore } from "./cue-core";
import { SUBJECT_TAGS, WH_WORDS } from "./word-lists";
import { lowerForm, words } from "./words";

/**
 * A Content holding one of these is a quotation. Unlike the scorer's QUOTE_MARK_PATTERN, `''` is
 * not one: the trainer reads the text as written, where the quote scan does not pair `''` either
 * (counting them lowered the dev figures: see docs/training.md).
 */
const QUOTATION_MARK = /["\u201C\u201D]/;

/** Where the Content lies relative to its Cue. */
export type ContentPosition = "after" | "before" | "around" | "overlap";
/** What a Cue takes: a quotation, a that-clause, a clause without that, to + verb, a wh-clause, a noun phrase. */
export type Complement = "quote" | "that" | "clause" | "to" | "wh" | "np";

/** Where the Source of a relation is, relative to its Cue. */
export interface SourceFacts {
  start: number;
  end: number;
  /** Lowercase text, `’` as `'`. */
  lower: string;
  position: "before" | "after" | "overlap";
  /** The Source edge nearest the Cue is in the Cue's sentence. */
  sameSentence: boolean;
  /** Only white space between Source and Cue. */
  adjacent: boolean;
  /** Words between Source and Cue. */
  gapWords: number;
}

/** One annotated relation with a Cue and a Content, and what the trainer reads off it. */
export interface TrainingRelation {
  document: CorpusDocument;
  eventType: string;
  /** Extent of the Cue. */
  cue: { start: number; end: number };
  /** Distinct cores of the Cue's fragments ("has said" -> "said"). */
  cores: string[];
  /** Content fragments, sorted. */
  content: GoldSpan[];
  /** The Content holds a double quotation mark. */
  isQuote: boolean;
  contentPosition: ContentPosition;
  /** First and last offset of the Content. */
  contentStart: number;
  contentEnd: number;
  /** The complement type for a Content after its Cue, else its position. */
  complement: Complement | Exclude<ContentPosition, "after">;
  /** What the Cue takes (for `takes`). */
  argument: Complement;
  source: SourceFacts | null;
}

/** The relations of the corpus with a Cue and a Content, and how many have neither (degenerate). */
export function relationsOf(documents: readonly CorpusDocument[]): { relations: TrainingRelation[]; degenerate: number } {
  const relations: TrainingRelation[] = [];
  let degenerate = 0;
  for (const document of documents) {
    for (const relation of document.annotations.relations) {
      if (!relation.cue || relation.content.length === 0) {
        degenerate++;
        continue;
      }
      relations.push(readRelation(document, relation.eventType, relation.cue, relation.content, relation.source, QUOTATION_MARK.test(spansText(relation.content))));
    }
  }
  return { relations, degenerate };
}

function readRelation(
  document: CorpusDocument,
  eventType: string,
  cueSpans: readonly GoldSpan[],
  content: GoldSpan[],
  sourceSpans: readonly GoldSpan[] | null,
  isQuote: boolean,
): TrainingRelation {
  const cue = extentOf(cueSpans);
  const cores = [...new Set(cueSpans.map((span) => cueCore(words(span.text).map((w) => w.w)).join(" ")).filter(Boolean))];
  const contentStart = content[0]!.start;
  const contentEnd = Math.max(...content.map((span) => span.end));
  const contentPosition: ContentPosition =
    contentStart >= cue.end ? "after" : contentEnd <= cue.start ? "before" : contentStart < cue.start && contentEnd > cue.end ? "around" : "overlap";
  const complement = contentPosition === "after" ? complementType(document, cue, content[0]!) : contentPosition;
  const argument: Complement = isQuote
    ? "quote"
    : contentPosition === "after"
      ? (complement as Complement)
      : isClause(tokensIn(document, contentStart, contentEnd))
        ? "clause"
        : "np";
  return {
    document,
    eventType,
    cue,
    cores,
    content,
    isQuote,
    contentPosition,
    contentStart,
    contentEnd,
    complement,
    argument,
    source: sourceSpans ? sourceFacts(document, cue, sourceSpans) : null,
  };
}

function sourceFacts(document: CorpusDocument, cue: { start: number; end: number }, spans: readonly GoldSpan[]): SourceFacts {
  const { start, end } = extentOf(spans);
  const { text } = document;
  const position = end <= cue.start ? "before" : start >= cue.end ? "after" : "overlap";
  const nearest = position === "before" ? end : start;
  const gap = position === "before" ? text.slice(end, cue.start) : position === "after" ? text.slice(cue.end, start) : "";
  return {
    start,
    end,
    lower: lowerForm(spansText(spans).trim()),
    position,
    sameSentence: sentenceOf(document, nearest) === sentenceOf(document, position === "before" ? cue.start : cue.end - 1),
    adjacent: position !== "overlap" && /^\s*$/.test(gap),
    gapWords: words(gap).length,
  };
}

/** Complement type of a Content that follows its Cue. */
function complementType(document: CorpusDocument, cue: { end: number }, first: GoldSpan): Complement {
  const { text } = document;
  const gap = words(text.slice(cue.end, first.start));
  const contentWords = words(text.slice(first.start, Math.min(first.end, first.start + 200)));
  const firstWord = contentWords[0]?.w;
  const lastGap = gap[gap.length - 1]?.w;
  if (/^\s*["\u201C]/.test(first.text)) return "quote";
  if (firstWord === "that" || lastGap === "that") return "that";
  if (firstWord === "to" || lastGap === "to") return "to";
  if (WH_WORDS.has(firstWord ?? "")) return "wh";
  return isClause(tokensIn(document, first.start, first.end)) ? "clause" : "np";
}

/** A subject before a verb (wink POS). */
export function isClause(tokens: readonly Token[]): boolean {
  const verb = tokens.findIndex((t) => t.pos === "VERB" || t.pos === "AUX");
  return verb > 0 && tokens.slice(0, verb).some((t) => SUBJECT_TAGS.has(t.pos));
}
