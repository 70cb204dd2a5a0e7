import { crossesParagraph } from "../../document";
import { opensAdverbialClause } from "../../document/opening-clause";
import { BE_FORMS, isVerb } from "../../document/pos";
import { isRelativePronoun, isShortHeadPhrase } from "../../document/relatives";
import type { Token } from "../../document/types";
import { cueEntryAt } from "../../lexicon/match";
import { TEMPORAL } from "./not-speech";
import { hasVerb } from "./phrases";
import { inQuote, type Region } from "./region";
import { MIN_OBJECT_WEIGHT, MIN_RELATIVE_CUE_WEIGHT, MIN_REPORTING_WEIGHT } from "./thresholds";
import { NO_NOUN_OBJECT, PERSONAL_PRONOUNS, SUBJECT_END } from "./words";

/** A reported clause's span: offsets into the text. */
export interface Span {
  start: number;
  end: number;
}

/** The clause [first, last] (token indices), stopped before a quotation, a semicolon or a second
 * clause; null when it runs into a quotation (then `r.leadsInto` is set) or is too short. */
export function clause(tokens: readonly Token[], r: Region, first: number, last: number): Span | null {
  const relative = inRelativeClause(tokens, r, first);
  const subjectRelative = inSubjectRelativeClause(tokens, r, first);
  let end = first;
  while (end < last && !inQuote(r, tokens[end + 1]!) && tokens[end + 1]!.text !== ";" && !secondClauseAt(tokens, r, end + 1, last, first)
    && !(relative && headVerbAt(tokens, r, end + 1)) && !(subjectRelative && mainVerbAt(tokens, r, end + 1))) end++;
  // "A woman who has accused the mayor of fraud said ...": the relative clause describes the
  // subject; what the main verb reports is read next (PolNeAR leaves such descriptions out).
  if (subjectRelative && end < last && mainVerbAt(tokens, r, end + 1)) return null;
  // A clause that runs into a quotation is the lead-in of a partial quote, which reports it;
  // unless a second verb of saying leads into the quotation: the clause before that verb is
  // reported on its own ("said he would run, calling it \u201C...\u201D").
  if (end < last && inQuote(r, tokens[end + 1]!)) {
    r.leadsInto = tokens[end + 1]!.start;
    const cut = Math.max(beforeSecondCue(tokens, r, first, end), beforeCoordinatedThat(tokens, first, end));
    if (cut >= 0) end = cut;
    else if (ATTRIBUTED_AFTER_BREAK.test(tokens[end]!.text) && end > first && attributedAfter(tokens, r, end + 1)) {
      // "asserted that France had lost its identity: \u201C...,\u201D he claimed.": the quotation
      // after the colon or dash has an attribution of its own; the clause before it is reported.
      r.leadsInto = null;
      end--;
    } else if (introducesSentenceQuote(tokens, r, first, end)) end--;
    else return null;
  }
  while (end > first && tokens[end]!.kind === "punct" && tokens[end]!.text !== ")" && tokens[end]!.text !== "]") end--;
  // One word is a clause only as a name outside a relative clause, on the cue's line:
  // "endorsed Clinton" (PolNeAR annotates it), not "said so", "who has endorsed Clinton, said
  // ...", nor the first word of the line after a headline ("..., MP warns\nPatients are ...").
  // (At the text's end the cue may have no token after it: `first` is then past the last token.)
  const oneName = end === first && (tokens[first]?.pos === "PROPN" || beforeCoordinatedCue(tokens, r, first, last)) && !relative && !lineBreakBefore(r, tokens, first);
  if (first > end || (end === first && !oneName) || inQuote(r, tokens[first]!)) return null;
  return { start: tokens[first]!.start, end: tokens[end]!.end };
}

/** Relative pronouns that open a clause about a person or thing named before them ("that" is left out: it opens content too). */
const WH_RELATIVE = new Set(["who", "which", "whom"]);

/** Whether the clause from token `first` lies in a relative clause a comma opens ("X, who did not want to be named, said"). */
function inRelativeClause(tokens: readonly Token[], r: Region, first: number): boolean {
  for (let j = first - 1; j >= r.first; j--) if (tokens[j]!.text === ",") return WH_RELATIVE.has(tokens[j + 1]?.lower ?? "");
  return false;
}

/** Words between a relative pronoun and the clause after its cue: auxiliaries, adverbs, the cue's words. */
const RELATIVE_VERB_GROUP = new Set(["AUX", "ADV", "PART", "VERB", "ADP"]);
/** How many words the relative clause's verb group may hold. */
const MAX_RELATIVE_VERB_GROUP = 6;

/**
 * Whether the clause from token `first` follows the cue of a relative clause without commas in the
 * sentence's subject ("A woman who has accused the mayor of fraud said ..."): a who/which after a
 * short noun phrase that opens the region, then only the cue's verb group.
 */
function inSubjectRelativeClause(tokens: readonly Token[], r: Region, first: number): boolean {
  if (first - 2 <= r.first) return false;
  let rel = first - 1;
  while (rel > r.first && first - rel <= MAX_RELATIVE_VERB_GROUP && RELATIVE_VERB_GROUP.has(tokens[rel]!.pos) && !WH_RELATIVE.has(tokens[rel]!.lower)) rel--;
  if (!WH_RELATIVE.has(tokens[rel]!.lower) || rel === first - 1) return false;
  return isShortHeadPhrase(tokens, r.first, rel);
}

/** "... of fraud said Sunday that ...": a noun, then the subject's own verb of saying. */
function mainVerbAt(tokens: readonly Token[], r: Region, k: number): boolean {
  return SUBJECT_END.has(tokens[k - 1]!.pos) && isVerb(tokens[k]) && strongCueAt(r, k);
}

/** ", said the alarms worked", ", has denied that ...": the comma closing a relative clause, then
 * its head's own verb of saying (past auxiliaries and adverbs). */
function headVerbAt(tokens: readonly Token[], r: Region, k: number): boolean {
  if (tokens[k]!.text !== ",") return false;
  let v = k + 1;
  while (v < k + 4 && (tokens[v]?.pos === "AUX" || tokens[v]?.pos === "ADV")) v++;
  return isVerb(tokens[v]) && strongCueAt(r, v);
}

/**
 * `criticized Lee, who has argued that ...`, `angered its leaders, who have warned that ...`: an
 * object noun phrase ends before a relative clause set off by a comma whose verb is a strong cue
 * (past adverbs and auxiliaries), which reports on its own; the last token of the noun phrase
 * before it, or `last`. (A relative clause with no comma describes: "a politician who will say anything".)
 */
export function beforeRelativeCue(r: Region, j: number, last: number): number {
  const { tokens } = r.doc;
  for (let k = j + 1; k < last; k++) {
    if (!WH_RELATIVE.has(tokens[k]!.lower) || tokens[k - 1]!.text !== ",") continue;
    let v = k + 1;
    while (v < last && (tokens[v]!.pos === "ADV" || tokens[v]!.pos === "AUX")) v++;
    if (isVerb(tokens[v]) && cueAt(r, v, MIN_RELATIVE_CUE_WEIGHT)) return k - 2;
  }
  return last;
}

/**
 * `rejected a plan which Ruiz said was reckless`, `a tax that critics believe will cost jobs`: a noun
 * phrase ends before a relative clause with a gap after its verb (a verb, then at once the
 * clause's own verb), which reports speech of its own; the last token of the noun phrase before
 * it, or `last`. The gap's verb is a cue: in "a statement that its plan included raises" and "a
 * statement that a replacement pump had been ordered" the tagger read a noun as a verb.
 */
export function beforeReportingRelative(r: Region, j: number, last: number): number {
  const { tokens } = r.doc;
  for (let k = j + 1; k < last; k++) {
    if (!isRelativePronoun(tokens[k]!.lower, true)) continue;
    for (let v = k + 2; v <= Math.min(k + 5, last - 1); v++) {
      if (tokens[v]!.pos === "VERB" && isVerb(tokens[v + 1]) && (!r.matcher || !!cueEntryAt(tokens, v, r.matcher))) return k - 1;
      // "that most students she knew would be relieved": a personal pronoun after a noun opens a clause inside the subject.
      if (isVerb(tokens[v]) || tokens[v]!.kind === "punct" || (PERSONAL_PRONOUNS.has(tokens[v]!.lower) && tokens[v - 1]!.pos === "NOUN")) break;
    }
  }
  return last;
}

/** Subordinators after which a clause with its own subject and verb of saying is that speaker's
 * statement; not a condition ("if she said", "unless") or a time limit ("until"). */
const ATTRIBUTING_SUBORDINATOR = /^(when|while|whereas|once|before|though|although|because|since)$/;

/**
 * `was booed at the debate when she said ...`, `powerful unions who said NCLB punished them`, `one
 * call in which organizers claimed ...`: what a cue's object holds ends before a subordinate or
 * relative clause with a subject of its own and an active verb of saying, which reports on its
 * own (PolNeAR gives that clause its own Source). A relative pronoun without a comma needs a clause
 * after its verb ("a politician who will say anything" describes). The last token before it (and
 * before the adverbs of "even as", "particularly when"), or `last`.
 */
export function beforeOwnAttribution(r: Region, j: number, last: number): number {
  const { tokens } = r.doc;
  for (let k = j + 1; k < last; k++) {
    const open = ownAttributionOpens(tokens, r, k, last);
    if (open < 0) continue;
    let before = open - 1;
    while (before > j && tokens[before]!.pos === "ADV") before--;
    return tokens[before]!.text === "," ? before - 1 : before;
  }
  return last;
}

/** Where a subordinate or relative clause with its own attribution opens at token `k` (`in which`
 * opens at "in"), or -1. */
function ownAttributionOpens(tokens: readonly Token[], r: Region, k: number, last: number): number {
  const word = tokens[k]!.lower;
  // ("state legislators such as Lee who have endorsed him": a preposition.)
  if (ATTRIBUTING_SUBORDINATOR.test(word) && tokens[k - 1]!.lower !== "such") {
    const verb = activeCueAfterSubject(tokens, r, k + 1, last);
    return verb >= 0 && (reportsClause(tokens, verb, last) || !NO_NOUN_OBJECT.has(cueLemma(tokens, r, verb))) ? k : -1;
  }
  if (!WH_RELATIVE.has(word) || tokens[k - 1]!.text === ",") return -1;
  // "unions who said ...": the relative pronoun is the subject; "in which organizers claimed": a subject follows.
  const afterPreposition = tokens[k - 1]!.pos === "ADP";
  const verb = afterPreposition ? activeCueAfterSubject(tokens, r, k + 1, last) : activeCueAfterSubject(tokens, r, k, last, 0);
  if (verb < 0 || !reportsClause(tokens, verb, last)) return -1;
  return afterPreposition ? k - 1 : k;
}

/** "said NCLB punished them", "claimed that ...": a that-clause or a verb within reach after the cue at `verb`. */
function reportsClause(tokens: readonly Token[], verb: number, last: number): boolean {
  return tokens[verb + 1]?.lower === "that" || hasVerb(tokens, verb + 1, Math.min(last, verb + CLAUSE_VERB_REACH));
}

/** Auxiliaries that make a verb no statement made: "in which he could add", "when they will say". */
const MODALS = new Set(["can", "could", "may", "might", "must", "shall", "should", "will", "would", "'ll", "\u2019ll"]);

/** The strong, active, finite verb of saying after a short subject at `from` (`minSubject` words
 * at least: 0 when a relative pronoun before `from` is the subject), past auxiliaries (no "be",
 * no modal) and adverbs, before `end`; or -1. */
function activeCueAfterSubject(tokens: readonly Token[], r: Region, from: number, end: number, minSubject = 1): number {
  const v = shortSubjectEnd(tokens, from, end);
  if (v - from < minSubject) return -1;
  const verb = activeVerbAfter(tokens, v, end, true);
  return verb >= 0 && strongCueAt(r, verb) ? verb : -1;
}

/** The token after a short subject of at most four words from `from` ("the mayor", "Lee", "officials"). */
function shortSubjectEnd(tokens: readonly Token[], from: number, end: number): number {
  let v = from;
  while (v < end && v - from < 4 && SHORT_SUBJECT.test(tokens[v]!.pos)) v++;
  return v;
}

/**
 * Past auxiliaries and adverbs from token `v`, the active, finite verb before `end`, or -1: no "be"
 * before it (a passive reports nothing of its subject), no modal when `noModal` ("could say"), no
 * gerund.
 */
function activeVerbAfter(tokens: readonly Token[], v: number, end: number, noModal: boolean): number {
  let blocked = false;
  for (; v < end && (tokens[v]!.pos === "ADV" || tokens[v]!.pos === "AUX"); v++) blocked ||= BE_FORMS.has(tokens[v]!.lower) || (noModal && MODALS.has(tokens[v]!.lower));
  const verb = tokens[v];
  return blocked || v >= end || !verb || verb.pos !== "VERB" || verb.lower.endsWith("ing") ? -1 : v;
}

/** The lemma of the cue at token `k` ("" without a matcher). */
function cueLemma(tokens: readonly Token[], r: Region, k: number): string {
  return r.matcher ? cueEntryAt(tokens, k, r.matcher)?.lemma ?? "" : "";
}

/** Whether a reporting verb strong enough to start its own clause starts at token `k`. */
export function strongCueAt(r: Region, k: number): boolean {
  return cueAt(r, k, MIN_OBJECT_WEIGHT);
}

/** Whether a reporting verb of at least this weight starts at token `k`. */
function cueAt(r: Region, k: number, minWeight: number): boolean {
  return !!r.matcher && (cueEntryAt(r.doc.tokens, k, r.matcher)?.weight ?? 0) >= minWeight;
}

const CONTRAST = new Set(["but", "while", "although", "though", "whereas"]);

/**
 * Whether a second clause starts at token `k`, which ends the reported one: a contrast with its
 * own verb (", but the NYPD overruled ...") or a second attribution (", and rights groups warned that").
 */
function secondClauseAt(tokens: readonly Token[], r: Region, k: number, last: number, first: number): boolean {
  // "said that the pier had closed and that repairs would take years": a second that-clause.
  if (coordinatedThatAt(tokens, k) >= 0) return true;
  // "... lifted his mood and said that ...": a second verb of saying of the same subject.
  // "... and calls her “...”": a second verb of saying that leads into a quotation.
  if (tokens[k]!.lower === "and" || tokens[k]!.lower === "but") return coordinatedCue(tokens, r, k + 1) || outerVerbCoordinated(tokens, r, first, k);
  // "recognizes the problem \u2014 he told the AP that ...": a dash or colon, then an attribution with its own subject.
  // (Only with a clause after its verb: "- he wrote his first column on it, “...”" is a deed.)
  if (breakMarkAt(tokens, k)) return attributionAfter(tokens, r, k + 1, last, true);
  if (tokens[k]!.text !== ",") return false;
  if (closesOpeningPhrase(tokens, r, k, first)) return true;
  const word = tokens[k + 1]?.lower ?? "";
  // ", and called him “...”": the same subject's second statement.
  if ((word === "and" || word === "but") && (coordinatedCue(tokens, r, k + 2) || outerVerbCoordinated(tokens, r, first, k + 1) || sayingAfterComma(tokens, r, k + 2))) return true;
  // ", telling reporters that ...", ", calling him ...": a participle of saying starts the next statement.
  if (word.endsWith("ing") && isVerb(tokens[k + 1]) && strongCueAt(r, k + 1)) return true;
  if (CONTRAST.has(word)) return hasVerb(tokens, k + 2, Math.min(last, k + 8)) || contrastPastApposition(tokens, k + 2, last);
  if (word !== "and") return subjectAndCue(tokens, r, k + 1, last);
  // ", and when pressed on why ..., she replied": a new sentence-like clause opens.
  if (TEMPORAL.has(tokens[k + 2]?.lower ?? "")) return true;
  // ", and Ron Vale, the town's mayor, said ...": a second attribution with its own subject.
  if (attributionAfter(tokens, r, k + 2, last)) return true;
  for (let j = k + 3; j <= Math.min(last, k + 7); j++) {
    if (strongCueAt(r, j)) return SUBJECT_END.has(tokens[j - 1]!.pos);
    if (isVerb(tokens[j]) || tokens[j]!.kind === "punct") return false;
  }
  return false;
}

/** How far back (in tokens) the sentence's opening is looked for. */
const OPENING_REACH = 40;
/** Tags that can start a main clause's subject. */
const SUBJECT_START = new Set(["DET", "PROPN", "PRON", "NOUN", "NUM"]);

/**
 * "Adopting the advice of a judge who said the bridge was safe, the council reopened it": the
 * sentence's first comma closes a phrase that opens it (a participle or a subordinator), and the
 * main clause's subject follows: what a cue inside the phrase (after its first word) reports ends there.
 */
function closesOpeningPhrase(tokens: readonly Token[], r: Region, k: number, first: number): boolean {
  if (!SUBJECT_START.has(tokens[k + 1]?.pos ?? "")) return false;
  const s = r.doc.sentences[tokens[k]!.sentence]!.firstToken;
  // The clause itself opening the sentence ("Since Lee won, the race is hers, Tan said") is no cue's object.
  if (k - s > OPENING_REACH || s >= first) return false;
  for (let j = s + 1; j < k; j++) if (tokens[j]!.text === ",") return false;
  const opener = tokens[s]!;
  return opensAdverbialClause(opener) || (opener.pos === "VERB" && opener.lower.endsWith("ing"));
}

/**
 * "... and said that ...", "... but added, “...”": a strong verb of saying right after `and` or
 * `but` is the same subject's next statement, when "that" or a quotation follows it.
 */
function coordinatedCue(tokens: readonly Token[], r: Region, k: number): boolean {
  if (!strongCueAt(r, k)) return false;
  return tokens[k + 1]?.lower === "that" || (tokens[k]!.pos === "VERB" && r.blocked.some(([a]) => a > tokens[k]!.start));
}

/**
 * "denied that traders had cut prices, and said exporters would return": after a comma and "and", a
 * finite verb of saying with no subject of its own, then the start of a clause, is the speaker's
 * next statement, not more of what the first reports.
 */
function sayingAfterComma(tokens: readonly Token[], r: Region, k: number): boolean {
  const verb = tokens[k];
  return !!verb && verb.pos === "VERB" && !verb.lower.endsWith("ing") && strongCueAt(r, k) && SUBJECT_START.has(tokens[k + 1]?.pos ?? "");
}

/** How strong a cue coordinated with the clause's own cue must be to report on its own (weaker
 * ones, "decided", "changed", are mostly deeds: cut off, they made two spurious clauses of one). */
const MIN_COORDINATED_CUE_WEIGHT = MIN_OBJECT_WEIGHT;

/**
 * "Lee questioned the deal's cost and refused to back it", "... and accused Ruiz of lying": a
 * finite verb of saying after the `and` at `k`, when the clause [first, k) holds no verb, can only
 * share the subject of the cue before the clause: it is that speaker's next statement and reports
 * its own clause (PolNeAR annotates two relations). A verb in the clause could be what the `and`
 * coordinates with ("said the mayor lied and misled them"), so none may stand there.
 */
function outerVerbCoordinated(tokens: readonly Token[], r: Region, first: number, k: number): boolean {
  if (hasVerb(tokens, first, k - 1)) return false;
  let v = k + 1;
  while (tokens[v]?.pos === "ADV") v++;
  const verb = tokens[v];
  if (!verb || verb.pos !== "VERB" || verb.lower.endsWith("ing")) return false;
  return cueAt(r, v, MIN_COORDINATED_CUE_WEIGHT);
}

/** "claimed momentum and argued ...": one noun before a coordinated verb of saying is a clause. */
function beforeCoordinatedCue(tokens: readonly Token[], r: Region, first: number, last: number): boolean {
  if (tokens[first]?.pos !== "NOUN" || first + 1 > last) return false;
  const k = tokens[first + 1]!.text === "," ? first + 2 : first + 1;
  return k <= last && tokens[k]!.lower === "and" && outerVerbCoordinated(tokens, r, first, k);
}

/** The longest apposition after a second attribution's subject ("and Ron Vale, the town's mayor, said"), in tokens. */
const MAX_APPOSITION = 10;

/**
 * ", and Ron Vale, the mayor, said he welcomed it", ", and the U.S. has never accused ...": after
 * ", and", a short subject of its own (a name or noun phrase, maybe with an apposition in commas)
 * and a finite, active verb of saying start a second attribution, which PolNeAR annotates apart;
 * the first clause ends before it. Not a gerund ("and officials saying"), a passive, or a
 * relative clause. (Without the comma, "A and Ray said B", the cut cost a held-out set a speaker.)
 * With `clauseOnly`, any verb of saying must report a clause (after a dash or colon).
 */
function attributionAfter(tokens: readonly Token[], r: Region, from: number, last: number, clauseOnly = false): boolean {
  if (!SUBJECT_START.has(tokens[from]?.pos ?? "")) return false;
  let v = from + 1;
  // A pronoun only opens the subject: "and the way they speak" is a noun and its relative clause.
  while (v <= last && v - from < 4 && ((SUBJECT_END.has(tokens[v]!.pos) && tokens[v]!.pos !== "PRON") || tokens[v]!.pos === "ADJ")) v++;
  if (tokens[v]?.text === ",") v = appositionEnd(tokens, v, last);
  // "and delegates who had pledged", "and one that believes": a relative clause, no attribution.
  if (v < 0 || tokens.slice(from, v).some((t) => isRelativePronoun(t.lower, true))) return false;
  // "and Trump is assured to ...": a passive reports nothing of its subject.
  v = activeVerbAfter(tokens, v, last, false);
  if (v < 0) return false;
  if (!(SUBJECT_END.has(tokens[v - 1]!.pos) || tokens[v - 1]!.text === "," || tokens[v - 1]!.pos === "ADV" || tokens[v - 1]!.pos === "AUX") || !strongCueAt(r, v)) return false;
  // "and he sometimes added additional content": "say", "tell", "add" with a plain noun object
  // are deeds in what was said; as an attribution they report a clause ("and he added that ...").
  return (!clauseOnly && !NO_NOUN_OBJECT.has(cueLemma(tokens, r, v))) || reportsClause(tokens, v, last);
}

/** How far after "said" or "added" the verb of the clause it reports may stand, in tokens. */
const CLAUSE_VERB_REACH = 8;


/** The token after the comma closing an apposition that opens at the comma `open` (no verb in it), or -1. */
function appositionEnd(tokens: readonly Token[], open: number, last: number): number {
  for (let j = open + 1; j <= Math.min(last, open + MAX_APPOSITION); j++) {
    if (tokens[j]!.text === ",") return j > open + 1 ? j + 1 : -1;
    if (isVerb(tokens[j]) || tokens[j]!.kind === "punct") return -1;
  }
  return -1;
}

/**
 * ", while Ann Lee, the former mayor, proposed ...": a contrast whose short subject (from token
 * `from`) carries an apposition in commas still has its own verb right after the apposition.
 */
function contrastPastApposition(tokens: readonly Token[], from: number, last: number): boolean {
  if (!SUBJECT_START.has(tokens[from]?.pos ?? "")) return false;
  let v = from + 1;
  while (v <= last && v - from < 4 && (SUBJECT_END.has(tokens[v]!.pos) || tokens[v]!.pos === "ADJ")) v++;
  if (tokens[v]?.text !== ",") return false;
  const end = appositionEnd(tokens, v, last);
  return end > 0 && hasVerb(tokens, end, Math.min(last, end + 2));
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

/**
 * "said he would run, calling it \u201C...\u201D", "backed Lee and calls her \u201C...\u201D": the last
 * comma or `and` in the clause [first, end] after which a verb of saying (at least
 * `MIN_REPORTING_WEIGHT`, the weight that may introduce a quotation) leads on: the token before it,
 * or -1. After a bare comma only an `-ing` or `-ed` form counts ("suggested X, called her
 * \u201C...\u201D"): a present tense there is a headline's telegraphic style ("blames X, promises
 * \u201Cstaged\u201D rollouts"), which one multi-style set leaves unannotated; a short subject
 * of its own before the verb makes a comma count too (", which he called", ", because he thought it").
 */
function beforeSecondCue(tokens: readonly Token[], r: Region, first: number, end: number): number {
  for (let k = end; k > first + 1; k--) {
    if (tokens[k]!.text !== "," && tokens[k]!.lower !== "and") continue;
    let v = k + 1;
    if (tokens[k]!.text === "," && /^(and|but)$/.test(tokens[v]?.lower ?? "")) v++;
    const bareComma = v === k + 1 && tokens[k]!.text === ",";
    if (bareComma) {
      const opener = OWN_SUBJECT_OPENERS.has(tokens[v]?.lower ?? "") ? v + 1 : tokens[v]?.pos === "ADP" && OWN_SUBJECT_OPENERS.has(tokens[v + 1]?.lower ?? "") ? v + 2 : v;
      const verb = verbAfterSubject(tokens, opener, end + 1);
      if (verb > 0 && cueAt(r, verb, MIN_REPORTING_WEIGHT)) return k - 1;
    }
    while (v < end && tokens[v]!.pos === "ADV") v++;
    if (bareComma && !/(ing|ed)$/.test(tokens[v]?.lower ?? "")) continue;
    if (isVerb(tokens[v]) && cueAt(r, v, MIN_REPORTING_WEIGHT)) return k - 1;
  }
  return -1;
}

/**
 * "said that a water taxi would run, and that a new ferry was \u201C...\u201D": a second that-clause
 * coordinated with the first; the first is reported on its own, the second leads into the
 * quotation. The token before the `and` (or its comma), or -1. A subject follows that "that": not
 * the demonstrative of "and that is why", "and that of his staff".
 */
function beforeCoordinatedThat(tokens: readonly Token[], first: number, end: number): number {
  for (let k = first + 2; k < end - 1; k++) if (tokens[k]!.text !== "," && coordinatedThatAt(tokens, k) >= 0) return tokens[k - 1]!.text === "," ? k - 2 : k - 1;
  return -1;
}

/**
 * "..., and that repairs would take years", "... but that a curfew would end it": at token `k` (a
 * comma or the conjunction itself) a that-clause coordinated with the one before, which the same
 * cue reports; the index of its "that", or -1. A subject follows "that": not the demonstrative
 * of "and that is why", "and that of his staff".
 */
export function coordinatedThatAt(tokens: readonly Token[], k: number): number {
  const and = tokens[k]?.text === "," ? k + 1 : k;
  const word = tokens[and]?.lower;
  if ((word !== "and" && word !== "but") || tokens[and + 1]?.lower !== "that") return -1;
  return SUBJECT_START.has(tokens[and + 2]?.pos ?? "") ? and + 1 : -1;
}

/** Marks after which a quotation may stand apart from the clause before it. */
const ATTRIBUTED_AFTER_BREAK = /^(:|\u2014|\u2013|-|--)$/;

/** Whether token `k` is a colon or a dash between clauses: not a hyphen inside a word ("three-fourths say", "African-American"). */
function breakMarkAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.text !== "-") return ATTRIBUTED_AFTER_BREAK.test(t.text);
  return tokens[k - 1]!.end < t.start && (tokens[k + 1]?.start ?? t.end) > t.end;
}

/**
 * "said the best advice was also the cheapest: \u201CDrink water.\u201D": a clause with a verb,
 * then a colon and a quotation that opens a sentence of its own. The clause is what was said,
 * reported; the quotation is a second utterance the same cue leads into (`leadsInto` stays set).
 * A quotation that goes on the clause's sentence ("said the plan was: \u201Cto wait\u201D") is its lead-in.
 */
function introducesSentenceQuote(tokens: readonly Token[], r: Region, first: number, colon: number): boolean {
  if (tokens[colon]!.text !== ":" || colon - first < 3) return false;
  const verb = verbAfterShortSubject(tokens, first, colon);
  // ("said Lee told him: \u201C...\u201D", "his wife whispered to him:": the clause's own verb of
  // saying, of any weight, leads into the quotation.)
  if (verb < 0 || cueAt(r, mainVerbOf(tokens, verb, colon), Number.MIN_VALUE)) return false;
  const opening = tokens[colon + 2];
  return opening != null && /^[A-Z]/.test(opening.text);
}

/** Words a clause's short subject may hold before its verb ("the best advice", "Mr. Lee"). */
const MAX_SUBJECT_WORDS = 5;

/** The verb or auxiliary after a short subject from `from` (an adverb may stand between), before
 * `end`, or -1: a clause, not an object ("put it better than I can:", "says the same thing at every
 * stop:") nor an adverbial clause ("when asked about it:"). */
function verbAfterShortSubject(tokens: readonly Token[], from: number, end: number): number {
  let v = from;
  while (v < end && v - from < MAX_SUBJECT_WORDS && (SHORT_SUBJECT.test(tokens[v]!.pos) || tokens[v]!.text === ".")) v++;
  if (v === from) return -1;
  if (tokens[v]?.pos === "ADV") v++;
  return v < end && (tokens[v]!.pos === "AUX" || tokens[v]!.pos === "VERB") ? v : -1;
}

/** The main verb of the verb group that starts at token `k` (past auxiliaries and adverbs, before `end`). */
function mainVerbOf(tokens: readonly Token[], k: number, end: number): number {
  let v = k;
  while (v + 1 < end && (tokens[v]!.pos === "AUX" || tokens[v]!.pos === "ADV") && /^(AUX|ADV|VERB)$/.test(tokens[v + 1]!.pos)) v++;
  return v;
}

/** Whether the quotation that starts at token `open` is followed by an attribution of its own:
 * a comma, then a short subject and a verb of saying (`\u201C...,\u201D he claimed`), or the verb first. */
function attributedAfter(tokens: readonly Token[], r: Region, open: number): boolean {
  const range = r.blocked.find(([a, b]) => a <= tokens[open]!.start && tokens[open]!.start < b);
  if (!range) return false;
  let k = open;
  while (tokens[k] && tokens[k]!.start < range[1]) k++;
  if (tokens[k]?.text === ",") k++;
  if (!tokens[k] || tokens[k]!.sentence !== tokens[open]!.sentence) return false;
  const verb = isVerb(tokens[k]) ? k : verbAfterSubject(tokens, k, k + 8);
  return verb >= 0 && cueAt(r, verb, MIN_OBJECT_WEIGHT);
}

/** Words that may open, after a comma, a clause with a subject of its own, alone or after a
 * preposition (", because he thought it \u201C...\u201D", ", to which Lee replied: \u201C...\u201D"); a
 * subject may also follow the comma directly (", he thinks she has done a \u201C...\u201D"). */
const OWN_SUBJECT_OPENERS = new Set(["which", "who", "whom", "because", "as"]);
/** Tags of the words a short subject holds. */
const SHORT_SUBJECT = /^(DET|NOUN|PROPN|PRON|ADJ|NUM)$/;

/** The verb after a short subject starting at `from` (up to 4 words, then auxiliaries and
 * adverbs), before `end`; or -1. */
function verbAfterSubject(tokens: readonly Token[], from: number, end: number): number {
  let v = shortSubjectEnd(tokens, from, end);
  if (v === from) return -1;
  while (v < end && (tokens[v]!.pos === "ADV" || tokens[v]!.pos === "AUX")) v++;
  return v < end && isVerb(tokens[v]) ? v : -1;
}

/** Whether a line break separates token `k` from the token before it. */
function lineBreakBefore(r: Region, tokens: readonly Token[], k: number): boolean {
  return k > 0 && crossesParagraph(r.doc.text, tokens[k - 1]!.end, tokens[k]!.start);
}
