/**
 * A dateline opening a paragraph: the place in capitals, maybe a state, province or date, maybe a
 * wire's credit, then a dash: "KENORA, Ont. —", "TULSA, Okla. (AP) —", "OSLO, May 4 (Reuters) -".
 * It says where the story was filed; it is not part of the lede's sentence.
 */
const DASHED = /^\p{Lu}[\p{Lu}\p{M}.'\u2019 -]*\p{Lu}\.?(?:, \p{Lu}[\p{L}.]*(?: \p{Lu}?[\p{L}\d.]*)?)?(?: \([\p{L} .&-]{2,30}\))? (?:\u2014|\u2013|--|-)(?= \S)/u;
/** The colon form of Indian and Pakistani papers: "NEW DELHI:". A transcript label looks the same. */
const COLON = /^\p{Lu}[\p{Lu}\p{M}.'\u2019 -]*\p{Lu}:(?= \p{Lu})/u;
/** A colon dateline is read only in the first paragraphs (a headline may come first): later, such a label is a transcript's. */
const COLON_DATELINE_PARAGRAPHS = 2;

/** Where the dateline that opens the paragraph at `start` ends (after its dash or colon), or -1. */
export function datelineEnd(text: string, start: number, paragraph: number): number {
  const line = text.slice(start, start + 80);
  const m = DASHED.exec(line) ?? (paragraph < COLON_DATELINE_PARAGRAPHS ? COLON.exec(line) : null);
  return m ? start + m[0].length : -1;
}
