/**
 * Who a described speaker is when the article names them only in a following sentence: one entry
 * point, `namedLater`, for every shape a writer names a description's person in (coref/index.ts
 * tries it on descriptions, attribution/resolve.ts on a rule's speaker span, and a lede's
 * protagonist on the phrase around a one-word name):
 *
 * - `relative` ("The Romanian hacker who first revealed the leak was sentenced. Marek Novak, 44,
 *   ..."): a description with "who" opening its sentence, a full name opening the next (relative.ts);
 * - `role-repeated` ("A spokeswoman for the ministry said ... The spokeswoman, Reem al-Mansouri,
 *   added"; "He was Jurat X"): the next sentence repeats the role to name its holder (role-repeated.ts);
 * - `role-given` ("The harbour master reminds members ... Erik Tulloch, who has been harbour master
 *   since 2016, said"): the next sentence names someone new and gives them the role (role-given.ts);
 * - `lede-next` ("... the head of the water board said on Sunday. Ana Ruiz, who has run the board
 *   ..., said"): a lede's described speaker, the next sentence's subject named in full (lede.ts);
 * - `lede-later` ("its chairman warned ... Chairman Ann Lee told analysts"): the same speaker named
 *   a few sentences on with the role written to the name (lede.ts).
 */

import type { Token } from "../../document/types";
import type { Entity, Mention } from "../types";
import { identifiedLater, identifiedNext } from "./lede";
import { namedAfterRelative } from "./relative";
import { namedByRoleGiven } from "./role-given";
import { namedByRoleRepeated } from "./role-repeated";

/** A description whose person may be named later, and the article it stands in. */
export interface Described {
  readonly m: Mention;
  /** The description's first token: `m.firstToken`, or a lede phrase's determiner before a one-word name. */
  readonly first: number;
  /** The mention's place in `mentions`. */
  readonly at: number;
  readonly mentions: readonly Mention[];
  readonly tokens: readonly Token[];
  readonly entityOf: (m: Mention) => Entity | undefined;
}

/** The shapes a following sentence names a description's person in (listed above). */
export type NamingShape = "relative" | "role-repeated" | "role-given" | "lede-next" | "lede-later";

/** Each shape's reading, in the order they are tried: the first that names someone wins. */
const SHAPES: ReadonlyArray<readonly [NamingShape, (d: Described) => Entity | undefined]> = [
  ["relative", namedAfterRelative],
  ["role-repeated", namedByRoleRepeated],
  ["role-given", namedByRoleGiven],
  ["lede-next", identifiedNext],
  ["lede-later", identifiedLater],
];
const EVERY_SHAPE: readonly NamingShape[] = SHAPES.map(([shape]) => shape);

/**
 * The person a following sentence names the description `m` (at place `at` of `mentions`) as, by
 * the first of `shapes` that fits (all by default); `first` is where the description's words start.
 */
export function namedLater(
  m: Mention, at: number, mentions: readonly Mention[], tokens: readonly Token[], entityOf: (m: Mention) => Entity | undefined,
  shapes: readonly NamingShape[] = EVERY_SHAPE, first = m.firstToken,
): Entity | undefined {
  const described: Described = { m, first, at, mentions, tokens, entityOf };
  for (const [shape, read] of SHAPES) {
    if (!shapes.includes(shape)) continue;
    const person = read(described);
    if (person) return person;
  }
  return undefined;
}
