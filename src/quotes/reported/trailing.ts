import type { Doc } from "../../document/types";
import { cueAt, type CueMatch } from "../../lexicon/match";
import type { Span } from "./clause";
import { judgeCue, type SentenceScan } from "./judge";

// "Factories added jobs in March, the agency said.": the attribution closing a sentence names the
// cue, and the verbs before it ("added") belong to what was said. Without this pass the first cue
// of the sentence took its object for a clause and the closing attribution found its clause taken.

/** The patterns whose clause stands before the cue, closing the sentence. */
const CLOSING = new Set(["clause-then-attribution", "according-to"]);
/** How far from the sentence's end the comma before a closing attribution may stand, in tokens. */
const MAX_CLOSING_ATTRIBUTION = 16;

/** A clause reported by an attribution that closes the sentence (`CLAUSE, X said.`, `CLAUSE,
 * according to X.`), when the sentence's first cue is not that attribution's; else null. */
export function closingAttribution(doc: Doc, scan: SentenceScan, firstCue: CueMatch): { span: Span; cue: CueMatch; pattern: string } | null {
  const { tokens } = doc;
  const { sentence: s, sentenceEnd } = scan;
  if (scan.blocked.length > 0) return null;
  const comma = lastComma(doc, s.firstToken, sentenceEnd);
  if (comma < 0 || comma < firstCue.endToken) return null;
  for (let i = comma + 1; i <= sentenceEnd; i++) {
    const cue = cueAt(doc.text, tokens, i, scan.matcher);
    if (!cue) continue;
    const { reports, found } = judgeCue(doc, scan, cue);
    return reports && found && CLOSING.has(found.pattern) && found.span.end <= cue.start ? { ...found, cue } : null;
  }
  return null;
}

/** The last comma within {@link MAX_CLOSING_ATTRIBUTION} tokens of the sentence's end, or -1. */
function lastComma(doc: Doc, first: number, last: number): number {
  for (let k = last; k > first && last - k <= MAX_CLOSING_ATTRIBUTION; k--) if (doc.tokens[k]!.text === ",") return k;
  return -1;
}
