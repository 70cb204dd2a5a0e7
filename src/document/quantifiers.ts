import { isPossessiveS } from "./pos";
import type { Token } from "./types";

// Quantifiers wink tags by their other uses: "third" as an ordinal, "most" as an adverb. Where one
// heads a subject ("A third said", "Most said"), the later stages need it read as the noun phrase it is.

const FRACTIONS = new Set(["third", "thirds", "quarter", "quarters", "fifth", "fifths"]);
const FRACTION_COUNTS = new Set(["a", "one", "two", "three", "four"]);

/** Tags before a lone "most" that make it an adverb of what comes before ("he most wanted"). */
const ADVERB_AFTER = new Set(["NOUN", "PROPN", "PRON", "AUX", "VERB", "ADV", "ADJ", "DET"]);

/** The tag of a fraction or a lone "most" at token `k` (not the last) that heads a subject (see fractionHeads, mostHeads), or undefined. */
export function quantifierTag(tokens: readonly Token[], k: number): "NOUN" | "ADJ" | undefined {
  if (fractionHeads(tokens, k)) return "NOUN";
  return mostHeads(tokens, k) ? "ADJ" : undefined;
}

/**
 * "A third said", "two-thirds of them": wink reads a fraction after "a" or a count as an adverb
 * or an ordinal adjective. Before a verb or "of" it is the noun heading the phrase (a share),
 * not the ordinal of "a third term".
 */
function fractionHeads(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (k === 0 || !FRACTIONS.has(t.lower) || t.pos === "NOUN" || !FRACTION_COUNTS.has(tokens[k - 1]!.lower)) return false;
  const next = tokens[k + 1]!;
  return next.pos === "VERB" || next.pos === "AUX" || next.lower === "of";
}

/**
 * "Most said ...", "what most would agree": wink reads a "most" that opens a clause before its
 * verb as an adverb; it is the subject (a quantifier standing alone, as "many" is read).
 */
function mostHeads(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.lower !== "most" || t.pos !== "ADV") return false;
  const next = tokens[k + 1]!;
  const before = tokens[k - 1];
  // Not after a possessive: "the department's most sought-after course".
  const opensClause = !before || before.lower === "what" || (!ADVERB_AFTER.has(before.pos) && !isPossessiveS(before));
  return opensClause && (next.pos === "VERB" || next.pos === "AUX");
}
