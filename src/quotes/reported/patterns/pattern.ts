import type { Token } from "../../../document/types";
import type { CueEntry, CueTakes } from "../../../lexicon/cues";
import type { CueMatch } from "../../../lexicon/match";
import type { Span } from "../clause";
import type { Region } from "../region";

/** What a pattern knows of one cue in its sentence. */
export interface CueContext {
  tokens: readonly Token[];
  /** The stretch of the sentence the clause may take, and the quotations it stops at. */
  r: Region;
  /** The cue, with a built-in verb's hand-set weight (not a learned form's higher one). */
  cue: CueMatch;
  entry: CueEntry | undefined;
  /** A naming verb ("call") with no quotation after it: its object is what was said. */
  naming: boolean;
  /** What the cue takes after it: a clause, a noun phrase ("np"), `to`, a wh-clause, ... */
  takes: CueTakes;
  /** How many tokens of the region come before the cue. */
  before: number;
}

/**
 * A pattern's answer for a cue: the reported clause; "none" when the pattern recognises the shape
 * and it reports nothing (the later patterns are not tried); "pass" when the shape is not its own.
 */
export type Outcome = Span | "none" | "pass";

/** One shape of reported speech around a cue. */
export interface Pattern {
  /** A short name, for the docs and tests. */
  name: string;
  find(c: CueContext): Outcome;
}

/** A clause a pattern settled on, or "none" when it came out empty. */
export function settled(span: Span | null): Outcome {
  return span ?? "none";
}
