import type { Span } from "../clause";
import { accordingTo } from "./according-to";
import { asAttribution } from "./as-attribution";
import { askedFirst } from "./asked-first";
import { bareClause, colonClause, openerClause } from "./bare-clause";
import { clauseThenAttribution } from "./clause-then-attribution";
import { namedThing } from "./named-thing";
import { needsSubject } from "./needs-subject";
import { nounPhrase } from "./noun-phrase";
import { object } from "./object";
import { objectGap } from "./object-gap";
import { parenthetical } from "./parenthetical";
import { passiveBy } from "./passive-by";
import { participleAfterPreposition } from "./participle-after-preposition";
import { relativeGap } from "./relative-gap";
import type { CueContext, Pattern } from "./pattern";
import { saidOf } from "./said-of";
import { saidWords } from "./said-words";
import { tellTo } from "./tell-to";
import { thatClause } from "./that-clause";
import { timeAfter } from "./time-after";
import { toInfinitive } from "./to-infinitive";
import { whClause } from "./wh-clause";

export type { CueContext, Outcome, Pattern } from "./pattern";
export { stanceClause } from "./stance";
export { asClause } from "./as-attribution";

/**
 * The shapes of reported speech around a cue, tried in this order; the first that does not pass
 * decides (a clause, or nothing). A stance (`X seemed to ...`, ./stance.ts) is tried before them all.
 */
export const PATTERNS: readonly Pattern[] = [
  accordingTo, // according to X, CLAUSE  /  CLAUSE, according to X
  namedThing, // a group called X: nothing
  thatClause, // X said (Monday) that CLAUSE
  passiveBy, // Her view was shared by X
  objectGap, // a plan which Ruiz backed in May: the antecedent
  clauseThenAttribution, // CLAUSE, X said.
  saidOf, // "...," X said of Y: nothing
  askedFirst, // Asked whether ..., X said: the question
  participleAfterPreposition, // X, after saying he would ..., / by promising to ...
  asAttribution, // As X noted on Monday, CLAUSE  /  CLAUSE, as X has said.
  needsSubject, // from here on the cue needs its subject before it
  parenthetical, // A, X said, CLAUSE
  object, // X criticized Y / X vowed to ... / X asked whether ...
  tellTo, // X told Y to ...
  relativeGap, // ... which officials said will ...
  timeAfter, // X said Friday as ...: nothing
  colonClause, // X said: CLAUSE
  bareClause, // X says CLAUSE
  openerClause, // X said if elected he would ...
  toInfinitive, // X hopes to win the seat
  whClause, // X has not said whether ...
  saidWords, // X said yes / X said the same / X said his dealing powers would ...
  nounPhrase, // X announced his resignation
];

/** The clause the first deciding pattern finds for the cue, with that pattern's name; or null. */
export function reportedClause(c: CueContext): { span: Span; pattern: string } | null {
  for (const pattern of PATTERNS) {
    const outcome = pattern.find(c);
    if (outcome !== "pass") return outcome === "none" ? null : { span: outcome, pattern: pattern.name };
  }
  return null;
}
