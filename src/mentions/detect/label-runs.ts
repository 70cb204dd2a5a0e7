/** Name runs in labels (headlines, lines in capitals, kickers), kept only as far as the running text names them. */

import type { Doc, Token } from "../../document/types";
import { startsByline } from "../byline";
import { kickerEnd, labelSentences } from "../labels";
import type { Run } from "./runs";

/**
 * A run in a label (a headline, a line in capitals, a kicker: see labels.ts) is kept only as far
 * as the running text names it too, as a whole name or a name's first or last word ("Obama Says
 * Museum Will Heal Nation" keeps "Obama"); a run the running text never names is dropped.
 */
export function trimLabelRuns(doc: Doc, runs: Run[]): Run[] {
  const labels = labelSentences(doc);
  const { tokens } = doc;
  // A byline's name is the writer's, whom a column's "I" is: kept ("By Marcus Hale").
  const inLabel = (run: Run) => !startsByline(doc, run.extentFirst) && (labels.has(tokens[run.first]!.sentence) || kickerEnd(tokens, run.titleFirst, paragraphStartOf(doc, run.titleFirst)) > run.first);
  if (!labels.size && !runs.some(inLabel)) return runs;
  const named = new Set<string>();
  for (const run of runs) {
    if (inLabel(run)) continue;
    named.add(wordsOf(tokens, run.first, run.end));
    named.add(tokens[run.first]!.lower);
    named.add(tokens[run.end - 1]!.lower);
  }
  const kept: Run[] = [];
  for (const run of runs) {
    if (!inLabel(run)) {
      kept.push(run);
      continue;
    }
    for (let end = run.end; end > run.first; end--) {
      if (!named.has(wordsOf(tokens, run.first, end))) continue;
      kept.push({ ...run, end });
      break;
    }
  }
  return kept;
}

function wordsOf(tokens: readonly Token[], first: number, end: number): string {
  let words = tokens[first]!.lower;
  for (let k = first + 1; k < end; k++) words += " " + tokens[k]!.lower;
  return words;
}

function paragraphStartOf(doc: Doc, k: number): number {
  return doc.paragraphs[doc.sentences[doc.tokens[k]!.sentence]!.paragraph]!.start;
}
