/** Whether a token lies inside quotation marks. */

import { CLOSING_MARKS, OPENING_MARKS, straightMarkShape } from "../../document/quotation-marks";
import type { Token } from "../../document/types";

/** How many tokens back a quotation's opening mark is looked for. */
const QUOTATION_REACH = 120;

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
    if (OPENING_MARKS.has(t.text)) return straight % 2 === 0;
    if (CLOSING_MARKS.has(t.text) && t.text !== "\u2019") return straight % 2 === 1;
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
