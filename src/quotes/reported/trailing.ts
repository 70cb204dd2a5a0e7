import { possessedGerund } from "../../document/pos";
import type { Doc } from "../../document/types";
import { cueAt, type CueMatch } from "../../lexicon/match";
import { invertedSubject } from "../inverted";
import type { Span } from "./clause";
import { judgeCue, type SentenceScan } from "./judge";
import { capitalised, hasVerb, onConditionOfAnonymity } from "./phrases";

// "Factories added jobs in March, the agency said.": the attribution closing a sentence names the
// cue, and the verbs before it ("added") belong to what was said. Without this pass the first cue
// of the sentence took its object for a clause and the closing attribution found its clause taken.

/** The patterns whose clause stands before the cue, closing the sentence. */
const CLOSING = new Set(["clause-then-attribution", "according-to"]);
/** How far from the sentence's end a comma before a closing attribution may stand, in tokens. */
const MAX_CLOSING_ATTRIBUTION = 24;
/** How far from the sentence's end the comma before a closing verb may stand ("CLAUSE, X said."). */
const MAX_CLOSING_VERB = 16;
/** The longest name after an inverted verb before an apposition ("said Dan Lee, ..."), in tokens. */
const MAX_INVERTED_NAME = 5;
/** How many commas from the end are tried: "CLAUSE, according to X, which tracks ...". */
const MAX_CLOSING_COMMAS = 3;

/** A clause reported by an attribution that closes the sentence (`CLAUSE, X said.`, `CLAUSE,
 * according to X.`, `CLAUSE, according to X, which ...`), when the sentence's first cue is not that
 * attribution's; else null. The stretches between the last commas are tried from the end: the
 * first holding a cue decides. */
export function closingAttribution(doc: Doc, scan: SentenceScan, firstCue: CueMatch): { span: Span; cue: CueMatch; pattern: string } | null {
  const { sentence: s, sentenceEnd } = scan;
  if (scan.blocked.length > 0) return null;
  let stretchEnd = sentenceEnd;
  /** No stretch but trailing adjuncts stands between this one and the sentence's end. */
  let last = true;
  for (let tried = 0; tried < MAX_CLOSING_COMMAS; tried++) {
    const comma = lastComma(doc, s.firstToken, stretchEnd, sentenceEnd);
    if (comma < 0 || comma < firstCue.endToken) return null;
    if (last && trailingAdjunct(doc, comma + 1)) {
      stretchEnd = comma - 1;
      continue;
    }
    const cue = firstCueIn(doc, scan, comma + 1, stretchEnd);
    // Only "according to" reaches past the last comma or far from the end: its source is a long
    // noun phrase ("according to a tally by X, which ..."), a verb's attribution a short one.
    const reach = (last && stretchEnd - comma <= MAX_CLOSING_VERB) || (cue !== null && invertedBeforeApposition(doc, cue, stretchEnd, sentenceEnd));
    last = false;
    if (cue && !reach && cue.lemma !== "according to") return null;
    if (cue) {
      const { reports, found } = judgeCue(doc, scan, cue);
      return reports && found && CLOSING.has(found.pattern) && found.span.end <= cue.start ? { ...found, cue } : null;
    }
    stretchEnd = comma - 1;
  }
  return null;
}

/** Words opening a phrase or clause that trails an attribution ("..., Lee said Wednesday, after a hearing that ran past
 * midnight"); not "as", which opens an attribution of its own ("..., as Lee pointed out"). */
const ADJUNCT_OPENERS = new Set(["after", "before", "while", "when", "because", "following", "during", "amid", "despite", "since", "until"]);

/** Whether the stretch starting at token `first` trails an attribution: a time or reason phrase,
 * or the AP's "speaking on condition of anonymity". */
function trailingAdjunct(doc: Doc, first: number): boolean {
  const t = doc.tokens[first];
  return !!t && (ADJUNCT_OPENERS.has(t.lower) || (t.lower.endsWith("ing") && onConditionOfAnonymity(doc.tokens, first + 1)));
}

/** "CLAUSE, said Dan Lee, director of X and an analyst in Y.": an inverted verb opening its stretch, a short
 * capitalised name after it (not "..., say, the party.") that the stretch's end closes, and only an apposition (no verb) from there to the sentence's end. */
function invertedBeforeApposition(doc: Doc, cue: CueMatch, stretchEnd: number, sentenceEnd: number): boolean {
  if (stretchEnd >= sentenceEnd) return false;
  const name = (first: number) => (first <= stretchEnd && stretchEnd - first < MAX_INVERTED_NAME && capitalised(doc.tokens[first]!) ? stretchEnd + 1 : -1);
  return !!invertedSubject(doc.tokens, cue, name) && !hasVerb(doc.tokens, stretchEnd + 2, sentenceEnd);
}

/** The first cue starting in tokens [from, last], or null; not a noun of the subject ("a person
 * familiar with the family's thinking said"). */
function firstCueIn(doc: Doc, scan: SentenceScan, from: number, last: number): CueMatch | null {
  for (let i = from; i <= last; i++) {
    const cue = cueAt(doc.text, doc.tokens, i, scan.matcher);
    if (cue && !possessedGerund(doc.tokens, i)) return cue;
  }
  return null;
}

/** The last comma at or before token `last`, within {@link MAX_CLOSING_ATTRIBUTION} tokens of the sentence's end (`end`), or -1. */
function lastComma(doc: Doc, first: number, last: number, end: number): number {
  for (let k = last; k > first && end - k <= MAX_CLOSING_ATTRIBUTION; k--) if (doc.tokens[k]!.text === ",") return k;
  return -1;
}
