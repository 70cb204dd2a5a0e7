import { countStartingBefore } from "../document/sorted";
import type { Entity, Mention } from "./types";

/**
 * The people a quotation names in the third person ("Dr. Lee is back in charge", "pretending
 * like Tom Reyes isn't happening"): a speaker says "I" of themself, so a pronoun that speaks the
 * quotation is none of them. `mentions` are sorted by start.
 */
export function peopleNamedWithin(
  mentions: readonly Mention[], start: number, end: number, entityOf: (m: Mention) => Entity | undefined,
): Set<Entity> {
  const named = new Set<Entity>();
  for (let k = countStartingBefore(mentions, start); k < mentions.length && mentions[k]!.start < end; k++) {
    const m = mentions[k]!;
    if (m.kind !== "name" || m.end > end) continue;
    const e = entityOf(m);
    if (e && e.kind === "person") named.add(e);
  }
  return named;
}
