/** "The authors" of a study the article reports: the researchers it named as its writers. */

import type { Token } from "../document/types";
import type { Entity, Mention } from "./types";

/** Groups who write the studies an article reports: who a bare "the authors" are. */
const RESEARCH_GROUPS: ReadonlySet<string> = new Set(["researchers", "scientists", "economists", "academics", "scholars"]);
/** How far back (in characters) "the authors" may find the researchers. */
const AUTHORS_REACH = 2000;

/**
 * "Researchers at the Quill Institute found ... The authors cautioned": a bare "the authors" (no
 * "of the book" after it, no owner before it) speak for the latest group of researchers (or
 * scientists, economists) named before them, who wrote the study; undefined when none is named
 * within reach. `at` is the span's place in `mentions`.
 */
export function studyAuthors(span: Mention, at: number, mentions: readonly Mention[], tokens: readonly Token[], entityOf: (m: Mention) => Entity | undefined): Entity | undefined {
  if (span.endToken - span.firstToken !== 2 || tokens[span.firstToken]!.lower !== "the" || tokens[span.firstToken + 1]!.lower !== "authors") return undefined;
  if (tokens[span.endToken]?.lower === "of") return undefined;
  for (let k = at - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (span.start - m.end > AUTHORS_REACH) return undefined;
    if (m.kind !== "description" || m.end > span.start || !RESEARCH_GROUPS.has(tokens[m.endToken - 1]!.lower)) continue;
    return entityOf(m);
  }
  return undefined;
}
