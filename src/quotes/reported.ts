import { openingClauseEnd } from "../document/opening-clause";
import type { Doc, Sentence, Token } from "../document/types";
import type { CueEntry } from "../lexicon/cues";
import { cueAt, type CueMatch, type CueMatcher } from "../lexicon/match";
import { introducesContent } from "./reported/cue-classifier";
import { cueEntry } from "./reported/cue-entry";
import { nominalClauses } from "./reported/nominal";
import { NAMING } from "./reported/not-speech";
import { reportedClause, stanceClause, type CueContext } from "./reported/patterns";
import { lastContentToken, tokenIndexAfter } from "./reported/phrases";
import { NOTHING_BLOCKED, type Range, type Region } from "./reported/region";
import { MIN_LEAD_IN_WEIGHT, MIN_REPORTING_WEIGHT, MIN_SOURCED_SHARE } from "./reported/thresholds";
import { PREPOSITION_END } from "./reported/words";

/** Reported speech found in a sentence: the clause and the cue that introduces it. */
export interface ReportedClause {
  start: number;
  end: number;
  cue: CueMatch;
  /** The name of the pattern that found it ("that-clause", "stance", ...: reported/patterns). */
  pattern: string;
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
    if (firstCue) clausesIn(doc, { sentence, matcher, blocked, leadIns }, firstCue, found);
    addNominal(found, from, nominalClauses(doc, sentence, lastContentToken(doc.tokens, sentence), blocked, matcher));
  }
  return { clauses: found, leadIns };
}

/**
 * Adds the clauses of nominalised cues ("his statement that ...") that overlap no clause found from
 * `from` on (a verb's clause wins: replacing it lost more speakers on train than it found), in text order.
 */
function addNominal(found: ReportedClause[], from: number, nominal: ReturnType<typeof nominalClauses>): void {
  for (const n of nominal) {
    if (found.slice(from).some((c) => c.start < n.end && n.start < c.end)) continue;
    found.push({ ...n, pattern: "nominal" });
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
    const cue = cueAt(text, tokens, i, matcher);
    if (cue) return cue;
  }
  return null;
}

/** One sentence being read, and where its lead-ins are collected. */
interface SentenceScan {
  sentence: Sentence;
  matcher: CueMatcher;
  blocked: readonly Range[];
  leadIns: Map<number, CueMatch>;
}

/** The reported clauses of the sentence, whose first cue is `firstCue`, appended to `out`. */
function clausesIn(doc: Doc, scan: SentenceScan, firstCue: CueMatch, out: ReportedClause[]): void {
  const { tokens } = doc;
  const { sentence: s, matcher, blocked, leadIns } = scan;
  const sentenceEnd = lastContentToken(tokens, s);
  // "While he admitted pay was a reason, Dorsey noted ...": what a cue in the clause opening
  // the sentence reports ends with that clause.
  const opening = openingClauseEnd(tokens, s.firstToken, s.endToken);
  /** Where the last clause found in this sentence ends: a later one may not overlap it. */
  let previousEnd = -1;
  /** Where the search for the next cue resumes: after this cue, or after the clause it reports. */
  let resume = firstCue.endToken;
  for (let cue: CueMatch | null = firstCue; cue; cue = nextCue(doc, resume, s.endToken, matcher, blocked)) {
    const token = tokens[cue.firstToken]!;
    resume = cue.endToken;
    const entry = cueEntry(matcher, cue, token);
    const stance = stanceClause(doc, s, sentenceEnd, blocked, cue, matcher);
    if (stance && stance.start >= previousEnd) {
      out.push({ start: stance.start, end: stance.end, cue, pattern: "stance" });
      previousEnd = stance.end;
      continue;
    }
    // The trained classifier decides whether the cue introduces content; the patterns then find it.
    // A cue it turns down may still introduce a quotation its clause runs into (a partial quote).
    // Cues that rarely have a source (passives: "was seen as") report nothing, whatever it says.
    const reports = !rarelySourced(entry) && introducesContent(tokens, s.firstToken, s.endToken, cue, entry, blocked.length > 0);
    const leads = leadsIntoQuotes(cue, entry, token);
    if (!reports && !leads) continue;
    const last = cue.lemma !== "according to" && opening > cue.endToken ? opening - 1 : sentenceEnd;
    const region: Region = { first: s.firstToken, last, blocked, doc, matcher, leadsInto: null };
    const found = reportedClause(cueContext(tokens, region, cue, entry, matcher));
    // The first cue of the sentence is its main verb: "Ditto said she expects ... \"to continue\"".
    if (leads && region.leadsInto !== null && !leadIns.has(region.leadsInto) && cue.weight >= MIN_LEAD_IN_WEIGHT) leadIns.set(region.leadsInto, cue);
    if (reports && found && found.span.start >= previousEnd) {
      out.push({ ...found.span, cue, pattern: found.pattern });
      previousEnd = found.span.end;
      resume = Math.max(cue.endToken, tokenIndexAfter(tokens, cue.firstToken, found.span.end));
    }
  }
}

/** Weak cues, and cues that rarely have a source (passives: "was seen as"), introduce no quotation. */
function leadsIntoQuotes(cue: CueMatch, entry: CueEntry | undefined, token: Token): boolean {
  if (cue.weight < MIN_REPORTING_WEIGHT && !(entry && entry.lemma !== token.lower)) return false;
  return !rarelySourced(entry);
}

function rarelySourced(entry: CueEntry | undefined): boolean {
  return !!entry && entry.sourced < MIN_SOURCED_SHARE;
}

/** What the patterns know of a cue in its region. */
function cueContext(tokens: readonly Token[], r: Region, cue: CueMatch, entry: CueEntry | undefined, matcher: CueMatcher): CueContext {
  // A built-in verb keeps its hand-set weight (its lemma's entry) when a learned form of it scores
  // higher: "mentioned" (learned 0.6) is as weak as "mention" (0.5) at reporting an object.
  const weighed = entry?.builtIn ? { ...cue, weight: Math.min(cue.weight, matcher.lexicon.get(entry.lemma)?.weight ?? cue.weight) } : cue;
  // A naming verb mostly introduces a quotation ("called the plan \u201Cstupid\u201D"); without one
  // after it, its object is what was said ("called him divisive", "called for a ban").
  const naming = NAMING.has(cue.lemma) && !r.blocked.some(([a]) => a > cue.start);
  // A learned phrase ending in a preposition ("called for", "railed against") takes that preposition's object.
  const takes = naming || (entry && !entry.builtIn && PREPOSITION_END.test(cue.lemma)) ? "np" : entry?.takes ?? "clause";
  return { tokens, r, cue: weighed, entry, naming, takes, before: cue.firstToken - r.first };
}
