import { isSpace, isWordChar } from "./marks";

/** Two curly single marks side by side (straight `''` is read as `"` by the normaliser already). */
const TWO_SINGLES = /[\u2018\u2019]{2,}/g;
const BEFORE_OPENING = "([{\u2014\u2013-/:;,";

/**
 * The text with each pair of curly single marks typed for a double one (`‘‘We won,’’`, also
 * `‘’We won,”`) read as that double mark: the opening pair as ` “`, the closing pair as `” `. Same
 * length, so offsets still index the input; the scanners read this copy, the spans slice the input.
 * Only in a text that opens a quotation so: elsewhere a closing pair may close a nested quotation
 * as well as its parent (`"... a “question’’ that ..."`).
 */
export function readDoubledSingles(text: string, from: number): string {
  const found: Array<{ at: number; opens: boolean }> = [];
  TWO_SINGLES.lastIndex = from;
  for (let m = TWO_SINGLES.exec(text); m; m = TWO_SINGLES.exec(text)) {
    if (m[0].length !== 2) continue;
    const i = m.index;
    const before = text[i - 1];
    const after = text[i + 2];
    const opens = !isSpace(after) && (isSpace(before) || BEFORE_OPENING.includes(before!));
    const closes = !isSpace(before) && !isWordChar(after);
    if (opens !== closes) found.push({ at: i, opens });
  }
  if (!found.some((f) => f.opens)) return text;
  const out: string[] = [];
  let last = 0;
  for (const { at, opens } of found) {
    out.push(text.slice(last, at), opens ? " \u201C" : "\u201D ");
    last = at + 2;
  }
  out.push(text.slice(last));
  return out.join("");
}
