import type { Token } from "../../rules-api";

/** Words that join, after a comma, a clause with a subject of its own to the one before: `, while Y proposed`. */
const JOINERS = new Set(["while", "whereas", "but", "yet"]);

/**
 * Whether token `j` joins a clause with a subject of its own to the one before: a semicolon, or
 * after a comma one of JOINERS, or "and" when `withAnd` (`, and Y called it "..."`).
 */
export function joinsClause(tokens: readonly Token[], j: number, withAnd: boolean): boolean {
  const t = tokens[j];
  if (!t) return false;
  return t.text === ";" || ((JOINERS.has(t.lower) || (withAnd && t.lower === "and")) && tokens[j - 1]?.text === ",");
}
