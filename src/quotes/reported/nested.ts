import { BE_FORMS } from "../../document/pos";
import type { Doc, Token } from "../../document/types";
import type { CueMatch } from "../../lexicon/match";
import { judgeCue, type SentenceScan } from "./judge";
import { SUBJECT_END } from "./words";

// Reported speech nested in reported speech: "Lee said Ray had claimed the budget was balanced".
// PolNeAR annotates both relations, Lee's (the outer clause) and Ray's (the inner one); with one
// clause for both, Ray's relation is paired with Lee's clause and gets the wrong speaker.

/** How strong a cue inside a reported clause must be to report a clause of its own. */
const MIN_NESTED_CUE_WEIGHT = 0.6;

/** Words before a verb that make it no statement: "never suggested", "did not think". */
const NEGATION = new Set(["not", "n't", "n\u2019t", "never", "no", "nor", "cannot"]);
/** A form of "be" before a participle makes a passive: "have been asked to", "was told". */
const BE = new Set([...BE_FORMS, "am", "'re"]);
/** Words before a verb that leave it no statement of its subject: a negation, a passive's "be", an infinitive's "to" ("a decision to ask"). */
const NO_STATEMENT_BEFORE = new Set([...NEGATION, ...BE, "to"]);
/** A subject that negates its verb: "nobody had explained the plan". */
const NEGATIVE_SUBJECT = new Set(["nobody", "none", "neither", "nothing"]);
/** Words between a subject and its verb: auxiliaries, adverbs, particles. */
const BETWEEN_SUBJECT_AND_VERB = new Set(["AUX", "ADV", "PART"]);

/** A reported clause nested in another: its parent is the clause whose cue starts at `parentCue`. */
export interface NestedClause {
  start: number;
  end: number;
  cue: CueMatch;
  pattern: string;
  parentCue: number;
}

/** A found clause a later cue may nest in. */
interface Outer {
  start: number;
  end: number;
  cue: CueMatch;
  pattern: string;
}
/**
 * The patterns whose clause is what was said, in which a cue may report in turn. Not an object
 * ("showed restraint", "backed a plan"): what a deed or a stance's object holds is mostly left
 * unannotated by PolNeAR, and a clause nested there was mostly spurious (measured on train).
 */
const CONTENT_PATTERNS = new Set(["that-clause", "as-attribution", "bare-clause", "colon-clause", "parenthetical", "clause-then-attribution", "according-to", "relative-gap", "opener-clause", "wh-clause", "said-words"]);

/**
 * Whether the cue inside a reported clause starting at token `from` states something of its own:
 * a finite verb of saying (not a gerund or an adjective: "since announcing", "Lee's proposed wall")
 * with its own subject right before it, past auxiliaries and adverbs, within the clause; not
 * negated ("he never suggested", "nobody explained", "no one said"), a passive ("they have been asked to") or an infinitive ("a
 * decision to ask"). A verb after "and"
 * has no subject there: it shares the outer cue's (clause.ts ends the clause before it).
 */
function statesOwnClause(tokens: readonly Token[], cue: CueMatch, from: number): boolean {
  const verb = tokens[cue.firstToken]!;
  if (verb.pos !== "VERB" || verb.lower.endsWith("ing") || cue.weight < MIN_NESTED_CUE_WEIGHT) return false;
  let k = cue.firstToken - 1;
  for (; k >= from && BETWEEN_SUBJECT_AND_VERB.has(tokens[k]!.pos); k--) if (NO_STATEMENT_BEFORE.has(tokens[k]!.lower)) return false;
  return k >= from && SUBJECT_END.has(tokens[k]!.pos) && !NEGATIVE_SUBJECT.has(tokens[k]!.lower) && !(tokens[k]!.lower === "one" && tokens[k - 1]?.lower === "no");
}

/**
 * The clause a cue inside a found clause (`outers[0]`; the clauses nested in it so far follow)
 * reports within it, or null: "Lee said on Monday that Governor Ray had claimed *the budget was
 * balanced*". One level only, and nested clauses do not overlap (a cue inside a nested clause
 * reports nothing): a quote overlaps no other but the one it is nested in. `outers` gains the clause.
 */
export function nestedClause(doc: Doc, scan: SentenceScan, cue: CueMatch, outers: Outer[]): NestedClause | null {
  const { tokens } = doc;
  const outer = outers[0]!;
  if (!CONTENT_PATTERNS.has(outer.pattern) || cue.start < outer.start || cue.end > outer.end) return null;
  const overlapsNested = (start: number, end: number) => outers.some((o, k) => k > 0 && o.start < end && start < o.end);
  if (overlapsNested(cue.start, cue.end)) return null;
  let from = cue.firstToken;
  while (from > 0 && tokens[from - 1]!.start >= outer.start) from--;
  if (!statesOwnClause(tokens, cue, from)) return null;
  const { reports, found } = judgeCue(doc, scan, cue);
  // What the nested cue reports follows it: a clause before it inside the outer one ("told X on
  // *Monday that* the fono agreed") is a piece of the outer clause, not the nested cue's content.
  if (!reports || !found || found.span.start < cue.end || found.span.end > outer.end) return null;
  if ((found.span.start === outer.start && found.span.end === outer.end) || overlapsNested(found.span.start, found.span.end)) return null;
  const nested = { ...found.span, cue, pattern: found.pattern, parentCue: outer.cue.start };
  outers.push(nested);
  return nested;
}
