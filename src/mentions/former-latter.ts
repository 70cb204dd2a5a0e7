import type { Token } from "../document/types";
import type { Entity, Mention } from "./types";

/** The words that, after "the" and standing alone, point back to one of a pair. */
const PAIR_WORDS = new Set(["former", "latter"]);

/**
 * "the former" or "the latter" standing for a person or body ("The former told reporters", "the
 * latter said"), not modifying a noun ("the former senator"): the token of "former"/"latter".
 */
export function pairWordHeads(tokens: readonly Token[]): number[] {
  const heads: number[] = [];
  for (let k = 1; k < tokens.length; k++) {
    if (!PAIR_WORDS.has(tokens[k]!.lower) || tokens[k - 1]!.lower !== "the") continue;
    const next = tokens[k + 1];
    if (next && next.sentence === tokens[k]!.sentence && /^(NOUN|PROPN|ADJ|NUM)$/.test(next.pos)) continue;
    heads.push(k);
  }
  return heads;
}

/**
 * "Cardinal Ann Lee, ..., and Cardinal Tom Ray, ..., will attend. The former told reporters ...":
 * "the former" is the first and "the latter" the second of the last two people named before it,
 * in its own sentence or the one before (the last two bodies where fewer than two people are).
 */
export function pairReferent(
  m: Mention, at: number, mentions: readonly Mention[], tokens: readonly Token[], entityOf: (x: Mention) => Entity | undefined,
): Entity | undefined {
  const word = tokens[m.endToken - 1]!.lower;
  if (!PAIR_WORDS.has(word) || m.endToken - m.firstToken !== 2) return undefined;
  const sentence = tokens[m.firstToken]!.sentence;
  const people: Entity[] = [];
  const bodies: Entity[] = [];
  for (let k = at - 1; k >= 0 && people.length < 2; k--) {
    const x = mentions[k]!;
    if (tokens[x.firstToken]!.sentence < sentence - 1) break;
    // Named, or a body described by its capitalised name ("the Globex Group").
    const e = x.kind === "name" || x.category === "organisation" ? entityOf(x) : undefined;
    const list = e?.kind === "person" ? people : e?.kind === "organisation" ? bodies : undefined;
    if (e && list && !list.includes(e)) list.push(e);
  }
  // Gathered backwards: the latter first.
  const pair = people.length === 2 ? people : bodies.length >= 2 ? bodies.slice(0, 2) : undefined;
  return pair ? pair[word === "latter" ? 0 : 1] : undefined;
}
