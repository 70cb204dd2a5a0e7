import type { Doc, Sentence } from "../../../document/types";
import type { CueMatch, CueMatcher } from "../../../lexicon/match";
import { clause, type Span } from "../clause";
import { nextComma } from "../phrases";
import type { Range } from "../region";
import { stanceAt, stanceStart } from "../stance";

/**
 * `X seemed to ...`, `X is expected to ...`: a stance with its subject, from the subject to the
 * next comma. Tried before the other patterns and for every cue, weak ones too; a second cue
 * inside it does not cut it short.
 */
export function stanceClause(doc: Doc, s: Sentence, last: number, blocked: readonly Range[], cue: CueMatch, matcher: CueMatcher): Span | null {
  const { tokens } = doc;
  const from = stanceAt(tokens, cue, matcher) ? stanceStart(tokens, s.firstToken, cue) : -1;
  if (from < 0) return null;
  const r = { first: s.firstToken, last, blocked, doc, matcher: null, leadsInto: null };
  return clause(tokens, r, from, nextComma(tokens, cue.endToken, last));
}
