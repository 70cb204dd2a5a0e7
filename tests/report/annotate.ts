import { CORE_SCRIPT, type AnnotateCore } from "../../src/report/annotate/core-script";

/** The annotation page's core, evaluated from the very script source the page embeds. */
export function loadCore(): AnnotateCore {
  return new Function(`${CORE_SCRIPT}\nreturn annotateCore;`)() as AnnotateCore;
}

/** An invented article (never corpus text): whosaid attributes each of its three quotes correctly. */
export const ARTICLE = [
  "date 2024-05-02",
  '"The bridge will open in June," Mayor Ana Torres said on Tuesday.',
  "",
  'Council member Raj Patel disagreed. "Nothing is ready," Patel said.',
  "",
  "Torres said that the contractor had promised to finish the deck by May.",
  "",
].join("\n");

/** The range of the `nth` (0-based) occurrence of `part` in `text`. */
export function rangeOf(text: string, part: string, nth = 0): { start: number; end: number } {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(part, start + 1);
  if (start === -1) throw new Error(`"${part}" is not in the text`);
  return { start, end: start + part.length };
}
