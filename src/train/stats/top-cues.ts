import type { TrainingFacts } from "./facts";
import { paragraph, table } from "./markdown";

const TOP = 40;

/** Section (d): the most frequent cues with their statistics, and the size of what was learned. */
export function topCuesSection({ cues, sources, jsonLength }: TrainingFacts): string[] {
  const rows = Object.entries(cues.cues)
    .sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1))
    .slice(0, TOP)
    .map(([c, v], i) => [
      String(i + 1),
      c,
      String(v.count),
      v.precision.toFixed(3),
      String(v.relations),
      v.that.toFixed(2),
      v.quote.toFixed(2),
      v.sourceBefore.toFixed(2),
      v.sourceAfter.toFixed(2),
      v.takes,
    ]);
  return [
    `### (d) Top ${TOP} cues by count`,
    "",
    ...paragraph(
      "`count` = occurrences inside an annotated Cue span (of the core form; auxiliaries, adverbs, trailing dates and " +
        '"in a statement"-type phrases stripped), `precision` = count / all occurrences in train text outside quotation marks; ' +
        "`that` / `quote` = share of its relations whose Content is a that-clause / contains a quotation mark; " +
        "`src after` = share with the Source after the Cue; `takes` = most frequent Content type.",
    ),
    ...table(["#", "cue", "count", "precision", "relations", "that", "quote", "src before", "src after", "takes"], rows),
    ...paragraph(
      `Learned: ${Object.keys(cues.cues).length} cues, ${Object.keys(sources.titles).length} titles, ` +
        `${Object.keys(sources.sourceHeads).length} source heads, ${Object.keys(sources.pronounSourceShare).length} pronouns; ` +
        `learned.json is ${(jsonLength / 1024).toFixed(1)} KB.`,
    ),
  ];
}
