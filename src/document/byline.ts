import type { Paragraph } from "./types";

/** How many paragraphs from the top a byline may sit (after a headline, a standfirst, a kicker). */
const BYLINE_PARAGRAPHS = 4;
/** "By Ann Lee", "By Ann Lee, Staff Writer", "By Ann Lee | Staff writer"; not "By Monday morning, ...". */
const BYLINE = /^By\s+\p{Lu}[^\n]{0,60}$/u;
/** "By Ann Lee and Tom Reyes", "By Ann Lee & Tom Reyes". */
const SEVERAL_WRITERS = /\s(?:and|&)\s+\p{Lu}/u;

/**
 * The index of the paragraph near the top that is a byline of one writer ("By Marcus Hale"), or
 * -1: several writers ("By Ann Lee and Tom Reyes") do not tell whose "I" a column speaks in.
 */
export function bylineParagraph(text: string, paragraphs: readonly Paragraph[]): number {
  for (const p of paragraphs.slice(0, BYLINE_PARAGRAPHS)) {
    // Most paragraphs do not start with "By": no slice for them (this runs for every article).
    let at = p.start;
    while (at < p.end && /\s/.test(text[at]!)) at++;
    if (!text.startsWith("By", at)) continue;
    const line = text.slice(at, p.end).trim();
    if (BYLINE.test(line) && !SEVERAL_WRITERS.test(line)) return p.index;
  }
  return -1;
}
