/** Whether a token lies inside quotation marks. */

import { CLOSING_MARKS, OPENING_MARKS, straightMarkShape } from "../../document/quotation-marks";
import type { Token } from "../../document/types";

/** How many tokens back a quotation's opening mark is looked for. */
const QUOTATION_REACH = 120;
/** The low marks that open a quotation in German, Polish or Czech style („...“, ‚...‘). */
const LOW_OPENING_MARKS: ReadonlySet<string> = new Set(["\u201e", "\u201a"]);
/** What a closing mark follows when it ends a quoted sentence or clause (",’ the player said"). */
const CLAUSE_END = /^[,.?!;:\u2026]$/;

/**
 * Whether token `k` lies inside quotation marks ("“Certainly Hale has gone,” said the aide": Hale
 * is someone the speaker talks about): the nearest mark before it opens a quotation, or it is the
 * odd one of straight marks in its paragraph so far.
 */
export function insideQuotation(tokens: readonly Token[], k: number): boolean {
  let straight = 0;
  const sentence = tokens[k]!.sentence;
  for (let j = k - 1; j >= 0 && j >= k - QUOTATION_REACH; j--) {
    const t = tokens[j]!;
    const role = curlyMarkRole(tokens, j);
    if (role === "opening") return straight % 2 === 0;
    if (role === "closing") return straight % 2 === 1;
    if (t.text === "\"") {
      // A straight mark against the word after it and apart from the one before opens; against the word before and apart from the one after closes.
      const shape = straightMarkShape(tokens, j);
      if (shape !== undefined) return shape === "opening" ? straight % 2 === 0 : straight % 2 === 1;
      straight++;
    }
    if (sentence - t.sentence > 3) break;
  }
  return straight % 2 === 1;
}

/**
 * Whether the curly or low mark at `j` opens or closes a quotation. A mark set against what ends
 * the quoted words and apart from the word after closes, whatever its shape: German style closes
 * „...“ with the English opening mark („Nein“, sagte er), and a single-quote style closes with
 * the curly apostrophe (‘We’ve lost,’ the player said), which elsewhere is no mark (`players’`),
 * so it closes only after the punctuation of a quoted clause.
 */
function curlyMarkRole(tokens: readonly Token[], j: number): "opening" | "closing" | undefined {
  const t = tokens[j]!;
  if (LOW_OPENING_MARKS.has(t.text)) return "opening";
  if (!OPENING_MARKS.has(t.text) && !CLOSING_MARKS.has(t.text)) return undefined;
  const before = tokens[j - 1];
  const after = tokens[j + 1];
  const joinsBefore = !!before && before.end === t.start;
  const apartAfter = !after || after.start > t.end || CLAUSE_END.test(after.text);
  const endsClause = joinsBefore && apartAfter && (t.text !== "\u2019" || CLAUSE_END.test(before.text));
  if (endsClause) return "closing";
  if (OPENING_MARKS.has(t.text)) return "opening";
  return t.text === "\u2019" ? undefined : "closing";
}
