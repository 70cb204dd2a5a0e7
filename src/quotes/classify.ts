import { isSpace } from "./marks";
import type { MarkedSpan } from "./scan";

const CLAUSE_END = ".?!:;";
const CONTENT_END = ".?!,\u2026\u2014-";
const AFTER_CLOSE = ",.?!;:\u2014\u2013-)";

/**
 * `direct` when the quotation is one or more whole sentences: it starts where a sentence starts
 * (paragraph start, after . ? ! : or another quote) with a capital or a bracket, and it ends a
 * clause. Anything else is a fragment of the writer's own sentence: `partial`.
 */
export function classify(text: string, span: MarkedSpan, floor: number): "direct" | "partial" {
  return (startsClause(text, span, floor) || resumesBrokenQuote(text, span, floor)) && endsClause(text, span) ? "direct" : "partial";
}

/** How far back (in characters) the first half of a quotation broken by its attribution may close. */
const MAX_BREAK = 60;

/**
 * `"Look," said Park, "we have no choice."`: the second half of a sentence quoted in two, with
 * the attribution between, is whole sentences too: right after a comma, when the quotation
 * before it closed on a comma, and the attribution between holds no comma, line break, "?" or "!"
 * (a full stop may be "Mr.").
 */
function resumesBrokenQuote(text: string, span: MarkedSpan, floor: number): boolean {
  let i = span.openAt - 1;
  while (i >= floor && text[i] === " ") i--;
  if (text[i] !== ",") return false;
  const between = text.slice(Math.max(floor, i - MAX_BREAK), i);
  const close = Math.max(between.lastIndexOf('"'), between.lastIndexOf("\u201D"));
  return close > 0 && between[close - 1] === "," && !/[,?!\n\r"\u201C]/u.test(between.slice(close + 1));
}

function startsClause(text: string, span: MarkedSpan, floor: number): boolean {
  const first = text[span.contentStart] ?? "";
  if (/\p{Ll}/u.test(first)) return false;
  let i = span.openAt - 1;
  while (i >= floor && isSpace(text[i]) && text[i] !== "\n" && text[i] !== "\r") i--;
  if (i < floor || text[i] === "\n" || text[i] === "\r") return true;
  const ch = text[i]!;
  if (CLAUSE_END.includes(ch) || ch === "\u2014" || ch === "(") return true;
  // Right after another quotation that itself ended a sentence: "Yes." "No."
  return /["\u201D\u2019]/.test(ch) && CLAUSE_END.includes(text[i - 1] ?? "");
}

function endsClause(text: string, span: MarkedSpan): boolean {
  if (span.closeAt < 0) return true;
  if (CONTENT_END.includes(text[span.closeAt - 1] ?? "")) return true;
  let i = span.closeAt + 1;
  while (i < text.length && text[i] === " ") i++;
  return i >= text.length || AFTER_CLOSE.includes(text[i]!) || text[i] === "\n" || text[i] === "\r";
}
