import { partitionPoint } from "../document/sorted";
import { isSpace, looksLikeClosing, looksLikeOpening, markSet, type MarkSet } from "./marks";
import type { QuoteMarkPair } from "./types";

/** A pair of marks found in the text, before it is classified. */
export interface MarkedSpan {
  openAt: number;
  /** Index of the closing mark, or -1 when the quote was never closed. */
  closeAt: number;
  contentStart: number;
  contentEnd: number;
  pair: QuoteMarkPair;
  /** Index of the enclosing marked span, for nested ones. */
  parent?: number;
}

const LINE_BREAK_CLASS = "\\n\\r\\u2028\\u2029";
const LINE_BREAK = new RegExp(`[${LINE_BREAK_CLASS}]`);
/**
 * A speaker label opening a transcript paragraph: `"WALLACE: ...`, with a stage note in parentheses
 * before the colon (`RAMÓN OCHOA (through translator): ...`). Each label starts a new quote.
 */
const TRANSCRIPT_LABEL = /^(\p{Lu}[\p{Lu}.'\- ]{1,30}?)(?: \([^()\n]{1,30}\))?:\s/u;

/**
 * A parliamentary record's label (Hansard style): an honorific and a name, or "The" and an office
 * ("The Prime Minister", "The Minister for Health"; not a book's "The Fixers: ..."),
 * then up to two parentheses (constituency, party) and a colon: `Mr Ray Lund (Leeds North) (Lab): `,
 * `The Prime Minister: `. The name is the first group.
 */
const RECORD_LABEL = /^((?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness)\.? \p{Lu}[\p{L}'\-]*(?: \p{Lu}[\p{L}'\-]*){0,3})|The (?:(?:Deputy|First|Prime|Chief|Home|Foreign) )?(?:Minister|Speaker|Chair|Chairman|Chairwoman|Premier|President|Secretary|Leader)(?: (?:of|for) (?:the )?\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2})?)(?: \([^()\n]{1,40}\)){0,2}:\s/u;

/** A transcript label in Markdown bold, the colon inside or outside it: `**HALE:** ...`, `__HALE__: ...`. */
const EMPHASISED_LABEL = /^(\*\*|__)(\p{Lu}[\p{Lu}.'\- ]{1,30}?)(?:\1:|:\1)\s/u;

/** The transcript label that `text` opens with: where its name starts and ends, and where the words start. */
export function transcriptLabelAt(text: string): { nameStart: number; nameEnd: number; wordsAt: number } | null {
  const m = TRANSCRIPT_LABEL.exec(text);
  if (m) return { nameStart: 0, nameEnd: m[1]!.trimEnd().length, wordsAt: m[0].length };
  const record = RECORD_LABEL.exec(text);
  if (record) return { nameStart: 0, nameEnd: record[1]!.length, wordsAt: record[0].length };
  const emphasised = EMPHASISED_LABEL.exec(text);
  if (!emphasised) return null;
  const nameStart = emphasised[1]!.length;
  return { nameStart, nameEnd: nameStart + emphasised[2]!.trimEnd().length, wordsAt: emphasised[0].length };
}

function escapeClass(chars: Iterable<string>): string {
  return [...new Set(chars)].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).join("");
}

/** Content between the marks, without surrounding spaces and a trailing comma. */
export function trimContent(text: string, start: number, end: number): [number, number] {
  while (start < end && isSpace(text[start])) start++;
  while (end > start && (isSpace(text[end - 1]) || text[end - 1] === ",")) end--;
  return [start, end];
}

/**
 * Finds the outer quotations: pairs of double quotes, also over several paragraphs (a paragraph
 * that ends inside a quote and a next paragraph that reopens it continue one quotation). An
 * unclosed quote ends at the end of its paragraph. Straight quotes are paired by their context.
 */
export function scanOuter(text: string, from: number, pairs: readonly QuoteMarkPair[]): MarkedSpan[] {
  const { marks, anyMark: pattern } = markTables(pairs);
  pattern.lastIndex = from;
  const spans: MarkedSpan[] = [];
  let open: { at: number; pair: QuoteMarkPair } | null = null;

  const emit = (closeAt: number, contentEnd: number) => {
    if (!open) return;
    const [s, e] = trimContent(text, open.at + 1, contentEnd);
    if (e > s) spans.push({ openAt: open.at, closeAt, contentStart: s, contentEnd: e, pair: open.pair });
    open = null;
  };

  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const i = m.index;
    const ch = m[0];
    if (LINE_BREAK.test(ch)) {
      if (!open) continue;
      let next = i;
      while (next < text.length && isSpace(text[next])) next++;
      // Only a mark of the same style reopens: `"A` then `“B”` is an unclosed quote, then another.
      if (openingPair(text, next, marks) === open.pair && !TRANSCRIPT_LABEL.test(text.slice(next + 1, next + 40))) {
        pattern.lastIndex = next + 1; // the next paragraph reopens the same quotation
      } else if (!(continuesAcross(text, i, next) && closedInParagraph(text, next, open.pair, marks))) {
        emit(-1, i);
      }
      continue;
    }
    if (open) {
      const current: { at: number; pair: QuoteMarkPair } = open;
      const symmetric = current.pair.open === current.pair.close;
      const closesHere = ch === current.pair.close && (!symmetric || looksLikeClosing(text, i) || !looksLikeOpening(text, i));
      // Mixed styles are common in copy-edited news: `“Immunity deals ...," Chaffetz said`.
      const otherCloser = ch !== current.pair.close && marks.closes.has(ch) && looksLikeClosing(text, i) && !looksLikeOpening(text, i);
      // An opening mark typed for the closing one: `“It's unusual,“ said Dora Pike`.
      const openerAsCloser = !symmetric && ch === current.pair.open && looksLikeClosing(text, i) && !looksLikeOpening(text, i);
      if (closesHere || otherCloser || openerAsCloser) {
        emit(i, i);
      } else if (!symmetric && ch === current.pair.open) {
        emit(-1, i); // a new quotation opens before the last one closed
        open = { at: i, pair: current.pair };
      }
      continue;
    }
    const pair = openingPair(text, i, marks);
    if (pair) open = { at: i, pair };
  }
  if (open) emit(-1, text.length);
  return spans;
}

/**
 * Whether a quotation left open at the line break at `at` may go on in the paragraph starting at
 * `next` without a new opening mark: when the line stops mid-sentence (`...participate
 * personally¶in caucuses."`) or a blank line breaks the quotation. A single line break after a
 * full sentence is no such break: it often sets off the speaker's name (`...the bomb.¶Donald Trump."`).
 */
export function continuesAcross(text: string, at: number, next: number): boolean {
  let k = at - 1;
  while (k >= 0 && isSpace(text[k]) && !LINE_BREAK.test(text[k]!)) k--;
  if (k >= 0 && !/[.?!:\u2026]/.test(text[k]!)) return true;
  let breaks = 0;
  for (let j = at; j < next; j++) if (text[j] === "\n" || text[j] === "\u2029" || (text[j] === "\r" && text[j + 1] !== "\n")) breaks++;
  return breaks >= 2;
}

/**
 * Whether the paragraph starting at `start` closes a quotation left open by the paragraph before,
 * without reopening it (`"We will not give up.¶We will win," she said.`): its first mark is a
 * closing mark of the same style that cannot be an opening one.
 */
function closedInParagraph(text: string, start: number, pair: QuoteMarkPair, marks: MarkSet): boolean {
  for (let i = start; i < text.length && !LINE_BREAK.test(text[i]!); i++) {
    const ch = text[i]!;
    if (!marks.closes.has(ch) && !marks.opens.has(ch)) continue;
    return ch === pair.close && looksLikeClosing(text, i) && !looksLikeOpening(text, i);
  }
  return false;
}

function openingPair(text: string, i: number, marks: MarkSet): QuoteMarkPair | undefined {
  const candidates = marks.opens.get(text[i]!);
  if (!candidates) return misusedCloser(text, i, marks);
  const pair = candidates[0]!;
  if (pair.open === pair.close && !looksLikeOpening(text, i)) return undefined;
  return pair;
}

/**
 * A closing mark typed where a quotation opens (`”Fear. I am truly afraid ...”`, also before an
 * ellipsis: `” … what I learned`): it opens the pair it closes. At the start of a paragraph, where
 * nothing can be closing; elsewhere only before a word and when the same mark closes it later in
 * the paragraph (`she said, ”We won.”`).
 */
function misusedCloser(text: string, i: number, marks: MarkSet): QuoteMarkPair | undefined {
  if (!marks.closes.has(text[i]!) || !(looksLikeOpening(text, i) || ELLIPSIS_AFTER.test(text.slice(i + 1, i + 6)))) return undefined;
  let k = i - 1;
  while (k >= 0 && (text[k] === " " || text[k] === "\t")) k--;
  if (k >= 0 && !LINE_BREAK.test(text[k]!) && !(looksLikeOpening(text, i) && closedLaterInLine(text, i))) return undefined;
  for (const pairs of marks.opens.values()) for (const pair of pairs) if (pair.close === text[i] && pair.open !== pair.close) return pair;
  return undefined;
}

/** Whether the mark at `i` comes again, as a closing mark, before the line ends. */
function closedLaterInLine(text: string, i: number): boolean {
  for (let j = i + 1; j < text.length && !LINE_BREAK.test(text[j]!); j++) {
    if (text[j] === text[i]) return looksLikeClosing(text, j) && !looksLikeOpening(text, j);
  }
  return false;
}

/** An elided start after an opening mark: `” … what I learned`. */
const ELLIPSIS_AFTER = /^[ \t\u00A0]*(?:\u2026|\.\.\.)/;
const ELISION = /^'(\d\ds|em|til|cause|n'|tis)\b/i;
/** Single quotes double as apostrophes, so only they need their context checked; "‹ ›" do not. */
const APOSTROPHE_LIKE = new Set(["'", "\u2018", "\u2019"]);

/**
 * Finds quotations nested inside each outer one, marked with the inner pairs (single quotes).
 * A mark between two letters is an apostrophe (Russia's); a closing mark after "s" and before a
 * lower-case word is a possessive (players' union) unless no other closing mark follows.
 */
export function scanInner(text: string, outer: readonly MarkedSpan[], pairs: readonly QuoteMarkPair[]): MarkedSpan[] {
  // The marks are found by a regular expression over each quotation (scanning is native code);
  // the few characters found are then checked one by one.
  const { marks, opening, closing } = markTables(pairs);
  const found: MarkedSpan[] = [];
  outer.forEach((parent, parentIndex) => {
    const from = parent.contentStart;
    const content = text.slice(from, parent.contentEnd);
    let closes: ClosingMarks | null = null;
    opening.lastIndex = 0;
    for (let m = opening.exec(content); m; m = opening.exec(content)) {
      const i = from + m.index;
      const pair = marks.opens.get(m[0])![0]!;
      if (APOSTROPHE_LIKE.has(pair.open) && (!looksLikeOpening(text, i) || ELISION.test(text.slice(i, i + 6)))) continue;
      closes ??= new ClosingMarks(text, from, content, closing, marks.closes);
      const closeAt = closes.after(i, pair.close);
      if (closeAt < 0) continue;
      const [s, e] = trimContent(text, i + 1, closeAt);
      if (e > s) found.push({ openAt: i, closeAt, contentStart: s, contentEnd: e, pair, parent: parentIndex });
      opening.lastIndex = closeAt - from + 1;
    }
  });
  return found;
}

/** A list of pairs' lookup tables and the global patterns that find their marks. */
interface MarkTables {
  marks: MarkSet;
  /** Any mark, or a line break. */
  anyMark: RegExp;
  opening: RegExp;
  /** A closing mark, or a line break. */
  closing: RegExp;
}

/** Built once per list: the extractor keeps its lists of pairs, and every article reads them. */
const tablesOf = new WeakMap<readonly QuoteMarkPair[], MarkTables>();

function markTables(pairs: readonly QuoteMarkPair[]): MarkTables {
  let tables = tablesOf.get(pairs);
  if (!tables) {
    const marks = markSet(pairs);
    tables = {
      marks,
      anyMark: charPattern([...marks.opens.keys(), ...marks.closes], LINE_BREAK_CLASS),
      opening: charPattern(marks.opens.keys()),
      closing: charPattern(marks.closes, LINE_BREAK_CLASS),
    };
    tablesOf.set(pairs, tables);
  }
  return tables;
}

/** A global pattern matching any one of `chars` (and the classes in `extra`). */
function charPattern(chars: Iterable<string>, extra = ""): RegExp {
  const members = escapeClass(chars) + extra;
  return new RegExp(members ? `[${members}]` : "[^\\s\\S]", "g");
}

/**
 * The closing marks of one quotation (`content`, which starts at `from` in `text`), listed once,
 * so that finding the close of each opening mark is a binary search rather than a scan to the end
 * of the quotation (quadratic with many unmatched marks). `pattern` finds the closing marks and
 * line breaks.
 */
class ClosingMarks {
  private readonly limit: number;
  private readonly lineBreaks: number[] = [];
  private readonly plain = new Map<string, number[]>();
  private readonly possessive = new Map<string, number[]>();

  constructor(text: string, from: number, content: string, pattern: RegExp, closeChars: ReadonlySet<string>) {
    this.limit = from + content.length;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(content); m; m = pattern.exec(content)) {
      const j = from + m.index;
      const ch = m[0];
      if (LINE_BREAK.test(ch)) this.lineBreaks.push(j);
      if (!closeChars.has(ch)) continue;
      // Only marks that double as apostrophes need their context checked (‹ › do not).
      const apostrophe = APOSTROPHE_LIKE.has(ch);
      if (apostrophe && !looksLikeClosing(text, j)) continue;
      const isPossessive = apostrophe && /s/i.test(text[j - 1] ?? "") && /^ \p{Ll}/u.test(text.slice(j + 1, j + 3));
      const lists = isPossessive ? this.possessive : this.plain;
      const list = lists.get(ch);
      if (list) list.push(j);
      else lists.set(ch, [j]);
    }
  }

  /** The first closing `mark` after `i` in the same line, not a possessive; else the first possessive one; else -1. */
  after(i: number, mark: string): number {
    const lineEnd = firstAfter(this.lineBreaks, i);
    const end = lineEnd < 0 ? this.limit : lineEnd;
    const p = firstAfter(this.plain.get(mark), i);
    if (p >= 0 && p < end) return p;
    const q = firstAfter(this.possessive.get(mark), i);
    return q >= 0 && q < end ? q : -1;
  }
}

/** The first element greater than `i` of a sorted list, or -1. */
function firstAfter(list: readonly number[] | undefined, i: number): number {
  if (!list) return -1;
  const k = firstGreater(list, i);
  return k < list.length ? list[k]! : -1;
}

/** Index of the first element greater than `x` in a sorted list. */
function firstGreater(list: readonly number[], x: number): number {
  return partitionPoint(0, list.length, (i) => list[i]! <= x);
}
