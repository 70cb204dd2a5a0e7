import { openingClauseEnd } from "../document/opening-clause";
import type { Doc, Sentence } from "../document/types";
import type { CueMatch, CueMatcher } from "../lexicon/match";
import { asideOf } from "./reported/aside";
import { judgeCue, type SentenceScan } from "./reported/judge";
import { nominalClauses } from "./reported/nominal";
import { frameClause } from "./reported/frame";
import { reportingCueAt } from "./reported/open-cue";
import { stanceClause } from "./reported/patterns";
import { closingAttribution } from "./reported/trailing";
import { nestedClause } from "./reported/nested";
import { clause, coordinatedThatAt } from "./reported/clause";
import { continuationAfter } from "./reported/continuation";
import { isVerb } from "../document/pos";
import { lastContentToken, tokenIndexAfter } from "./reported/phrases";
import { NOTHING_BLOCKED, type Range, type Region } from "./reported/region";
import { MIN_ASIDE_MAIN_WEIGHT, MIN_LEAD_IN_WEIGHT } from "./reported/thresholds";

/** Reported speech found in a sentence: the clause and the cue that introduces it. */
export interface ReportedClause {
  start: number;
  end: number;
  cue: CueMatch;
  /** The name of the pattern that found it ("that-clause", "stance", ...: reported/patterns). */
  pattern: string;
  /** Set on a clause nested in another ("Lee said Ray claimed *the dam was safe*"): where the cue of
   * the clause it is nested in starts. */
  parentCue?: number;
}

export interface Reported {
  clauses: ReportedClause[];
  /** Quotations that continue a reported clause (`she said Trump favors a "strongman approach"`):
   * where their opening mark stands -> the cue of that clause. */
  leadIns: Map<number, CueMatch>;
}

/**
 * Finds reported speech outside quotation marks: for each cue of a sentence, the shapes listed in
 * reported/patterns (`X said that CLAUSE`, `CLAUSE, X said.`, `according to X, CLAUSE`, `X
 * vowed to ...`, `X seemed to ...`, ...) find the clause it introduces. A clause never overlaps a
 * quotation in marks; a sentence can hold several.
 */
export function findReported(doc: Doc, matcher: CueMatcher, quoted: readonly Range[]): Reported {
  const found: ReportedClause[] = [];
  const leadIns = new Map<number, CueMatch>();
  let q = 0;
  for (const sentence of doc.sentences) {
    while (q < quoted.length && quoted[q]![1] <= sentence.start) q++;
    if (sentence.endToken - sentence.firstToken < 4) continue;
    let k = q;
    while (k < quoted.length && quoted[k]![0] < sentence.end) k++;
    const blocked = k > q ? quoted.slice(q, k) : NOTHING_BLOCKED;
    // Most sentences hold no cue: they are passed over before anything else is worked out.
    const firstCue = nextCue(doc, sentence.firstToken, sentence.endToken, matcher, blocked);
    const from = found.length;
    if (firstCue) clausesIn(doc, sentenceScan(doc, sentence, matcher, blocked, leadIns), firstCue, found);
    const last = lastContentToken(doc.tokens, sentence);
    addNominal(found, from, nominalClauses(doc, sentence, last, blocked, matcher));
    // "To Lee, the plan is a gamble": a frame's clause, unless a cue of its own reports it ("To date, Lee said ...").
    const frame = frameClause(doc, sentence, last, blocked, matcher);
    if (frame) addNominal(found, from, [frame], "frame");
    if (blocked.length > 0) endBeforeQuotations(doc.text, found, from, blocked);
  }
  return { clauses: found, leadIns };
}

/**
 * Ends each clause from `from` on before the first quotation of the sentence (`blocked`) that
 * starts inside it (its spaces trimmed), and drops one that a quotation covers from its start.
 * The patterns stop at tokens that start inside a quotation; this keeps the promise for a token
 * that starts before its mark (wink may join an unclosed mark to the characters before it).
 */
function endBeforeQuotations(text: string, found: ReportedClause[], from: number, blocked: readonly Range[]): void {
  let kept = from;
  for (let k = from; k < found.length; k++) {
    const clause = found[k]!;
    let end = clause.end;
    for (const [start, stop] of blocked) if (start < end && stop > clause.start) end = Math.max(clause.start, start);
    while (end > clause.start && /\s/.test(text[end - 1]!)) end--;
    if (end > clause.start) found[kept++] = end === clause.end ? clause : { ...clause, end };
  }
  found.length = kept;
}

function sentenceScan(doc: Doc, sentence: Sentence, matcher: CueMatcher, blocked: readonly Range[], leadIns: Map<number, CueMatch>): SentenceScan {
  const sentenceEnd = lastContentToken(doc.tokens, sentence);
  // "While he admitted pay was a reason, Dorsey noted ...": what a cue in the clause opening
  // the sentence reports ends with that clause.
  const opening = openingClauseEnd(doc.tokens, sentence.firstToken, sentence.endToken);
  return { sentence, matcher, blocked, leadIns, sentenceEnd, opening };
}

/**
 * Adds the clauses of nominalised cues ("his statement that ...") or a frame ("To Lee, ...") that overlap no clause found from
 * `from` on (a verb's clause wins: replacing it lost more speakers on train than it found), in text order.
 */
function addNominal(found: ReportedClause[], from: number, nominal: ReturnType<typeof nominalClauses>, pattern = "nominal"): void {
  for (const n of nominal) {
    if (found.slice(from).some((c) => c.start < n.end && n.start < c.end)) continue;
    found.push({ ...n, pattern });
  }
  if (nominal.length > 0) found.splice(from, found.length - from, ...found.slice(from).sort((a, b) => a.start - b.start));
}

/**
 * The first cue that starts in tokens [from, end), outside the quotations in marks (`blocked`, in
 * text order), or null. The words of a quotation are stepped over without being read (a quarter of
 * all words).
 */
function nextCue(doc: Doc, from: number, end: number, matcher: CueMatcher, blocked: readonly Range[]): CueMatch | null {
  const { tokens, text } = doc;
  let b = 0; // the first quotation that does not end before the current token
  for (let i = from; i < end; i++) {
    const at = tokens[i]!.start;
    while (b < blocked.length && blocked[b]![1] <= at) b++;
    if (b < blocked.length && at >= blocked[b]![0]) continue;
    const cue = reportingCueAt(text, tokens, i, matcher);
    if (cue) return cue;
  }
  return null;
}

/** The reported clauses of the sentence, whose first cue is `firstCue`, appended to `out`. */
function clausesIn(doc: Doc, scan: SentenceScan, firstCue: CueMatch, out: ReportedClause[]): void {
  const { sentence: s, matcher, blocked, sentenceEnd } = scan;
  const closing = closingAttribution(doc, scan, firstCue);
  if (closing) {
    out.push({ ...closing.span, cue: closing.cue, pattern: closing.pattern });
    return;
  }
  /** Where the last clause found in this sentence ends: a later one may not overlap it, unless nested in it. */
  let previousEnd = -1;
  /** The last clause a verb reported, and the clauses nested in it: a cue inside them may report within them. */
  let outers: ReportedClause[] = [];
  /** Where the search for the next cue resumes: after this cue, or after an aside. */
  let resume = firstCue.endToken;
  for (let cue: CueMatch | null = firstCue; cue; cue = nextCue(doc, resume, s.endToken, matcher, blocked)) {
    resume = cue.endToken;
    if (outers.length > 0 && cue.start < previousEnd) {
      const nested = nestedClause(doc, scan, cue, outers);
      if (nested) out.push(nested);
      continue;
    }
    outers = [];
    const stance = stanceClause(doc, s, sentenceEnd, blocked, cue, matcher);
    if (stance && stance.start >= previousEnd) {
      out.push({ start: stance.start, end: stance.end, cue, pattern: "stance" });
      previousEnd = stance.end;
      continue;
    }
    const clause = verbClause(doc, scan, cue, previousEnd);
    if (!clause) continue;
    if (clause.asideClose >= 0) resume = clause.asideClose + 1;
    if (clause.reported) {
      out.push(clause.reported);
      previousEnd = clause.reported.end;
      if (clause.asideClose < 0) outers = [clause.reported];
    }
    if (clause.also) {
      out.push(clause.also);
      previousEnd = clause.also.end;
      outers.push(clause.also);
    }
  }
}

/**
 * What a cue that starts after the clauses found so far reports (null: nothing, and nothing to
 * skip): its clause, if any, and where an aside it stands in closes (-1 when it stands in none).
 */
function verbClause(
  doc: Doc, scan: SentenceScan, cue: CueMatch, previousEnd: number,
): { reported: ReportedClause | null; also: ReportedClause | null; asideClose: number } | null {
  const { tokens } = doc;
  const { sentence: s, matcher, leadIns } = scan;
  const { reports, leads, region, found } = judgeCue(doc, scan, cue);
  // The first cue of the sentence is its main verb: "Ditto said she expects ... \"to continue\"".
  const noteLeadIn = () => {
    if (leads && region?.leadsInto != null && !leadIns.has(region.leadsInto) && cue.weight >= MIN_LEAD_IN_WEIGHT) leadIns.set(region.leadsInto, cue);
  };
  noteLeadIn();
  // "said it \u201Cstrongly disagreed\u201D with the findings and that it would appeal": the first
  // clause is the quotation's lead-in; a second that-clause after the quotation is reported.
  if (reports && !found && region?.leadsInto != null) {
    const quotation = region.blocked.find(([start]) => start === region.leadsInto);
    const also = quotation ? coordinatedClause(doc, region, quotation[1], cue, "that-clause", MAX_AFTER_QUOTATION) : null;
    return also && also.start >= previousEnd ? { reported: null, also, asideClose: -1 } : null;
  }
  if (!reports || !found || found.span.start < previousEnd) return null;
  // "Lee, wearing a shirt covered in buttons, said ...": the main verb is read next; the aside's
  // cue reports within the aside if it is strong, not in a relative clause ("Lee, who covered the
  // race, said"), whose reports PolNeAR mostly leaves out.
  // ("On the Democratic side, Lee -- whose husband signed the law -- has derided": past an opening phrase.)
  const subjectFrom = scan.opening >= 0 && scan.opening < cue.firstToken ? scan.opening + 1 : s.firstToken;
  const aside = asideOf(doc, cue, subjectFrom, s.endToken, matcher);
  const span = aside ? { start: found.span.start, end: Math.min(found.span.end, tokens[aside.close - 1]!.end) } : found.span;
  const dropped = span.end <= span.start || (aside && (aside.relative || cue.weight < MIN_ASIDE_MAIN_WEIGHT));
  if (dropped) return { reported: null, also: null, asideClose: aside ? aside.close : -1 };
  const also = aside ? null : coordinatedClause(doc, region!, span.end, cue, found.pattern) ?? continuation(doc, region!, cue, found.pattern, matcher);
  // ("... and that her endorsement was \u201Ca big deal.\u201D": the second clause leads into the quotation.)
  noteLeadIn();
  return { reported: { ...span, cue, pattern: found.pattern }, also, asideClose: aside ? aside.close : -1 };
}

/** `CLAUSE, the ministry said, and CLAUSE2.`: the clause that goes on after a closing attribution, which the same cue reports. */
function continuation(doc: Doc, region: Region, cue: CueMatch, pattern: string, matcher: CueMatcher): ReportedClause | null {
  const span = pattern === "clause-then-attribution" ? continuationAfter(doc, region, cue, matcher) : null;
  return span ? { ...span, cue, pattern } : null;
}

/** How many words of the phrase a quotation ends in may stand before a second that-clause. */
const MAX_AFTER_QUOTATION = 6;

/**
 * "said that the pier had closed and that repairs would take years": the second that-clause,
 * after the first one's end, which the same cue reports; null when there is none, or when it runs
 * into a quotation (then the quotation is a partial quote the cue leads into: `region.leadsInto`).
 */
function coordinatedClause(doc: Doc, region: Region, after: number, cue: CueMatch, pattern: string, reach = 0): ReportedClause | null {
  const { tokens } = doc;
  let k = tokenIndexAfter(tokens, region.first, after);
  // Past the rest of a phrase (`\u201C...\u201D with the findings and that`), when `reach` allows: no verb there.
  for (const end = Math.min(k + reach, region.last); k < end && coordinatedThatAt(tokens, k) < 0 && !isVerb(tokens[k]) && tokens[k]!.kind !== "punct"; ) k++;
  const that = k <= region.last ? coordinatedThatAt(tokens, k) : -1;
  const second = that >= 0 ? clause(doc.tokens, region, that + 1, region.last) : null;
  return second ? { ...second, cue, pattern } : null;
}
