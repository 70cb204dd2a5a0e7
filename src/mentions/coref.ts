import { countWords } from "../document";
import type { SpeakerKind } from "../types";
import type { Entity, KnownSpeaker, Mention } from "./types";

const ARTICLE = /^(a|an|the)\s+/i;
const DEFINITE = /^(the|this|that|these|those)\s/i;
const SYNONYMS: Record<string, string> = {
  spokeswoman: "spokesman", spokesperson: "spokesman", spokespeople: "spokesmen",
  advisor: "adviser", chairwoman: "chairman", chair: "chairman",
};

function headOf(text: string): string {
  const words = text.toLowerCase().split(/[\s-]+/);
  const head = words[words.length - 1] ?? "";
  return SYNONYMS[head] ?? head;
}

/** Lookup key of a name: lower case, single spaces ("The  Donald" and "the Donald" are one). */
function nameKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, " ");
}

/**
 * Groups name and description mentions into entities: a surname or first name joins the full
 * name given elsewhere in the article, a definite description ("the US spokesperson") joins the
 * latest entity with the same head noun, and a name matching a known speaker (its name, an alias,
 * or a part of its name) joins that speaker, which keeps the name, title and kind it was given.
 * Pronouns stay unlinked: which entity they refer to depends on attribution.
 */
export function linkEntities(mentions: readonly Mention[], known: readonly KnownSpeaker[] = []): Entity[] {
  const entities: Entity[] = [];
  const byName = new Map<string, Entity>();
  const add = (m: Mention, e: Entity) => {
    m.entity = e.id;
    e.mentions.push(m);
  };
  const create = (m: Mention | null, kind: SpeakerKind, name: string): Entity => {
    const e: Entity = { id: `e${entities.length + 1}`, name, kind, mentions: [] };
    entities.push(e);
    if (m) add(m, e);
    return e;
  };

  const knownEntities = new Set<Entity>();
  for (const k of known) {
    const e = create(null, k.kind ?? "person", k.name.trim());
    if (k.title) e.title = k.title;
    if (k.gender) e.gender = k.gender;
    for (const alias of [k.name, ...(k.aliases ?? [])]) byName.set(nameKey(alias.trim()), e);
    knownEntities.add(e);
  }

  const names = mentions.filter((m) => m.kind === "name");
  // Full names first, so that a lone surname anywhere in the article finds its full name.
  for (const m of names) {
    if (countWords(m.text) < 2) continue;
    const key = nameKey(m.text);
    const e = byName.get(key) ?? create(null, m.category, m.text);
    byName.set(key, e);
    add(m, e);
  }
  const fullNames = byPart(entities.filter((e) => e.kind === "person" && countWords(e.name) >= 2));
  for (const m of names) {
    if (m.entity) continue;
    const key = nameKey(m.text);
    const e = byName.get(key) ?? partOfFullName(key, m, fullNames.get(key) ?? []) ?? create(null, m.category, m.text);
    byName.set(key, e);
    add(m, e);
  }
  const heads = new HeadIndex(entities);
  for (const m of mentions) {
    if (m.kind !== "description") continue;
    const e = (DEFINITE.test(m.text) ? heads.antecedent(m) : undefined) ?? create(null, m.category, m.text.replace(ARTICLE, ""));
    add(m, e);
    heads.add(m, e);
  }

  for (const e of entities) {
    e.mentions.sort((a, b) => a.start - b.start);
    finish(e, knownEntities.has(e));
  }
  return entities;
}

/** Full-name entities by their first and by their last word, so a lone name is not compared with every one. */
function byPart(fullNames: readonly Entity[]): Map<string, Entity[]> {
  const index = new Map<string, Entity[]>();
  for (const e of fullNames) {
    const parts = e.name.toLowerCase().split(/\s+/);
    for (const word of new Set([parts[0]!, parts[parts.length - 1]!])) index.set(word, [...(index.get(word) ?? []), e]);
  }
  return index;
}

/** The person whose full name ends (or starts) with this single word, nearest before it. */
function partOfFullName(word: string, m: Mention, candidates: readonly Entity[]): Entity | undefined {
  let best: Entity | undefined;
  let bestDistance = Infinity;
  for (const e of candidates) {
    const parts = e.name.toLowerCase().split(/\s+/);
    if (parts[parts.length - 1] !== word && parts[0] !== word) continue;
    // A known speaker the article has not named in full yet ranks after every full name before it.
    const first = e.mentions[0];
    const distance = !first ? 1e12 : first.start <= m.start ? m.start - first.start : 1e12 + first.start;
    if (distance < bestDistance) {
      best = e;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Mentions with a role head noun (descriptions, and names through their title), by head and
 * number, in document order: the antecedent of "the spokesman" is the latest earlier mention
 * with the same head, found by binary search instead of a scan of every mention.
 */
class HeadIndex {
  private readonly byHead = new Map<string, Array<{ start: number; entity: Entity }>>();

  constructor(entities: readonly Entity[]) {
    for (const e of entities) for (const m of e.mentions) this.listFor(m)?.push({ start: m.start, entity: e });
    for (const list of this.byHead.values()) list.sort((a, b) => a.start - b.start);
  }

  /** Adds a mention; descriptions come in document order, so this is an append in practice. */
  add(m: Mention, e: Entity): void {
    const list = this.listFor(m);
    if (!list) return;
    let k = list.length;
    while (k > 0 && list[k - 1]!.start > m.start) k--;
    list.splice(k, 0, { start: m.start, entity: e });
  }

  private listFor(m: Mention): Array<{ start: number; entity: Entity }> | undefined {
    const head = m.kind === "description" ? headOf(m.text) : m.title ? headOf(m.title) : "";
    if (!head) return undefined;
    const key = `${head}|${m.plural}`;
    let list = this.byHead.get(key);
    if (!list) this.byHead.set(key, (list = []));
    return list;
  }

  antecedent(m: Mention): Entity | undefined {
    const list = this.byHead.get(`${headOf(m.text)}|${m.plural}`);
    if (!list) return undefined;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.start < m.start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? list[lo - 1]!.entity : undefined;
  }
}

/** Name, title, kind and gender of an entity from its mentions (a known speaker keeps its name). */
function finish(e: Entity, known: boolean): void {
  const names = e.mentions.filter((m) => m.kind === "name");
  if (names.length && !known) {
    const fullest = names.reduce((a, b) => (countWords(b.text) > countWords(a.text) ? b : a));
    if (countWords(fullest.text) >= countWords(e.name) || e.mentions.length === names.length) e.name = fullest.text;
  }
  e.title ??= e.mentions.find((m) => m.title)?.title;
  if (e.title === undefined) delete e.title;
  if (e.kind === "unknown" && e.mentions.some((m) => m.category !== "unknown")) {
    e.kind = e.mentions.find((m) => m.category !== "unknown")!.category;
  }
  const gender = e.gender ?? e.mentions.find((m) => m.gender)?.gender;
  if (gender) e.gender = gender;
}
