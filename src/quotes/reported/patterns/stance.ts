import type { Doc, Sentence, Token } from "../../../document/types";
import type { CueMatch, CueMatcher } from "../../../lexicon/match";
import { clause, type Span } from "../clause";
import { nextComma } from "../phrases";
import type { Range } from "../region";
import { opensRelative, stanceAt, stanceStart } from "../stance";
import { isPossessiveS } from "../../../document/pos";
import { PERSONAL_PRONOUNS } from "../words";

/**
 * `X seemed to ...`, `X is expected to ...`: a stance with its subject, from the subject to the
 * next comma. Tried before the other patterns and for every cue, weak ones too; a second cue
 * inside it does not cut it short.
 */
export function stanceClause(doc: Doc, s: Sentence, last: number, blocked: readonly Range[], cue: CueMatch, matcher: CueMatcher): Span | null {
  const { tokens } = doc;
  const start = stanceAt(tokens, cue, matcher) ? stanceStart(tokens, s.firstToken, cue) : -1;
  if (start < 0) return null;
  // "Rubio seemed hopeful that ...": the view is held by the subject, who speaks for it; "X is
  // expected to ..." holds nobody's (the subject stays in the clause, which has no speaker).
  const from = holdsView(tokens, cue, start) ? cue.endToken : start;
  const r = { first: s.firstToken, last, blocked, doc, matcher: null, leadsInto: null };
  return clause(tokens, r, from, nextComma(tokens, cue.endToken, last));
}

/** What follows a stance word whose subject holds a view ("seemed to favour"); an adjective alone
 * ("appeared paralyzed", "seems stable") describes the subject, in the writer's view. */
const VIEW_AFTER = new Set(["to", "that"]);

/** "to" or "that" after the stance word, or after an adjective there ("seemed hopeful that", "appears ready to"). */
function viewAfter(tokens: readonly Token[], k: number): boolean {
  const at = (i: number) => VIEW_AFTER.has(tokens[i]?.lower ?? "");
  return at(k) || (tokens[k]?.pos === "ADJ" && at(k + 1));
}

/** A subject that holds the view a stance word reports: a noun phrase right before "seemed" or
 * "appears" (past adverbs), opening the stance's clause at `start`. */
function holdsView(tokens: readonly Token[], cue: CueMatch, start: number): boolean {
  if (tokens[cue.firstToken]!.lower === "expected" || start >= cue.firstToken || !viewAfter(tokens, cue.endToken)) return false;
  let k = cue.firstToken - 1;
  while (k > start && (tokens[k]!.pos === "ADV" || tokens[k]!.pos === "AUX")) k--;
  const subject = tokens.slice(start, k + 1);
  // "Mr. Lee's treatment of the attack seemed to fall short": a phrase with a modifier or a
  // possessive is a thing; "which appeared to", "what seems to" are no holders.
  if (subject.some((t) => t.pos === "ADP" || isPossessiveS(t) || opensRelative(t.lower))) return false;
  // A name or a personal pronoun holds a view; a thing ("the plan seems to work", "it seems") does not.
  return tokens[k]!.pos === "PROPN" || PERSONAL_PRONOUNS.has(tokens[k]!.lower);
}
