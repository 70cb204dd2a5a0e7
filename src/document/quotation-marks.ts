import type { Token } from "./types";

/** Curly and doubled marks that open a quotation; the straight mark is read by {@link straightMarkShape}. */
export const OPENING_MARKS: ReadonlySet<string> = new Set(["\u201c", "``", "\u2018"]);
/** Curly and doubled marks that close a quotation. */
export const CLOSING_MARKS: ReadonlySet<string> = new Set(["\u201d", "''", "\u2019"]);

/** The straight marks, which may open or close a quotation. */
const STRAIGHT_MARKS: ReadonlySet<string> = new Set(['"', "'"]);
/** Marks that may close a quotation: the curly and doubled ones, and the straight ones (which may also open one). */
export const CLOSING_OR_STRAIGHT: ReadonlySet<string> = new Set([...CLOSING_MARKS, ...STRAIGHT_MARKS]);
/** Marks that may open a quotation: the curly and doubled ones, and the straight ones (which may also close one). */
export const OPENING_OR_STRAIGHT: ReadonlySet<string> = new Set([...OPENING_MARKS, ...STRAIGHT_MARKS]);

/**
 * The double marks, straight, curly and guillemets: what a quotation of speech opens or closes
 * with in running text, never an apostrophe ("the farmers' association", "Lee’s") nor a single mark.
 */
export const DOUBLE_MARKS: ReadonlySet<string> = new Set(['"', "\u201c", "\u201d", "\u00ab", "\u00bb"]);

/** Whether a token is a double quotation mark ({@link DOUBLE_MARKS}). */
export function isDoubleQuotationMark(t: Token): boolean {
  return DOUBLE_MARKS.has(t.text);
}

/** Whether a token is a quotation mark, opening, closing or straight (a curly apostrophe is one too). */
export function isQuotationMark(t: Token): boolean {
  return OPENING_OR_STRAIGHT.has(t.text) || CLOSING_MARKS.has(t.text);
}

/** Whether the straight mark at `k` opens or closes a quotation by the spaces around it; `undefined` when they do not say. */
export function straightMarkShape(tokens: readonly Token[], k: number): "opening" | "closing" | undefined {
  const mark = tokens[k]!;
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  const joinsBefore = !!before && before.end === mark.start;
  const joinsAfter = !!after && after.start === mark.end;
  if (joinsAfter && !joinsBefore) return "opening";
  if (joinsBefore && !joinsAfter) return "closing";
  return undefined;
}
