/** Mentions by role head noun, for the antecedent of a definite description ("the spokesman"). */

import { countStartingBefore } from "../../document/sorted";
import { modifiersClash, nameModifiersClash, partiesClash } from "../epithet";
import type { Entity, Mention } from "../types";
import { INDEFINITE_ARTICLES, writtenAsName } from "../words";
import { headOfMention, institutionWords, otherHeadsOfMention } from "./heads";

interface HeadEntry {
  start: number;
  entity: Entity;
  /** The description's words, or a name's title: "the Florida senator" is not "the Vermont senator". */
  text: string;
  /** Whether `text` is a description's (a name's title reads "Former Secretary" in capitals). */
  description: boolean;
  /** Whether the mention is a document's ("a report"), not a person's described by one ("one of the report's authors"). */
  document: boolean;
}

/** Whether an earlier mention with the same head cannot be the one a description refers to. */
function headsClash(entry: HeadEntry, m: Mention, text: string): boolean {
  if (modifiersClash(entry.text, text) || partiesClash(entry.text, text)) return true;
  if (m.kind !== "description") return false;
  return entry.description ? nameModifiersClash(entry.text, text) : titleWordsClash(entry.text, text);
}

/** Determiners before a description written as a title. */
const TITLE_DETERMINERS = new Set(["the", "a", "an", "this", "that"]);

/**
 * "the Prime Minister" after "Transport Minister Jiro Sato": a description written as a title
 * (every word after its determiner capitalised, the head too) is no one whose title lacks those
 * words. ("the first Republican mayor" is not written as a title.)
 */
function titleWordsClash(title: string, description: string): boolean {
  const words = description.split(/\s+/);
  if (TITLE_DETERMINERS.has(words[0]?.toLowerCase() ?? "")) words.shift();
  // The head too: "the Ohio governor" is a governor of Ohio, not a title.
  if (!writtenAsName(words)) return false;
  words.pop();
  const held = new Set(title.toLowerCase().split(/\s+/));
  return !words.every((w) => held.has(w.toLowerCase()));
}

/** A mention's words that its head noun is read from. */
const headText = (m: Mention) => (m.kind === "description" ? m.text : m.title ?? institutionWords(m) ?? "");

/**
 * Mentions with a role head noun (descriptions, and names through their title), by number and
 * head, in document order: the antecedent of "the spokesman" is the latest earlier mention with
 * the same head, found by binary search instead of a scan of every mention.
 */
export class HeadIndex {
  /** Singular heads, then plural heads. */
  private readonly byHead = [new Map<string, HeadEntry[]>(), new Map<string, HeadEntry[]>()] as const;

  constructor(entities: readonly Entity[]) {
    for (const e of entities) {
      for (const m of e.mentions) {
        const entry = { start: m.start, entity: e, text: headText(m), description: m.kind === "description", document: m.category === "document" };
        this.listFor(headOfMention(m), m.plural)?.push(entry);
        for (const other of otherHeadsOfMention(m)) this.listFor(other, m.plural)!.push(entry);
      }
    }
    for (const heads of this.byHead) for (const list of heads.values()) list.sort((a, b) => a.start - b.start);
  }

  /** Adds a mention; descriptions come in document order, so this is an append in practice. */
  add(head: string, m: Mention, e: Entity): void {
    const list = this.listFor(head, m.plural);
    if (!list) return;
    let k = list.length;
    while (k > 0 && list[k - 1]!.start > m.start) k--;
    list.splice(k, 0, { start: m.start, entity: e, text: headText(m), description: m.kind === "description", document: m.category === "document" });
  }

  private listFor(head: string, plural: boolean): HeadEntry[] | undefined {
    if (!head) return undefined;
    const heads = this.byHead[plural ? 1 : 0];
    let list = heads.get(head);
    if (!list) heads.set(head, (list = []));
    return list;
  }

  antecedent(head: string, m: Mention): Entity | undefined {
    const list = this.byHead[m.plural ? 1 : 0].get(head);
    if (!list) return undefined;
    const lo = countStartingBefore(list, m.start);
    const text = headText(m);
    // "the Treasury Minister" is not whom "the Infrastructure Minister" named, though "the Minister" did too.
    let clashing: Set<Entity> | undefined;
    for (let k = lo - 1; k >= 0; k--) if (headsClash(list[k]!, m, text)) (clashing ??= new Set()).add(list[k]!.entity);
    for (let k = lo - 1; k >= 0; k--) if (!clashing?.has(list[k]!.entity)) return list[k]!.entity;
    return undefined;
  }

  /**
   * "X published a report ... our report ... the report stated": the issuer of the latest earlier
   * mention with this head that has one, passing over take-ups of the same document no one issues
   * ("our report", "the report"), but not over one introduced bare ("a report": a new document).
   */
  issuerOfTakenUp(head: string, m: Mention, canIssue: (e: Entity) => boolean): Entity | undefined {
    const list = this.byHead[m.plural ? 1 : 0].get(head);
    if (!list) return undefined;
    const text = headText(m);
    for (let k = countStartingBefore(list, m.start) - 1; k >= 0; k--) {
      const entry = list[k]!;
      if (!entry.document || headsClash(entry, m, text)) continue;
      if (entry.entity.kind !== "document") return canIssue(entry.entity) ? entry.entity : undefined;
      // "a report": a description that brings in a new referent.
      if (!entry.description || INDEFINITE_ARTICLES.has(entry.text.split(/\s/, 1)[0]!.toLowerCase())) return undefined;
    }
    return undefined;
  }

  /** Every entity an earlier mention with the same head (and no clashing words) gives this role: who "the senator" may be. */
  holders(head: string, m: Mention): Set<Entity> {
    const found = new Set<Entity>();
    const text = headText(m);
    for (const entry of this.byHead[m.plural ? 1 : 0].get(head) ?? []) {
      if (entry.start < m.start && !headsClash(entry, m, text)) found.add(entry.entity);
    }
    return found;
  }
}
