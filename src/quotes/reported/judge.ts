import type { Doc, Sentence, Token } from "../../document/types";
import type { CueEntry } from "../../lexicon/cues";
import type { CueMatch, CueMatcher } from "../../lexicon/match";
import type { Span } from "./clause";
import { introducesContent } from "./cue-classifier";
import { cueEntry } from "./cue-entry";
import { anonymityFormula, findsItself, NAMING, precinctsReporting } from "./not-speech";
import { asClause, reportedClause, type CueContext } from "./patterns";
import type { Range, Region } from "./region";
import { MIN_REPORTING_WEIGHT, MIN_SOURCED_SHARE } from "./thresholds";
import { PREPOSITION_END } from "./words";

// What one cue of a sentence reports: whether the classifier lets it, and the clause the patterns find.

/** One sentence being read, and where its lead-ins are collected. */
export interface SentenceScan {
  sentence: Sentence;
  matcher: CueMatcher;
  blocked: readonly Range[];
  leadIns: Map<number, CueMatch>;
  /** The sentence's last token that is not closing punctuation. */
  sentenceEnd: number;
  /** Where the clause opening the sentence ends ("While he admitted ..., Dorsey noted"), or -1. */
  opening: number;
}

/** The verdict on one cue. */
export interface CueJudgement {
  /** The classifier lets it report content (and its uses usually have a source). */
  reports: boolean;
  /** It may introduce a quotation its clause runs into. */
  leads: boolean;
  /** The region its clause was looked for in (`leadsInto` set when the clause ran into a quotation). */
  region: Region | null;
  found: { span: Span; pattern: string } | null;
}

const NOTHING: CueJudgement = { reports: false, leads: false, region: null, found: null };

/** Whether `cue` reports content and which clause the patterns find for it. */
export function judgeCue(doc: Doc, scan: SentenceScan, cue: CueMatch): CueJudgement {
  const { tokens } = doc;
  const { sentence: s, matcher, blocked } = scan;
  const token = tokens[cue.firstToken]!;
  if (anonymityFormula(tokens, cue) || precinctsReporting(tokens, cue) || findsItself(tokens, cue)) return NOTHING;
  const entry = cueEntry(matcher, cue, token);
  // The trained classifier decides whether the cue introduces content; the patterns then find it.
  // A cue it turns down may still introduce a quotation its clause runs into (a partial quote).
  // Cues that rarely have a source (passives: "was seen as") report nothing, whatever it says.
  const reports = !rarelySourced(entry) && introducesContent(tokens, s.firstToken, s.endToken, cue, entry, blocked.length > 0);
  const leads = leadsIntoQuotes(cue, entry, token);
  if (!reports && !leads) return NOTHING;
  // What a cue in the clause opening the sentence reports ends with that clause; unless that
  // clause is the attribution ("According to X, ...", "As X noted on Monday, ...").
  const inOpening = scan.opening > cue.endToken && cue.lemma !== "according to" && !asClause(tokens, s.firstToken, scan.sentenceEnd, cue);
  const last = inOpening ? scan.opening - 1 : scan.sentenceEnd;
  const region: Region = { first: s.firstToken, last, blocked, doc, matcher, leadsInto: null };
  return { reports, leads, region, found: reportedClause(cueContext(tokens, region, cue, entry, matcher)) };
}

/** Weak cues, and cues that rarely have a source (passives: "was seen as"), introduce no quotation. */
function leadsIntoQuotes(cue: CueMatch, entry: CueEntry | undefined, token: Token): boolean {
  if (cue.open) return false; // an open cue reports its that-clause only
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
