import { openingClauseEnd } from "../document/opening-clause";
import type { Doc, Sentence, Token } from "../document/types";
import type { CueEntry } from "../lexicon/cues";
import { cueAt, type CueMatch, type CueMatcher } from "../lexicon/match";

/** Reported speech found in a sentence: the clause and the cue that introduces it. */
export interface ReportedClause {
  start: number;
  end: number;
  cue: CueMatch;
}

type Range = readonly [number, number];

const SUBJECTS = new Set(["he", "she", "they", "it", "we", "i", "you", "there", "this", "that"]);
const POSSESSIVE = new Set(["his", "her", "their", "its", "our", "my", "your"]);
const OBJECT_TAKERS = new Set(["np", "to", "wh"]);
const VERBISH = new Set(["VERB", "AUX"]);
const SKIP_BEFORE_CUE = new Set(["ADV", "AUX", "PART"]);
const SUBJECT_END = new Set(["NOUN", "PROPN", "PRON", "NUM"]);
const CLOSERS = /^[.?!"\u201D\u2019')\]]+$/;
/** Learned cues below this weight only attribute quotes; they do not find reported speech. */
const MIN_REPORTING_WEIGHT = 0.15;
/** Cues taking an object or `to` report it from this weight on, with the subject anywhere before
 * them; a built-in verb (or a learned form of it) needs it: "mention" (0.57) is too weak. */
const MIN_OBJECT_WEIGHT = 0.6;
/** A form only learned from train ("backed" 0.32, "wants" 0.23) reports its object from this
 * precision on, when its subject stands right before it: measured on train, such objects are
 * right about two times in three, which raises F1. "saw them as" (0.17) stays out. */
const MIN_LEARNED_OBJECT_PRECISION = 0.2;
/** `X asked whether ...`: a wh-clause after a learned cue is nearly always what was asked. */
const MIN_LEARNED_WH_PRECISION = 0.15;
const QUOTE_MARK = /^["\u201C\u201D\u2018\u2019']$/;
const CONDITIONAL = new Set(["unless", "if", "whether", "until"]);

const TEMPORAL = new Set(["after", "before", "since", "once", "when", "while"]);

/** `after Russia threatened to attack ...`: an event in a time clause, not something reported. */
function backgrounded(tokens: readonly Token[], r: Region, cue: CueMatch): boolean {
  for (let k = cue.firstToken - 1; k >= r.first && cue.firstToken - k <= 5; k--) {
    if (TEMPORAL.has(tokens[k]!.lower)) return true;
    if (tokens[k]!.text === "," || VERBISH.has(tokens[k]!.pos)) return false;
  }
  return false;
}

/** `unless Nato promised to ...`: a condition, not a statement. */
function conditional(tokens: readonly Token[], r: Region, cue: CueMatch): boolean {
  for (let k = cue.firstToken - 1; k >= r.first && cue.firstToken - k <= 4; k--) {
    if (CONDITIONAL.has(tokens[k]!.lower)) return true;
    if (tokens[k]!.text === ",") return false;
  }
  return false;
}

/**
 * Finds reported speech outside quotation marks, in these forms: `X said (on Monday) that CLAUSE`,
 * `X says CLAUSE`, `CLAUSE, X said.`, `CLAUSE, said X.`, `A, X said, CLAUSE`, `according to X,
 * CLAUSE`, `CLAUSE, according to X`, `A, X said, VERB ...`, `..., which X said VERB ...`, and cues
 * that take an object or `to` (`X criticized Y`, `X vowed to ...`, `"...," X said, citing Y`).
 * A clause never overlaps a quotation in marks; a sentence can hold several.
 */
export function findReported(doc: Doc, matcher: CueMatcher, quoted: readonly Range[]): Reported {
  const found: ReportedClause[] = [];
  const leadIns = new Map<number, CueMatch>();
  let q = 0;
  for (const sentence of doc.sentences) {
    while (q < quoted.length && quoted[q]![1] <= sentence.start) q++;
    const blocked: Range[] = [];
    for (let k = q; k < quoted.length && quoted[k]![0] < sentence.end; k++) blocked.push(quoted[k]!);
    if (sentence.endToken - sentence.firstToken < 4) continue;
    found.push(...clausesIn(doc, sentence, matcher, blocked, leadIns));
  }
  return { clauses: found, leadIns };
}

export interface Reported {
  clauses: ReportedClause[];
  /** Quotations that continue a reported clause (`she said Trump favors a "strongman approach"`):
   * where their opening mark stands -> the cue of that clause. */
  leadIns: Map<number, CueMatch>;
}

function clausesIn(
  doc: Doc, s: Sentence, matcher: CueMatcher, blocked: readonly Range[], leadIns: Map<number, CueMatch>,
): ReportedClause[] {
  const { tokens, text } = doc;
  const inQuote = (t: Token) => blocked.some(([a, b]) => t.start >= a && t.start < b);
  const out: ReportedClause[] = [];
  for (let i = s.firstToken; i < s.endToken; i++) {
    const lower = tokens[i]!.lower;
    if (!matcher.starts.has(lower)) continue; // most tokens: no cue
    if (inQuote(tokens[i]!)) continue;
    const cue = cueAt(text, tokens, i, matcher);
    if (!cue) continue;
    const entry = matcher.lexicon.get(cue.text.toLowerCase().replace(/\s+/g, " ")) ?? matcher.lexicon.get(tokens[i]!.lower);
    // Weak cues, and cues that rarely have a source (passives: "was seen as"), only attribute quotes.
    if ((cue.weight < MIN_REPORTING_WEIGHT && !(entry && entry.lemma !== tokens[i]!.lower)) || (entry && entry.sourced < 0.5)) {
      i = cue.endToken - 1;
      continue;
    }
    const strongCueAt = (k: number) => (cueAt(text, tokens, k, matcher)?.weight ?? 0) >= MIN_OBJECT_WEIGHT;
    // "While he acknowledged funding was a reason, Ham noted ...": what a cue in the clause opening
    // the sentence reports ends with that clause.
    const opening = cue.lemma === "according to" ? -1 : openingClauseEnd(tokens, s.firstToken, s.endToken);
    const last = opening > cue.endToken ? opening - 1 : lastContentToken(tokens, s);
    const region: Region = { first: s.firstToken, last, blocked, inQuote, leadsInto: null, strongCueAt };
    const clause = cue.lemma === "according to" ? accordingTo(tokens, region, cue) : aroundCue(tokens, region, cue, entry);
    // The first cue of the sentence is its main verb: "Ditto said she expects ... \"to continue\"".
    if (region.leadsInto !== null && !leadIns.has(region.leadsInto)) leadIns.set(region.leadsInto, cue);
    const previousEnd = out.length ? out[out.length - 1]!.end : -1;
    if (clause && clause.start >= previousEnd) {
      out.push({ ...clause, cue });
      i = Math.max(cue.endToken - 1, tokenIndexAfter(tokens, i, clause.end) - 1);
    } else i = cue.endToken - 1;
  }
  return out;
}

interface Region {
  first: number;
  last: number;
  blocked: readonly Range[];
  inQuote: (t: Token) => boolean;
  /** Whether a reporting verb strong enough to start its own clause starts at a token. */
  strongCueAt: (k: number) => boolean;
  /** Set when a clause ran into a quotation: the offset where that quotation's marks start. */
  leadsInto: number | null;
}

function tokenIndexAfter(tokens: readonly Token[], from: number, offset: number): number {
  let k = from;
  while (k < tokens.length && tokens[k]!.start < offset) k++;
  return k;
}

function lastContentToken(tokens: readonly Token[], s: Sentence): number {
  let last = s.endToken - 1;
  while (last > s.firstToken && tokens[last]!.kind === "punct" && CLOSERS.test(tokens[last]!.text)) last--;
  return last;
}

/** The clause [first, last] (token indices), stopped before a quotation or a semicolon. */
function clause(tokens: readonly Token[], r: Region, first: number, last: number): { start: number; end: number } | null {
  let end = first;
  while (end < last && !r.inQuote(tokens[end + 1]!) && tokens[end + 1]!.text !== ";" && !secondClauseAt(tokens, r, end + 1, last)) end++;
  // A clause that runs into a quotation is the lead-in of a partial quote, which reports it.
  if (end < last && r.inQuote(tokens[end + 1]!)) {
    r.leadsInto = tokens[end + 1]!.start;
    return null;
  }
  while (end > first && tokens[end]!.kind === "punct" && tokens[end]!.text !== ")" && tokens[end]!.text !== "]") end--;
  if (first > end || end - first < 1 || r.inQuote(tokens[first]!)) return null;
  return { start: tokens[first]!.start, end: tokens[end]!.end };
}

/**
 * Whether a second clause starts at the comma `k`, which ends the reported one: a contrast with its
 * own verb (", but the NYPD overruled ...") or a second attribution (", and rights groups warned that").
 */
const CONTRAST = new Set(["but", "while", "although", "though", "whereas"]);
function secondClauseAt(tokens: readonly Token[], r: Region, k: number, last: number): boolean {
  if (tokens[k]!.text !== ",") return false;
  const word = tokens[k + 1]?.lower ?? "";
  if (CONTRAST.has(word)) return hasVerb(tokens, k + 2, Math.min(last, k + 8));
  if (word !== "and") return false;
  for (let j = k + 3; j <= Math.min(last, k + 7); j++) {
    if (r.strongCueAt(j)) return SUBJECT_END.has(tokens[j - 1]!.pos);
    if (VERBISH.has(tokens[j]!.pos) || tokens[j]!.kind === "punct") return false;
  }
  return false;
}

function hasVerb(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (VERBISH.has(tokens[k]!.pos)) return true;
  return false;
}

/** A capitalised word: a name even when the tagger took it for a verb ("Cook said", "said Cook provided"). */
function capitalised(t: Token): boolean {
  return t.kind === "word" && /^\p{Lu}/u.test(t.text);
}

/** A noun, name or pronoun right before the cue (auxiliaries and adverbs skipped); not an
 * infinitive ("a meeting to discuss Y"). */
function nominalSubject(tokens: readonly Token[], r: Region, cue: CueMatch): boolean {
  let k = cue.firstToken - 1;
  while (k > r.first && SKIP_BEFORE_CUE.has(tokens[k]!.pos)) {
    if (tokens[k]!.lower === "to") return false;
    k--;
  }
  const t = tokens[k];
  return !!t && k >= r.first && (SUBJECT_END.has(t.pos) || capitalised(t));
}

/** Whether something that can be a subject stands right before the cue ("X said", "X has also said"). */
function hasSubject(tokens: readonly Token[], r: Region, cue: CueMatch): boolean {
  let k = cue.firstToken - 1;
  while (k > r.first && SKIP_BEFORE_CUE.has(tokens[k]!.pos)) k--;
  const t = tokens[k];
  // "X, director of Y, said" ends with a comma; "X ... and said" coordinates a second verb.
  return !!t && k >= r.first && (SUBJECT_END.has(t.pos) || capitalised(t) || t.text === ")" || t.text === "]" || t.text === "," || t.pos === "CCONJ");
}

function aroundCue(tokens: readonly Token[], r: Region, cue: CueMatch, entry: CueEntry | undefined) {
  const takes = entry?.takes ?? "clause";
  const before = cue.firstToken - r.first;
  // X said (on Monday | in a statement | reporters) that CLAUSE
  for (let j = cue.endToken; j < Math.min(cue.endToken + 7, r.last); j++) {
    const t = tokens[j]!;
    if (t.lower === "that" && before > 0) return clause(tokens, r, j + 1, r.last);
    if (VERBISH.has(t.pos) || t.text === ";" || t.text === ":" || r.inQuote(t)) break;
  }
  // CLAUSE, X said.  /  CLAUSE, said X.  /  CLAUSE, X said Friday, as ...  (the attribution closes the clause)
  const attributionEnd = endOfAttribution(tokens, cue.endToken, r.last);
  if (attributionEnd - cue.endToken < 7 && !hasVerb(tokens, cue.endToken, attributionEnd)) {
    for (let k = cue.firstToken - 1; k > r.first && cue.firstToken - k <= 8; k--) {
      // `"...," the spokesperson added`: the attribution of a quotation, not reported speech.
      if (r.inQuote(tokens[k]!) || QUOTE_MARK.test(tokens[k]!.text)) return null;
      if (tokens[k]!.text === ",") {
        if (hasVerb(tokens, r.first, k - 1)) {
          const earlier = clause(tokens, r, r.first, k - 1);
          // `"...," X said, citing Y`: what comes before is a quotation; the cue's object is reported.
          if (earlier || !OBJECT_TAKERS.has(takes)) return earlier;
          r.leadsInto = null;
        }
        break; // "Back in Virginia, Mr. Clarke said, he decided ...": the clause comes after
      }
      if (VERBISH.has(tokens[k]!.pos)) break;
    }
  }
  if (before === 0 || !hasSubject(tokens, r, cue) || conditional(tokens, r, cue)) return null;
  // A, X said, CLAUSE  (a parenthetical attribution inside the clause)
  if (tokens[cue.endToken]?.text === ",") {
    const rest = tokens[cue.endToken + 1];
    const opensClause = rest && !/^(ADP|SCONJ|VERB|CCONJ)$/.test(rest.pos);
    const comma = precedingComma(tokens, r, cue);
    const quoteBefore = r.blocked.some(([a]) => a < cue.start);
    if (opensClause && comma >= 0 && !quoteBefore && hasVerb(tokens, cue.endToken + 1, r.last)) return clause(tokens, r, cue.endToken + 1, r.last);
    // SUBJECT, X said, VERB ...  ("Greensboro, Sexton said, made him question ..."): the words after
    // the attribution (a span cannot skip it, and the speaker must stay outside the quote)
    if (rest && VERBISH.has(rest.pos) && comma > r.first && !quoteBefore && !hasVerb(tokens, r.first, comma - 1)) return clause(tokens, r, cue.endToken + 1, r.last);
    return null;
  }
  if (OBJECT_TAKERS.has(takes)) {
    // X criticized Y / X vowed to ... / X asked whether ...
    if (!takesObject(cue, entry)) return null;
    if (cue.weight >= MIN_OBJECT_WEIGHT) return clause(tokens, r, cue.endToken, r.last);
    // A weak cue ("backed", "wants to") needs its subject right before it ("a meeting to discuss Y"
    // and "after X threatened to ..." report nothing) and does not attribute a quotation after it.
    if (!nominalSubject(tokens, r, cue) || backgrounded(tokens, r, cue) || bareInfinitive(tokens, cue, r.last)) return null;
    // A participle counts only in a progressive ("is seeking"): "her supporting it", "Defending
    // himself, Trump ..." name their subject too loosely.
    if (tokens[cue.firstToken]!.lower.endsWith("ing") && tokens[cue.firstToken - 1]!.pos !== "AUX") return null;
    const object = clause(tokens, r, cue.endToken, r.last);
    r.leadsInto = null;
    return object;
  }
  // X says CLAUSE  (no "that": the clause starts with its own subject)
  const j = cue.lemma === "tell" ? skipObject(tokens, cue.endToken, r.last) : cue.endToken;
  const next = tokens[j];
  if (!next) return null;
  // ... which officials said will take effect ...  (a relative clause: the cue's subject is its gap)
  if (VERBISH.has(next.pos) && !next.lower.endsWith("ing") && cue.weight >= MIN_OBJECT_WEIGHT) {
    const gap = clause(tokens, r, j, nextComma(tokens, j, r.last));
    r.leadsInto = null; // a quotation after it belongs to the main clause's verb
    return gap;
  }
  const subjectLike = SUBJECTS.has(next.lower) || /^(DET|PROPN|NUM|NOUN|ADJ|ADV)$/.test(next.pos) || possessiveSubject(tokens, j, r.last) || capitalised(next);
  if (subjectLike && hasVerb(tokens, j + 1, Math.min(r.last, j + 8))) return clause(tokens, r, j, r.last);
  return null;
}

/** `his plan would ...`: a possessive starts a subject only when a verb follows its noun phrase
 * (not `announced their support`). */
function possessiveSubject(tokens: readonly Token[], j: number, last: number): boolean {
  if (!POSSESSIVE.has(tokens[j]!.lower)) return false;
  if (!/^(NOUN|PROPN|ADJ|NUM)$/.test(tokens[j + 1]?.pos ?? "")) return false;
  let k = j + 2;
  while (k < last && k - j < 8 && /^(NOUN|PROPN|ADJ|NUM|ADP|DET|PART)$/.test(tokens[k]!.pos)) k++;
  return VERBISH.has(tokens[k]!.pos);
}

/** `declined to comment (further)`: `to` and a verb with nothing after it report no content. */
function bareInfinitive(tokens: readonly Token[], cue: CueMatch, last: number): boolean {
  if (tokens[cue.endToken]?.lower !== "to") return false;
  const rest = last - cue.endToken;
  return rest <= 1 || (rest === 2 && /^(ADV|ADJ)$/.test(tokens[last]!.pos));
}

/** Whether an object or `to` after this cue is what was said (`X criticized Y`, `X vowed to ...`). */
function takesObject(cue: CueMatch, entry: CueEntry | undefined): boolean {
  if (entry?.builtIn) return cue.weight >= MIN_OBJECT_WEIGHT;
  return cue.weight >= (entry?.takes === "wh" ? MIN_LEARNED_WH_PRECISION : MIN_LEARNED_OBJECT_PRECISION);
}

/** The token before the next comma after `from`, or `last`. */
function nextComma(tokens: readonly Token[], from: number, last: number): number {
  for (let k = from; k <= last; k++) if (tokens[k]!.text === ",") return k - 1;
  return last;
}

/** The last token of an attribution that starts at `from`: up to the next comma or the clause end. */
function endOfAttribution(tokens: readonly Token[], from: number, last: number): number {
  for (let k = from; k <= last && k - from < 8; k++) if (tokens[k]!.text === ",") return k - 1;
  return last;
}

function precedingComma(tokens: readonly Token[], r: Region, cue: CueMatch): number {
  for (let k = cue.firstToken - 1; k > r.first && cue.firstToken - k <= 6; k--) {
    if (tokens[k]!.text === ",") return k;
    if (VERBISH.has(tokens[k]!.pos)) return -1;
  }
  return -1;
}

/** Skips the hearer of "told": one short noun phrase ("reporters", "Russian media", "him"). */
function skipObject(tokens: readonly Token[], j: number, last: number): number {
  let k = j;
  while (k < last && k - j < 3 && /^(PROPN|NOUN|ADJ|PRON)$/.test(tokens[k]!.pos) && !SUBJECTS.has(tokens[k]!.lower)) k++;
  return k;
}

function accordingTo(tokens: readonly Token[], r: Region, cue: CueMatch) {
  // according to X, CLAUSE
  if (cue.firstToken === r.first || tokens[cue.firstToken - 1]?.pos === "CCONJ") {
    for (let k = cue.endToken; k < r.last && k - cue.endToken < 10; k++) {
      if (tokens[k]!.text === ",") return clause(tokens, r, k + 1, r.last);
    }
    return null;
  }
  // CLAUSE, according to X.
  if (tokens[cue.firstToken - 1]?.text === "," && hasVerb(tokens, r.first, cue.firstToken - 2)) {
    return clause(tokens, r, r.first, cue.firstToken - 2);
  }
  return null;
}
