import type { Token } from "../document/types";

/** Curly and doubled marks that open a quotation; the straight mark is read by {@link straightMarkShape}. */
export const OPENING_MARKS: ReadonlySet<string> = new Set(["\u201c", "``", "\u2018"]);
/** Curly and doubled marks that close a quotation. */
export const CLOSING_MARKS: ReadonlySet<string> = new Set(["\u201d", "''", "\u2019"]);

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
