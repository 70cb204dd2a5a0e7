import { isSpace, isWordChar } from "./marks";
import { continuesAcross, trimContent, type MarkedSpan } from "./scan";
import type { QuoteMarkPair } from "./types";

/** Single quotation marks as outer marks (British style), curly and straight. */
export const SINGLE_MARKS: readonly QuoteMarkPair[] = [
  { open: "\u2018", close: "\u2019" },
  { open: "'", close: "'" },
];

/**
 * What one single mark is doing. `possessive` is a closing mark that may also be a plural
 * possessive (`the players' decision`): it closes a quotation only when no plain closing mark
 * follows in the paragraph.
 */
type Role = "open" | "close" | "possessive" | "apostrophe";

interface SingleMark {
  at: number;
  role: Role;
}

const SINGLE_OR_BREAK = /['\u2018\u2019]|[\n\r\u2028\u2029]/g;
const LINE_BREAK = /[\n\r\u2028\u2029]/;
/** What may stand right before an opening mark besides a space. */
const BEFORE_OPENING = "([{\u2014\u2013-/:;,\"\u201C";
/** Words shortened at their start: `'90s`, `'em`, `rock 'n' roll`, `'tis`. */
const ELIDED_WORD = /^(?:\d0s|\d\ds|em|til|cause|cos|tis|twas|bout|n['\u2018\u2019](?=\s))(?![\p{L}\p{N}])/iu;
/** A year cut to two digits after a word that takes one: `class of '89`, `since '16`. */
const ELIDED_YEAR = /(?:^|\s)(?:of|in|since|until|from|to|and|the|by|mid|summer|winter|spring|autumn|fall)[ \u00A0]$/i;
const YEAR_DIGITS = /^\d\d(?![\p{L}\p{N}])/u;

/**
 * The single marks of `text` from `from` on, each with its role, and the line breaks (role-less,
 * kept as paragraph ends). A mark between two letters or digits is an apostrophe (`club's`,
 * `We'll`, `o'clock`, `O'Brien`), and so is one that starts an elided word (`'90s`, `'n'`).
 */
function singleMarks(text: string, from: number): Array<SingleMark | { at: number; role: "break" }> {
  const found: Array<SingleMark | { at: number; role: "break" }> = [];
  SINGLE_OR_BREAK.lastIndex = from;
  for (let m = SINGLE_OR_BREAK.exec(text); m; m = SINGLE_OR_BREAK.exec(text)) {
    const i = m.index;
    if (LINE_BREAK.test(m[0])) {
      found.push({ at: i, role: "break" });
      continue;
    }
    const elided = elidedAt(text, i);
    if (elided) {
      found.push({ at: i, role: "apostrophe" });
      // The second mark of `'n'` is part of the same word.
      if (elided > 1) SINGLE_OR_BREAK.lastIndex = i + elided;
      continue;
    }
    found.push({ at: i, role: roleAt(text, i) });
  }
  return found;
}

/** How many characters an elision starting with the mark at `i` spans up to its last mark (0: none). */
function elidedAt(text: string, i: number): number {
  const before = text[i - 1];
  if (!(isSpace(before) || before === "(" || before === "\u2014")) return 0;
  const after = text.slice(i + 1, i + 8);
  const m = ELIDED_WORD.exec(after);
  if (m) return /^n./i.test(m[0]) ? 3 : 1;
  return YEAR_DIGITS.test(after) && ELIDED_YEAR.test(text.slice(Math.max(0, i - 12), i)) ? 1 : 0;
}

function roleAt(text: string, i: number): Role {
  const ch = text[i]!;
  const before = text[i - 1];
  const after = text[i + 1];
  if (isWordChar(before) && isWordChar(after)) return "apostrophe";
  const opens = !isSpace(after) && (isSpace(before) || BEFORE_OPENING.includes(before!));
  const closes = !isSpace(before) && !isWordChar(after);
  if (opens === closes) return "apostrophe"; // `a ' b`, `(',`: neither or both
  if (opens) {
    // A right mark before a word is an apostrophe (`’burbs`) unless it opens a sentence (`’We won,’`).
    return ch !== "\u2019" || /\p{Lu}/u.test(after!) ? "open" : "apostrophe";
  }
  // Before a lower-case word, also one in nested double marks (`the fans’ “betrayal” banners`).
  return /s/i.test(before!) && /^[ \u00A0]["\u201C]?\p{Ll}/u.test(text.slice(i + 1, i + 4)) ? "possessive" : "close";
}

/**
 * Finds quotations in single marks, as British and many other newsrooms write them, from `from`
 * on. Apostrophes are told from marks by their context (see `singleMarks`). A quotation may run
 * over several paragraphs: each new paragraph reopens it (`‘...¶‘...’`), or the next paragraph
 * closes it without reopening (`‘...¶...’`). An opening mark never closed ends its paragraph when it
 * opens the paragraph or follows a colon; elsewhere it is taken for a stray apostrophe.
 */
export function scanSingles(text: string, from: number): MarkedSpan[] {
  const marks = singleMarks(text, from);
  const closeAhead = plainClosesAhead(marks);
  const spans: MarkedSpan[] = [];
  let open: SingleMark | null = null;

  const emit = (closeAt: number, contentEnd: number) => {
    const at = open!.at;
    open = null;
    if (closeAt < 0 && !opensParagraphOrFollowsColon(text, at)) return;
    const [s, e] = trimContent(text, at + 1, contentEnd);
    const pair = text[at] === "'" ? SINGLE_MARKS[1]! : SINGLE_MARKS[0]!;
    if (e > s) spans.push({ openAt: at, closeAt, contentStart: s, contentEnd: e, pair });
  };

  for (let k = 0; k < marks.length; k++) {
    const mark = marks[k]!;
    if (mark.role === "break") {
      if (!open) continue;
      const next = firstMarkOfNextParagraph(text, marks, k);
      if (next < 0) {
        emit(-1, mark.at);
        continue;
      }
      const nextMark = marks[next]! as SingleMark;
      const reopens = nextMark.role === "open" && onlySpaceBetween(text, mark.at, nextMark.at);
      if (reopens) k = next; // the next paragraph reopens the same quotation
      else if (nextMark.role !== "close" || !continuesAcross(text, mark.at, paragraphStart(text, mark.at))) emit(-1, mark.at);
      else k = next - 1; // that paragraph closes it
      continue;
    }
    if (mark.role === "apostrophe") continue;
    if (!open) {
      if (mark.role === "open") open = mark;
      continue;
    }
    if (mark.role === "close" || (mark.role === "possessive" && !closeAhead[k])) emit(mark.at, mark.at);
    else if (mark.role === "open") {
      emit(-1, mark.at); // a new quotation opens before the last one closed
      open = mark;
    }
  }
  if (open) emit(-1, text.length);
  return spans;
}

/** Index in `marks` of the first mark (not a break, not an apostrophe) in the paragraph after the break at `k`, or -1. */
function firstMarkOfNextParagraph(text: string, marks: ReadonlyArray<{ at: number; role: string }>, k: number): number {
  let j = k + 1;
  // Blank lines between the paragraphs are one paragraph break.
  while (j < marks.length && marks[j]!.role === "break" && onlySpaceBetween(text, marks[j - 1]!.at, marks[j]!.at)) j++;
  for (; j < marks.length; j++) {
    const role = marks[j]!.role;
    if (role === "break") return -1;
    if (role !== "apostrophe") return j;
  }
  return -1;
}

/** For each mark, whether a plain closing mark follows it in its paragraph (one pass from the end). */
function plainClosesAhead(marks: ReadonlyArray<{ role: string }>): boolean[] {
  const ahead = new Array<boolean>(marks.length);
  let seen = false;
  for (let k = marks.length - 1; k >= 0; k--) {
    ahead[k] = seen;
    const role = marks[k]!.role;
    if (role === "break") seen = false;
    else if (role === "close") seen = true;
  }
  return ahead;
}

function onlySpaceBetween(text: string, a: number, b: number): boolean {
  for (let i = a + 1; i < b; i++) if (!isSpace(text[i])) return false;
  return true;
}

/** Where the next paragraph starts after the line break at `at`. */
function paragraphStart(text: string, at: number): number {
  let i = at;
  while (i < text.length && isSpace(text[i])) i++;
  return i;
}

function opensParagraphOrFollowsColon(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "\t" || text[i] === "\u00A0")) i--;
  return i < 0 || LINE_BREAK.test(text[i]!) || text[i] === ":";
}
