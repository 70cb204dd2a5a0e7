import type { Doc } from "../document/types";
import type { Entity, Mention } from "./types";

/**
 * The one person the article's byline names (`doc.byline`, "By Marcus Hale"): the writer, whose
 * "I" outside quotation marks an opinion column or a letter speaks in. Undefined without a byline
 * of one writer, or when it names no one person.
 */
export function bylineAuthor(doc: Doc, mentions: readonly Mention[], entityOf: (id: string) => Entity | undefined): Entity | undefined {
  const p = doc.paragraphs[doc.byline];
  if (!p) return undefined;
  const people = new Set<Entity>();
  for (const m of mentions) {
    if (m.start >= p.end) break;
    const e = m.start >= p.start && m.kind === "name" && m.entity ? entityOf(m.entity) : undefined;
    if (e?.kind === "person") people.add(e);
  }
  return people.size === 1 ? [...people][0] : undefined;
}

/** Whether the name run starting at token `k` is the one the byline opens with ("By [Marcus Hale]"). */
export function startsByline(doc: Doc, k: number): boolean {
  const by = doc.tokens[k - 1];
  if (by?.text !== "By") return false;
  const paragraph = doc.sentences[by.sentence]!.paragraph;
  const before = doc.tokens[k - 2];
  // "By" opens its paragraph.
  return paragraph === doc.byline && !(before && doc.sentences[before.sentence]!.paragraph === paragraph);
}
