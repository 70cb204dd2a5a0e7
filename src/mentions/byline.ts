import type { Doc } from "../document/types";
import type { Entity, Mention } from "./types";

/** How many paragraphs from the top a byline may sit (after a headline, a standfirst, a kicker). */
const BYLINE_PARAGRAPHS = 4;
/** "By Ann Lee", "By Ann Lee, Staff Writer", "By Ann Lee | Staff writer"; not "By Monday morning, ...". */
const BYLINE = /^By\s+\p{Lu}[^\n]{0,60}$/u;
/** "By Ann Lee and Tom Reyes", "By Ann Lee & Tom Reyes". */
const SEVERAL_WRITERS = /\s(?:and|&)\s+\p{Lu}/u;

/**
 * The one person a byline near the top names ("By Marcus Hale"): the writer, whose "I" outside
 * quotation marks an opinion column or a letter speaks in. Undefined without a byline of one writer.
 */
export function bylineAuthor(doc: Doc, mentions: readonly Mention[], entityOf: (id: string) => Entity | undefined): Entity | undefined {
  for (const p of doc.paragraphs.slice(0, BYLINE_PARAGRAPHS)) {
    if (!isByline(doc, p.start, p.end)) continue;
    const people = new Set<Entity>();
    for (const m of mentions) {
      if (m.start >= p.end) break;
      const e = m.start >= p.start && m.kind === "name" && m.entity ? entityOf(m.entity) : undefined;
      if (e?.kind === "person") people.add(e);
    }
    return people.size === 1 ? [...people][0] : undefined;
  }
  return undefined;
}

/** Whether the name run starting at token `k` is the one a byline of one writer opens with ("By [Marcus Hale]"). */
export function startsByline(doc: Doc, k: number): boolean {
  const by = doc.tokens[k - 1];
  if (by?.text !== "By") return false;
  const paragraph = doc.sentences[by.sentence]!.paragraph;
  const before = doc.tokens[k - 2];
  // "By" opens its paragraph.
  if (before && doc.sentences[before.sentence]!.paragraph === paragraph) return false;
  const p = doc.paragraphs[paragraph]!;
  return paragraph < BYLINE_PARAGRAPHS && isByline(doc, p.start, p.end);
}

/** A byline of one writer: several ("By Ann Lee and Tom Reyes") do not tell whose "I" it is. */
function isByline(doc: Doc, start: number, end: number): boolean {
  const line = doc.text.slice(start, end).trim();
  return BYLINE.test(line) && !SEVERAL_WRITERS.test(line);
}
