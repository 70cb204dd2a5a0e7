/** The extent of a name's phrase: title words dropped, affiliations after "of" and short parentheses taken in. */

import type { Doc } from "../../document/types";
import type { Mention } from "../types";

/**
 * "Tennis great Billie Sutton", "Former champion Tom Birch": a capitalised word of a name's title
 * is no name of its own. Drops, in place, the name mentions that lie inside the title of the name
 * after them; returns the list.
 */
export function dropTitleWords(names: Mention[]): Mention[] {
  let kept = 0;
  for (let k = 0; k < names.length; k++) {
    const m = names[k]!;
    const next = names[k + 1];
    if (next && next.title && m.category !== "person" && next.extentFirstToken <= m.firstToken && m.endToken <= next.firstToken) continue;
    names[kept++] = m;
  }
  names.length = kept;
  return names;
}

/**
 * "Hana Kovac of BrightPath", "Sen. Ted Cruz of Texas", "Aris Tanian of the Armenian Patriarchate
 * of Corvale": the organisation or place after a person's "of" belongs to the person's phrase, and
 * is no mention of its own there (a rule looking for the phrase before "said" or "who" finds the
 * person).
 */
export function absorbAffiliations(doc: Doc, names: Mention[]): void {
  const { tokens } = doc;
  for (let k = 0; k + 1 < names.length; k++) {
    const m = names[k]!;
    if (m.category !== "person" || tokens[m.extentEndToken]?.lower !== "of") continue;
    // "Aris Tanian of the Armenian Patriarchate of Corvale": a person takes no "the", and an
    // affiliation may have its own "of" place.
    for (let next = names[k + 1]; next && tokens[m.extentEndToken]?.lower === "of"; next = names[k + 1]) {
      const the = tokens[m.extentEndToken + 1]?.lower === "the";
      // Any name there but a person's (one with a first name or a title): "Joel Pollak of Breitbart California".
      if (next.firstToken !== m.extentEndToken + (the ? 2 : 1) || (!the && next.category === "person" && (next.gender || next.title))) break;
      m.extentEndToken = next.extentEndToken;
      m.extentEnd = next.extentEnd;
      names.splice(k + 1, 1);
    }
  }
}

/** "Rep. Gwen Moore (D-Wis.)": a short parenthesis after a name belongs to its phrase. */
export function extendOverParenthesis(doc: Doc, m: Mention): void {
  const { tokens } = doc;
  if (tokens[m.extentEndToken]?.text !== "(") return;
  for (let k = m.extentEndToken + 1; k < Math.min(tokens.length, m.extentEndToken + 8); k++) {
    if (tokens[k]!.text !== ")") continue;
    m.extentEndToken = k + 1;
    m.extentEnd = tokens[k]!.end;
    return;
  }
}
