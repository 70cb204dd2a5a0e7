import type { Entity, Mention } from "./types";

/** What a walk back over earlier mentions learns from one: the referent is unclear, stop with none. */
export const UNCLEAR = Symbol("unclear");

/**
 * The one entity the mentions before `mentions[at]` give, walking back while `inReach` holds:
 * `pick` gives a mention's candidate (undefined passes it by, {@link UNCLEAR} ends the walk with
 * none), and a second, different candidate also leaves none ("the company" with two businesses
 * just named). The walk of "the company", a newcomer before a description, and a title alike.
 */
export function soleEntityBefore(
  mentions: readonly Mention[], at: number,
  inReach: (x: Mention) => boolean, pick: (x: Mention) => Entity | undefined | typeof UNCLEAR,
): Entity | undefined {
  let found: Entity | undefined;
  for (let k = at - 1; k >= 0; k--) {
    const x = mentions[k]!;
    if (!inReach(x)) break;
    const e = pick(x);
    if (e === UNCLEAR) return undefined;
    if (!e || e === found) continue;
    if (found) return undefined;
    found = e;
  }
  return found;
}
