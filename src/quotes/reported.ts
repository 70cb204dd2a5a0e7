import { isVerb } from "../document/pos";
import { openingClauseEnd } from "../document/opening-clause";
import type { Doc, Sentence, Token } from "../document/types";
import type { CueEntry } from "../lexicon/cues";
import { cueAt, cueEntryAt, type CueMatch, type CueMatcher } from "../lexicon/match";
import { NOTHING_BLOCKED, inQuote, type Range, type Region } from "./reported/region";
import { SUBJECTS, tokenIndexAfter, lastContentToken, clauseVerbWindow, CLAUSE_OPENERS, hasFiniteVerb, hasVerb, capitalised, beforeCoordinatedVerb, timeClauseOnly, possessiveSubject, nextComma, endOfAttribution, skipTimePhrase, skipObject, commaAfter } from "./reported/phrases";
import { NAMING, TEMPORAL, backgrounded, conditional, namesAThing, seenAs, bareInfinitive } from "./reported/not-speech";
import { RELATIVE, stanceAt, stanceStart } from "./reported/stance";

/** Reported speech found in a sentence: the clause and the cue that introduces it. */
export interface ReportedClause {
  start: number;
  end: number;
  cue: CueMatch;
}



const OBJECT_TAKERS = new Set(["np", "to", "wh"]);

const SKIP_BEFORE_CUE = new Set(["ADV", "AUX", "PART"]);

const SUBJECT_END = new Set(["NOUN", "PROPN", "PRON", "NUM"]);

/** Learned cues below this weight only attribute quotes; they do not find reported speech. */
const MIN_REPORTING_WEIGHT = 0.15;

/** Cues taking an object or `to` report it from this weight on, with the subject anywhere before
 * them; a built-in verb (or a learned form of it) needs it: "mention" (0.57) is too weak. */
const MIN_OBJECT_WEIGHT = 0.6;

/** A learned form from this precision on ("declined" 0.28, "talking about" 0.35) reports its object
 * with its subject further before it ("X, who ..., declined to ..."); on train this raises F1 by
 * 0.003 for 0.002 of the speaker's share. Participles ("a law restricting ...") still
 * need their subject right before them. */
const MIN_OBJECT_WITHOUT_SUBJECT = 0.25;

/** A form only learned from train ("backed" 0.32, "wants" 0.23, "saw them as" 0.17) reports its
 * object from this precision on (every learned form), when its subject stands right before it:
 * measured on dev, lowering it from 0.2 to 0.15 raises reported F1 by 0.005 (precision 0.873 ->
 * 0.868, recall 0.573 -> 0.582). */
const MIN_LEARNED_OBJECT_PRECISION = 0.2;

/** A learned cue below this precision ("feel" 0.19: `who feel that way, "but not ..."`) does not
 * attribute the quotation its clause runs into. */
const MIN_LEAD_IN_WEIGHT = 0.2;

/** `X asked whether ...`: a wh-clause after a learned cue is nearly always what was asked. */
const MIN_LEARNED_WH_PRECISION = 0.15;

const QUOTE_MARK = /^["\u201C\u201D\u2018\u2019']$/;

const PREPOSITION_END = / (for|about|on|of|to|against|over|with|at|in)$/;

/** A verb of saying and the topic's preposition ("said of", "says about"). */
const SAID_OF = /^(say|says|said|saying) (of|about)$/;

/**
 * Finds reported speech outside quotation marks, in these forms: `X said (on Monday) that CLAUSE`,
 * `X says CLAUSE`, `CLAUSE, X said.`, `CLAUSE, said X.`, `A, X said, CLAUSE`, `according to X,
 * CLAUSE`, `CLAUSE, according to X`, `A, X said, VERB ...`, `..., which X said VERB ...`, and cues
 * that take an object or `to` (`X criticized Y`, `X vowed to ...`, `"...," X said, citing Y`), and
 * stances with their subject (`X seemed to ...`, `X is expected to ...`: reported/stance.ts).
 * A clause never overlaps a quotation in marks; a sentence can hold several.
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
    if (firstCue) clausesIn(doc, sentence, firstCue, matcher, blocked, leadIns, found);
  }
  return { clauses: found, leadIns };
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

export interface Reported {
  clauses: ReportedClause[];
  /** Quotations that continue a reported clause (`she said Trump favors a "strongman approach"`):
   * where their opening mark stands -> the cue of that clause. */
  leadIns: Map<number, CueMatch>;
}

/** The reported clauses of sentence `s`, whose first cue is `firstCue`, appended to `out`. */
function clausesIn(
  doc: Doc, s: Sentence, firstCue: CueMatch, matcher: CueMatcher, blocked: readonly Range[],
  leadIns: Map<number, CueMatch>, out: ReportedClause[],
): void {
  const { tokens } = doc;
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
    const stanceFrom = stanceAt(tokens, cue, matcher) ? stanceStart(tokens, s.firstToken, cue) : -1;
    const stance = stanceFrom >= 0
      ? stanceClause(tokens, { first: s.firstToken, last: sentenceEnd, blocked, doc, matcher: null, leadsInto: null }, stanceFrom, cue)
      : null;
    if (stance && stance.start >= previousEnd) {
      out.push({ start: stance.start, end: stance.end, cue });
      previousEnd = stance.end;
      continue;
    }
    // Weak cues, and cues that rarely have a source (passives: "was seen as"), only attribute quotes.
    if ((cue.weight < MIN_REPORTING_WEIGHT && !(entry && entry.lemma !== token.lower)) || (entry && entry.sourced < 0.5)) continue;
    const last = cue.lemma !== "according to" && opening > cue.endToken ? opening - 1 : sentenceEnd;
    const region: Region = { first: s.firstToken, last, blocked, doc, matcher, leadsInto: null };
    // A built-in verb keeps its hand-set weight (its lemma's entry) when a learned form of it scores
    // higher: "mentioned" (learned 0.6) is as weak as "mention" (0.5) at reporting an object.
    const weighed = entry?.builtIn ? { ...cue, weight: Math.min(cue.weight, matcher.lexicon.get(entry.lemma)?.weight ?? cue.weight) } : cue;
    const clause = cue.lemma === "according to" ? accordingTo(tokens, region, cue) : aroundCue(tokens, region, weighed, entry);
    // The first cue of the sentence is its main verb: "Ditto said she expects ... \"to continue\"".
    if (region.leadsInto !== null && !leadIns.has(region.leadsInto) && cue.weight >= MIN_LEAD_IN_WEIGHT) leadIns.set(region.leadsInto, cue);
    if (clause && clause.start >= previousEnd) {
      out.push({ start: clause.start, end: clause.end, cue });
      previousEnd = clause.end;
      resume = Math.max(cue.endToken, tokenIndexAfter(tokens, cue.firstToken, clause.end));
    }
  }
}

/** Whether a reporting verb strong enough to start its own clause starts at token `k`. */
function strongCueAt(r: Region, k: number): boolean {
  return !!r.matcher && (cueEntryAt(r.doc.tokens, k, r.matcher)?.weight ?? 0) >= MIN_OBJECT_WEIGHT;
}

/** The clause [first, last] (token indices), stopped before a quotation or a semicolon. */
function clause(tokens: readonly Token[], r: Region, first: number, last: number): { start: number; end: number } | null {
  let end = first;
  while (end < last && !inQuote(r, tokens[end + 1]!) && tokens[end + 1]!.text !== ";" && !secondClauseAt(tokens, r, end + 1, last)) end++;
  // A clause that runs into a quotation is the lead-in of a partial quote, which reports it.
  if (end < last && inQuote(r, tokens[end + 1]!)) {
    r.leadsInto = tokens[end + 1]!.start;
    return null;
  }
  while (end > first && tokens[end]!.kind === "punct" && tokens[end]!.text !== ")" && tokens[end]!.text !== "]") end--;
  if (first > end || end - first < 1 || inQuote(r, tokens[first]!)) return null;
  return { start: tokens[first]!.start, end: tokens[end]!.end };
}

/** The lexicon entry of the cue as written (a phrase's words joined by single spaces), else of its
 * first word. A one-token cue is its token's text, so its lower-cased form needs no new string. */
function cueEntry(matcher: CueMatcher, cue: CueMatch, first: Token): CueEntry | undefined {
  const written = cue.endToken === cue.firstToken + 1 && cue.text === first.text ? first.lower : cue.text.toLowerCase().replace(/\s+/g, " ");
  return matcher.lexicon.get(written) ?? matcher.lexicon.get(first.lower);
}

/**
 * Whether a second clause starts at the comma `k`, which ends the reported one: a contrast with its
 * own verb (", but the NYPD overruled ...") or a second attribution (", and rights groups warned that").
 */
const CONTRAST = new Set(["but", "while", "although", "though", "whereas"]);

function secondClauseAt(tokens: readonly Token[], r: Region, k: number, last: number): boolean {
  // "... lifted his mood and said that ...": a second verb of saying of the same subject.
  // "... and calls her “...”": a second verb of saying that leads into a quotation.
  if (tokens[k]!.lower === "and") {
    return strongCueAt(r, k + 1) && (tokens[k + 2]?.lower === "that" || (tokens[k + 1]!.pos === "VERB" && r.blocked.some(([a]) => a > tokens[k]!.start)));
  }
  if (tokens[k]!.text !== ",") return false;
  const word = tokens[k + 1]?.lower ?? "";
  // ", telling reporters that ...", ", calling him ...": a participle of saying starts the next statement.
  if (word.endsWith("ing") && isVerb(tokens[k + 1]) && strongCueAt(r, k + 1)) return true;
  if (CONTRAST.has(word)) return hasVerb(tokens, k + 2, Math.min(last, k + 8));
  if (word !== "and") return subjectAndCue(tokens, r, k + 1, last);
  // ", and when pressed on why ..., she replied": a new sentence-like clause opens.
  if (TEMPORAL.has(tokens[k + 2]?.lower ?? "")) return true;
  for (let j = k + 3; j <= Math.min(last, k + 7); j++) {
    if (strongCueAt(r, j)) return SUBJECT_END.has(tokens[j - 1]!.pos);
    if (isVerb(tokens[j]) || tokens[j]!.kind === "punct") return false;
  }
  return false;
}

/** ", a man yelled ...": a short subject and a strong cue start a second attribution. */
function subjectAndCue(tokens: readonly Token[], r: Region, from: number, last: number): boolean {
  if (!/^(DET|PROPN|PRON|NOUN|NUM)$/.test(tokens[from]?.pos ?? "")) return false;
  for (let j = from + 1; j <= Math.min(last, from + 4); j++) {
    if (strongCueAt(r, j)) return SUBJECT_END.has(tokens[j - 1]!.pos) && !/^(,|that)$/.test(tokens[j + 1]?.lower ?? "");
    if (!SUBJECT_END.has(tokens[j]!.pos) && tokens[j]!.pos !== "ADJ") return false;
  }
  return false;
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

/** Whether something that can be a subject stands right before the cue ("X said", "X has also said",
 * "42% say"). */
function hasSubject(tokens: readonly Token[], r: Region, cue: CueMatch): boolean {
  let k = cue.firstToken - 1;
  while (k > r.first && SKIP_BEFORE_CUE.has(tokens[k]!.pos)) k--;
  const t = tokens[k];
  // "X, director of Y, said" ends with a comma; "X ... and said" coordinates a second verb.
  return !!t && k >= r.first && (SUBJECT_END.has(t.pos) || capitalised(t) || /^[)\],%]$/.test(t.text) || t.pos === "CCONJ");
}

function aroundCue(tokens: readonly Token[], r: Region, cue: CueMatch, entry: CueEntry | undefined) {
  // A naming verb mostly introduces a quotation ("called the plan \u201Cstupid\u201D"); without one
  // after it, its object is what was said ("called him divisive", "called for a ban").
  const naming = NAMING.has(cue.lemma) && !r.blocked.some(([a]) => a > cue.start);
  if (naming && namesAThing(tokens, cue)) return null;
  // A learned phrase ending in a preposition ("called for", "railed against") takes that preposition's object.
  const takes = naming || (entry && !entry.builtIn && PREPOSITION_END.test(cue.lemma)) ? "np" : entry?.takes ?? "clause";
  const before = cue.firstToken - r.first;
  // X said (on Monday | in a statement | reporters) that CLAUSE
  for (let j = cue.endToken; j < Math.min(cue.endToken + 12, r.last); j++) {
    const t = tokens[j]!;
    // (not "stressed her support of the raid that killed ...": a relative clause)
    if (t.lower === "that" && before > 0 && !isVerb(tokens[j + 1])) return clause(tokens, r, j + 1, r.last);
    if (isVerb(t) || t.text === ";" || t.text === ":" || inQuote(r, t)) break;
  }
  // CLAUSE, X said.  /  CLAUSE, said X.  /  CLAUSE, X said Friday, as ...  (the attribution closes the clause)
  const attributionEnd = endOfAttribution(tokens, cue.endToken, r.last);
  // "..., Trump called Clinton a liar", "..., the group found considerable support": an object after
  // the cue is what it reports, not the end of an attribution.
  const after = tokens[cue.endToken];
  const objectAfter = !!after && (naming || takes === "np" || !NO_NOUN_OBJECT.has(cue.lemma)) && NP_START.test(after.pos) && !TIME_WORD.test(after.lower);
  if (attributionEnd - cue.endToken < 7 && !objectAfter && !hasVerb(tokens, cue.endToken, attributionEnd)) {
    for (let k = cue.firstToken - 1; k > r.first && cue.firstToken - k <= 8; k--) {
      // `"...," the spokesperson added`: the attribution of a quotation, not reported speech.
      if (inQuote(r, tokens[k]!) || QUOTE_MARK.test(tokens[k]!.text)) return null;
      if (tokens[k]!.text === ",") {
        // "Rucker Culpepper, who runs ..., said": a relative clause describes the subject.
        if (hasVerb(tokens, r.first, k - 1) && !relativeSubject(tokens, r, k)) {
          const earlier = clause(tokens, r, r.first, k - 1);
          // `"...," X said, citing Y`: what comes before is a quotation; the cue's object is reported.
          if (earlier || !OBJECT_TAKERS.has(takes)) return earlier;
          r.leadsInto = null;
        }
        break; // "Back in Ohio, Mr. Lane said, he decided ...": the clause comes after
      }
      if (isVerb(tokens[k])) break;
    }
  }
  // `"...," X said of Y`: Y is what the quotation is about, not what was said.
  if (SAID_OF.test(cue.lemma)) return null;
  if (before === 0 || (before === 1 && tokens[r.first]!.lower === "when")) return askedFirst(tokens, r, cue);
  if (!hasSubject(tokens, r, cue) || conditional(tokens, r, cue)) return null;
  // A, X said, CLAUSE  (a parenthetical attribution inside the clause)
  if (tokens[cue.endToken]?.text === ",") {
    const rest = tokens[cue.endToken + 1];
    const opensClause = rest && !/^(ADP|SCONJ|VERB|CCONJ)$/.test(rest.pos);
    const comma = precedingComma(tokens, r, cue);
    const quoteBefore = r.blocked.some(([a]) => a < cue.start);
    if (opensClause && comma >= 0 && !quoteBefore && hasVerb(tokens, cue.endToken + 1, r.last)) return clause(tokens, r, cue.endToken + 1, r.last);
    // SUBJECT, X said, VERB ...  ("Leeds, Marsh said, made her rethink ..."): the words after
    // the attribution (a span cannot skip it, and the speaker must stay outside the quote)
    if (rest && isVerb(rest) && comma > r.first && !quoteBefore && !hasVerb(tokens, r.first, comma - 1)) return clause(tokens, r, cue.endToken + 1, r.last);
    // X says, win or lose in Tuesday's primary, he's staying ...  (a strong cue, its subject before it)
    if (comma < 0 && cue.weight >= MIN_OBJECT_WEIGHT && isVerb(tokens[cue.firstToken]) && nominalSubject(tokens, r, cue) && !quoteBefore && hasFiniteVerb(tokens, cue.endToken + 1, r.last)) return clause(tokens, r, cue.endToken + 1, r.last);
    return null;
  }
  if (OBJECT_TAKERS.has(takes)) {
    // X criticized Y / X vowed to ... / X asked whether ...  ("supported by X" is a passive: no object)
    if ((!naming && !takesObject(cue, entry)) || tokens[cue.endToken]?.lower === "by" || seenAs(tokens, cue)) return null;
    const participle = tokens[cue.firstToken]!.lower.endsWith("ing");
    const adjunct = participle && tokens[cue.firstToken - 1]!.text === "," && hasVerb(tokens, r.first, cue.firstToken - 2);
    // A learned participle after a noun modifies it ("a law restricting access"), however strong.
    const modifier = participle && !entry?.builtIn && !adjunct && tokens[cue.firstToken - 1]!.pos !== "AUX";
    if (!naming && cue.weight >= MIN_OBJECT_WEIGHT && !modifier) return clause(tokens, r, cue.endToken, r.last);
    // A weak cue ("backed", "wants to") needs its subject right before it ("a meeting to discuss Y"
    // and "after X threatened to ..." report nothing) and does not attribute a quotation after it.
    // A participle counts in a progressive ("is seeking") or after the main clause ("Sanders spoke,
    // calling him divisive"): "her supporting it", "Defending himself, Trump ..." name their subject too loosely.
    const subjectFurther = !participle && !naming && cue.weight >= MIN_OBJECT_WITHOUT_SUBJECT && tokens[cue.firstToken - 1]?.lower !== "to";
    if (!(adjunct || subjectFurther || nominalSubject(tokens, r, cue)) || backgrounded(tokens, r, cue) || bareInfinitive(tokens, cue, r.last)) return null;
    if (participle && !adjunct && tokens[cue.firstToken - 1]!.pos !== "AUX") return null;
    const object = clause(tokens, r, cue.endToken, r.last);
    r.leadsInto = null;
    return object;
  }
  // X told Jeb Bush (not) to quiet down: the hearer and what they were told to do.
  if (cue.lemma === "tell") {
    const k = skipObject(tokens, cue.endToken, r.last);
    const to = tokens[k]?.lower === "not" ? k + 1 : k;
    if (k > cue.endToken && tokens[to]?.lower === "to" && tokens[to + 1]?.pos === "VERB") return clause(tokens, r, cue.endToken, r.last);
  }
  // X says CLAUSE  (no "that": the clause starts with its own subject)
  const j = skipTimePhrase(tokens, cue.lemma === "tell" ? skipObject(tokens, cue.endToken, r.last) : cue.endToken, r.last);
  const next = tokens[j];
  if (!next) return null;
  // ... which officials said will take effect ...  (a relative clause: the cue's subject is its gap)
  if (isVerb(next) && !next.lower.endsWith("ing") && cue.weight >= MIN_OBJECT_WEIGHT) {
    const gap = clause(tokens, r, j, nextComma(tokens, j, r.last));
    r.leadsInto = null; // a quotation after it belongs to the main clause's verb
    return gap;
  }
  // "X said Friday as she walked into the meeting": a time and a time clause after the cue, nothing reported.
  if (TIME_WORD.test(next.lower) && TEMPORAL.has(tokens[j + 1]?.lower ?? "")) return null;
  const subjectLike = SUBJECTS.has(next.lower) || /^(DET|PROPN|NUM|NOUN|ADJ|ADV)$/.test(next.pos) || possessiveSubject(tokens, j, r.last) || capitalised(next);
  if (subjectLike && hasVerb(tokens, j + 1, clauseVerbWindow(tokens, j, r.last))) return clause(tokens, r, j, r.last);
  // X said expanding the monument will protect ...  (a gerund subject)  /  X said if elected he would ...
  const opener = next.lower.endsWith("ing") && next.pos === "VERB" ? "gerund" : CLAUSE_OPENERS.has(next.lower) ? "opener" : null;
  // "X said after the meeting broke up": a time clause reports something only with a main clause after it.
  const timeOnly = opener === "opener" && (TEMPORAL.has(next.lower) || next.lower === "as") && timeClauseOnly(tokens, j, r.last);
  if (opener && !timeOnly && cue.weight >= MIN_OBJECT_WEIGHT && hasFiniteVerb(tokens, j + 2, clauseVerbWindow(tokens, j, r.last))) return clause(tokens, r, j, r.last);
  // X announced his resignation: a noun phrase, when the subject stands right before a verb-tagged cue.
  if (j === cue.endToken && (NP_START.test(next.pos) || capitalised(next)) && !NO_NOUN_OBJECT.has(cue.lemma) && isVerb(tokens[cue.firstToken])
    && !tokens[cue.firstToken]!.lower.endsWith("ing") && nominalSubject(tokens, r, cue) && !backgrounded(tokens, r, cue)) {
    const object = clause(tokens, r, j, beforeCoordinatedVerb(tokens, j, r.last));
    r.leadsInto = null;
    // A stray pair of marks ('showed x ""= y') is no noun phrase.
    return object && !tokens.slice(j, tokenIndexAfter(tokens, j, object.end)).some((t) => QUOTE_MARK.test(t.text)) ? object : null;
  }
  return null;
}

/** Whether the words before the comma `k` are `NAME, who ...`: the subject and its relative clause. */
function relativeSubject(tokens: readonly Token[], r: Region, k: number): boolean {
  for (let j = k - 1; j > r.first; j--) if (tokens[j]!.text === ",") return RELATIVE.has(tokens[j + 1]?.lower ?? "") && !hasVerb(tokens, r.first, j - 1);
  return false;
}

/** Their noun-phrase object is not what was said: "said Monday", "told reporters", "added two years". */
const NO_NOUN_OBJECT = new Set(["say", "tell", "add"]);

const TIME_WORD = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|this|last|earlier|later|recently|january|february|march|april|may|june|july|august|september|october|november|december)$/;

const NP_START = /^(DET|PRON|NOUN|PROPN|ADJ|NUM)$/;

const QUESTION_OPENERS = new Set(["whether", "if", "what", "why", "how", "who", "whom", "which", "when", "where", "about"]);

/** (When) Asked (on Fox) whether he would run, X said ...: the question, up to the comma. */
function askedFirst(tokens: readonly Token[], r: Region, cue: CueMatch) {
  if (tokens[cue.firstToken]!.lower !== "asked") return null;
  for (let k = cue.endToken; k < r.last && k - cue.endToken < 6; k++) {
    if (QUESTION_OPENERS.has(tokens[k]!.lower)) {
      const comma = commaAfter(tokens, k, r.last, 30);
      return comma > k + 1 ? clause(tokens, r, k, comma - 1) : null;
    }
    if (tokens[k]!.text === ",") return null;
  }
  return null;
}

/** Whether an object or `to` after this cue is what was said (`X criticized Y`, `X vowed to ...`). */
function takesObject(cue: CueMatch, entry: CueEntry | undefined): boolean {
  if (entry?.builtIn) return cue.weight >= MIN_OBJECT_WEIGHT;
  return cue.weight >= (entry?.takes === "wh" ? MIN_LEARNED_WH_PRECISION : MIN_LEARNED_OBJECT_PRECISION);
}

function precedingComma(tokens: readonly Token[], r: Region, cue: CueMatch): number {
  for (let k = cue.firstToken - 1; k > r.first && cue.firstToken - k <= 6; k--) {
    if (tokens[k]!.text === ",") return k;
    if (isVerb(tokens[k])) return -1;
  }
  return -1;
}

function accordingTo(tokens: readonly Token[], r: Region, cue: CueMatch) {
  // according to X (a long source: "early results of surveys conducted for ..."), CLAUSE
  const closing = commaAfter(tokens, cue.endToken, r.last, 25);
  if (cue.firstToken === r.first || tokens[cue.firstToken - 1]?.pos === "CCONJ") {
    return closing >= 0 ? clause(tokens, r, closing + 1, r.last) : null;
  }
  // CLAUSE, according to X.  /  CLAUSE according to X.
  const comma = tokens[cue.firstToken - 1]?.text === ",";
  const beforeEnd = comma ? cue.firstToken - 2 : cue.firstToken - 1;
  if (hasVerb(tokens, r.first, beforeEnd)) return clause(tokens, r, r.first, beforeEnd);
  // A, according to X, CLAUSE  ("Since last spring, according to River Watch, the mills have ...")
  if (comma && closing >= 0 && hasVerb(tokens, closing + 1, r.last)) return clause(tokens, r, closing + 1, r.last);
  return null;
}

/** A stance's clause: from its subject to the next comma. */
function stanceClause(tokens: readonly Token[], r: Region, from: number, cue: CueMatch) {
  return clause(tokens, r, from, nextComma(tokens, cue.endToken, r.last));
}
