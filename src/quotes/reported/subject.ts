import { openingClauseEnd } from "../../document/opening-clause";
import { beforeFloatingQuantifier, isAttachedHyphen, isFloatingQuantifier, isPossessiveMark, isVerb, nounReadAsAdverb } from "../../document/pos";
import { isRelativePronoun } from "../../document/relatives";
import type { Token } from "../../document/types";
import type { CueMatch } from "../../lexicon/match";
import { capitalised, hasVerb } from "./phrases";
import { POSSESSIVE_DETERMINERS } from "../../document/possessives";
import type { Region } from "./region";
import { opensRelative } from "./stance";
import { MIN_OBJECT_WEIGHT } from "./thresholds";
import { SUBJECT_END } from "./words";

// Where a cue's subject stands: right before it, or further back behind a comma.

const SKIP_BEFORE_CUE = new Set(["ADV", "AUX", "PART"]);
/**
 * Quantifiers that are the whole subject when the cue follows them ("while another says ...", "a
 * plan some believe will fail", "though many agreed with"): the tagger reads them as determiners or
 * adjectives. Not "both", "all", "each": after a common noun they float ("the ministers all urged"), see isFloatingQuantifier.
 */
const QUANTIFIER_SUBJECTS = new Set(["some", "many", "few", "most", "several", "another", "others", "none", "either", "neither"]);
/** Participles that end a subject naming the people asked: "those surveyed", "voters polled". */
const ASKED = new Set(["surveyed", "polled", "interviewed", "questioned", "asked"]);

/** Verbs of aspect whose subject is that of the verb after their "to" ("Lee continues to say ..."). */
const ASPECT = new Set([
  "continue", "continues", "continued", "continuing", "begin", "begins", "began", "begun", "beginning",
  "start", "starts", "started", "starting",
]);

/**
 * Verbs of avoidance whose object is a gerund sharing their subject ("Lee has avoided criticizing
 * ..."). Not the verbs of aspect before a gerund ("began tweeting", "stopped confirming"): on train
 * they found as many again, but cost held-out sets a spurious clause and a speaker (Round 35).
 */
const GERUND_TAKERS = new Set(["avoid", "avoids", "avoided", "avoiding"]);
/** "refrained from endorsing": verbs whose gerund follows "from". */
const GERUND_FROM = new Set(["refrain", "refrains", "refrained", "refraining"]);
/** "went on to explain": the forms of "go" before "on to". */
const GO_ON = new Set(["go", "goes", "went", "going", "gone"]);

/** A verb of aspect ("continuing to explain"): the verb after its "to" says what was said. */
export function isAspectVerb(t: Token): boolean {
  return ASPECT.has(t.lower);
}

/**
 * Where the words before the cue that share its subject start, when token `k` ends them; else -1.
 * A verb or adjective and its "to" (`k` the "to"): a verb of aspect ("Lee continues to say"), any
 * other verb ("Lee failed to respond", "is trying to show"), "go on to" ("went on to explain", whose
 * "on" the tagger reads as a preposition), an adjective after a form of "be" ("Lee was eager to
 * talk about"); a noun before "to" is no such word ("a meeting to discuss Y"). Or, before a gerund,
 * a verb of avoidance ("has avoided directly criticizing", "refrained from endorsing"). The result
 * is the verb's (or adjective's) token.
 */
export function catenativeStart(tokens: readonly Token[], first: number, k: number): number {
  if (k - 1 <= first) return -1;
  const word = tokens[k - 1]!;
  if (tokens[k]!.lower === "to") {
    if (word.lower === "on" && GO_ON.has(tokens[k - 2]!.lower) && k - 2 > first) return k - 2;
    if (ASPECT.has(word.lower) || word.pos === "VERB") return k - 1;
    let j = k - 2;
    while (j > first && tokens[j]!.pos === "ADV") j--;
    return word.pos === "ADJ" && tokens[j]!.pos === "AUX" ? k - 1 : -1;
  }
  if (!beforeGerund(tokens, k)) return -1;
  if (GERUND_TAKERS.has(tokens[k]!.lower)) return tokens[k]!.pos === "VERB" ? k : -1;
  return tokens[k]!.lower === "from" && GERUND_FROM.has(word.lower) && word.pos === "VERB" ? k - 1 : -1;
}

/**
 * Whether the -ing cue at token `i` is the gerund object of a verb of avoidance, adverbs between
 * ("Lee has avoided directly criticizing", "refrained from endorsing"): it is then that verb's
 * subject's deed, as a progressive's would be.
 */
export function gerundAfterTaker(tokens: readonly Token[], first: number, i: number): boolean {
  let k = i - 1;
  while (k > first && tokens[k]!.pos === "ADV") k--;
  return tokens[k]!.lower !== "to" && catenativeStart(tokens, first, k) >= 0;
}

/** Whether the word after token `k`, past adverbs, is an -ing form ("avoided [directly] criticizing"). */
function beforeGerund(tokens: readonly Token[], k: number): boolean {
  let j = k + 1;
  while (tokens[j]?.pos === "ADV") j++;
  const next = tokens[j];
  return !!next && next.lower.endsWith("ing") && next.pos !== "NOUN" && next.pos !== "PROPN";
}

/** Auxiliaries, adverbs and a floating "both", "all", "each" between a subject and its cue. */
function skippedBeforeCue(tokens: readonly Token[], k: number): boolean {
  return (SKIP_BEFORE_CUE.has(tokens[k]!.pos) && !nounReadAsAdverb(tokens, k)) || isFloatingQuantifier(tokens, k) || quantifierBeforeVerb(tokens, k) || sinceAfterAuxiliary(tokens, k);
}

/** What may close a subject before a floating quantifier: a bracket after a name, the mark closing an aside. */
const SUBJECT_CLOSE = /^([),\u2014\u2013]|--)$/;

/**
 * "Lee and Ruiz (R-Utah) both condemned", "Senators Lee of Ohio and Ruiz of Utah, have both urged",
 * "the unions — loyal for years — both suggested": "both", "all", "each" before a verb, after a
 * bracket or an aside's closing mark (auxiliaries between), stand where an adverb would. After a
 * common noun they are left alone (see `isFloatingQuantifier`: the subject found would be the
 * coordination's last member), and so is the "both" of "both praised X and criticized Y".
 */
function quantifierBeforeVerb(tokens: readonly Token[], k: number): boolean {
  return SUBJECT_CLOSE.test(beforeFloatingQuantifier(tokens, k)?.text ?? "");
}

/** "Lee has since denounced": "since" between an auxiliary and its verb is an adverb, whatever its tag. */
function sinceAfterAuxiliary(tokens: readonly Token[], k: number): boolean {
  return tokens[k]!.lower === "since" && tokens[k - 1]?.pos === "AUX";
}

/**
 * The token before the words between a subject and its cue: auxiliaries, adverbs, a floating
 * quantifier, and a verb or adjective with its "to" ("Lee has continued to say", "Ruiz failed to
 * respond", "Lee was eager to talk about": `catenativeStart`), whose subject is the cue's. `k` is the token right before the cue; the result can be `k`.
 * With `infinitive` false, a bare "to" stops the walk and the result is -1 ("a meeting to discuss Y").
 */
function beforeSkipped(tokens: readonly Token[], r: Region, k: number, infinitive: boolean): number {
  while (k > r.first) {
    const catenated = catenativeStart(tokens, r.first, k);
    if (catenated >= 0) k = catenated - 1;
    else if (!skippedBeforeCue(tokens, k)) return k;
    else if (tokens[k]!.lower === "to" && !infinitive) return -1;
    else k--;
  }
  return k;
}

/** A noun, name or pronoun right before the cue (auxiliaries and adverbs skipped); not an
 * infinitive ("a meeting to discuss Y"). */
export function nominalSubject(tokens: readonly Token[], r: Region, cue: CueMatch): boolean {
  const k = beforeSkipped(tokens, r, cue.firstToken - 1, false);
  const t = tokens[k];
  return !!t && k >= r.first && (SUBJECT_END.has(t.pos) || capitalised(t) || QUANTIFIER_SUBJECTS.has(t.lower) || taggedAdjective(tokens, r, k) || nounReadAsAdverb(tokens, k) || coordinatedVerb(tokens, r, cue, k) || nameInBrackets(tokens, r, k));
}

/** How many tokens a bracket after a name may hold: "(R-Texas)", "(D-N.Y.)", "(I-Vt.)", "(Iowa)". */
const MAX_NAME_BRACKET = 6;

/** "Sen. Ann Lee (D-Ore.) called ...": a closing bracket whose opening one follows a name. */
function nameInBrackets(tokens: readonly Token[], r: Region, k: number): boolean {
  if (tokens[k]!.text !== ")") return false;
  for (let j = k - 1; j > r.first && k - j <= MAX_NAME_BRACKET; j--) {
    if (tokens[j]!.text === "(") return tokens[j - 1]!.pos === "PROPN" || capitalised(tokens[j - 1]!);
    if (isVerb(tokens[j])) return false;
  }
  return false;
}

/** "The mayor toured the site and blamed the council": a finite verb after `and` that follows the
 * clause's own verb shares that clause's subject. */
function coordinatedVerb(tokens: readonly Token[], r: Region, cue: CueMatch, k: number): boolean {
  const verb = tokens[cue.firstToken]!;
  return tokens[k]!.lower === "and" && cue.weight >= MIN_OBJECT_WEIGHT && verb.pos === "VERB" && !verb.lower.endsWith("ing") && hasVerb(tokens, r.first, k - 1);
}

/** Whether something that can be a subject stands right before the cue ("X said", "X has also said",
 * "42% say"). */
export function hasSubject(tokens: readonly Token[], r: Region, cue: CueMatch): boolean {
  const k = beforeSkipped(tokens, r, cue.firstToken - 1, true);
  const t = tokens[k];
  // "X, director of Y, said" ends with a comma; "X ... and said" coordinates a second verb.
  // "those surveyed say": a participle naming who was asked ends the subject; so does a dash
  // closing an aside ("Lee — the mayor's aide — said").
  return !!t && k >= r.first && (SUBJECT_END.has(t.pos) || capitalised(t) || QUANTIFIER_SUBJECTS.has(t.lower) || taggedAdjective(tokens, r, k) || nounReadAsAdverb(tokens, k) || /^[)\],%\u2014\u2013]$|^--$/.test(t.text) || t.pos === "CCONJ" || ASKED.has(t.lower) || commaBeforeClosingMark(tokens, r, cue, k));
}

/**
 * `Lee called the plan “reckless,” recalling ...`: American style puts the comma that ends a
 * phrase inside the closing quotation mark, so a participle after such a mark (`k`) follows that
 * comma. Not a finite verb: `“...,” said one aide who ...` is the quotation's own attribution.
 */
function commaBeforeClosingMark(tokens: readonly Token[], r: Region, cue: CueMatch, k: number): boolean {
  const mark = tokens[k]!;
  const quotation = tokens[k - 1]?.text === "," ? r.blocked.find(([, end]) => end === mark.end) : undefined;
  if (!quotation) return false;
  if (tokens[cue.firstToken]!.lower.endsWith("ing")) return true;
  // "Lee, who calls Ruiz a “fraud,” said ...": a finite verb, when the quotation stands inside the
  // aside, after a word of it (a quotation opening the sentence or a clause is attributed instead).
  let open = k;
  while (open > r.first && tokens[open]!.start > quotation[0]) open--;
  const before = tokens[open - 1];
  return open > r.first && !!before && before.kind === "word" && before.pos !== "VERB";
}

/** "the self-described socialist said", "voters overall said", "Monday's primary showed": the
 * tagger's adjective ending a noun phrase (a determiner, number or possessive opens it, no verb
 * between but the participle of a hyphened compound, "self-described democratic socialist") that
 * stands right before the cue. */
function taggedAdjective(tokens: readonly Token[], r: Region, k: number): boolean {
  if (tokens[k]!.pos !== "ADJ") return false;
  for (let j = k - 1; j >= r.first && k - j <= 5; j--) {
    const pos = tokens[j]!.pos;
    if (pos === "DET" || pos === "NUM" || pos === "NOUN" || pos === "PROPN" || isPossessiveMark(tokens[j]!)) return true;
    if (pos !== "ADJ" && pos !== "PUNCT" && !hyphenedParticiple(tokens, j)) return false;
  }
  return false;
}

/** "described" in "self-described", "praised" in "much-praised": a verb joined to the word before by a hyphen. */
function hyphenedParticiple(tokens: readonly Token[], j: number): boolean {
  return tokens[j]!.pos === "VERB" && isAttachedHyphen(tokens, j - 1);
}

/**
 * Whether the words before the comma `k` are `NAME, who ...`: the subject and its relative clause;
 * or `NAME, a friend of X's who was ...`, `NAME, editor of X, a paper catering to ...`: the subject
 * and an apposition whose verbs all stand in a relative clause, a participle's or an infinitive's.
 */
export function relativeSubject(tokens: readonly Token[], r: Region, k: number): boolean {
  for (let j = k - 1; j > r.first; j--) {
    if (tokens[j]!.text !== ",") continue;
    if (hasVerb(tokens, r.first, j - 1)) return false;
    // (Not after a phrase opening the sentence: "In addition, the campaign plans/NOUN to ...".)
    return opensRelative(tokens[j + 1]?.lower ?? "") || (openingClauseEnd(tokens, r.first, j + 1) !== j && verblessApposition(tokens, j + 1, k));
  }
  return false;
}

/** Words that open an apposition: a determiner, a possessive, a preposition ("in an attempt to ..."). */
const APPOSITION_OPENERS = new Set(["DET", "ADP"]);

/**
 * Whether the words from `first` to the comma `end` are an apposition without a verb of its own:
 * it opens with a determiner, a preposition or a lower-case noun or adjective, and its first verb
 * follows a relative pronoun ("a friend who was"), "to", or is a participle ("a paper catering to").
 */
function verblessApposition(tokens: readonly Token[], first: number, end: number): boolean {
  const opener = tokens[first];
  // "Ann Lee, speaking to voters, said": a participle's aside.
  if (opener && opener.pos === "VERB" && opener.text === opener.lower && opener.lower.endsWith("ing")) return true;
  if (!opener || !(APPOSITION_OPENERS.has(opener.pos) || POSSESSIVE_DETERMINERS.has(opener.lower) || ((opener.pos === "NOUN" || opener.pos === "ADJ") && opener.text === opener.lower))) return false;
  for (let j = first + 1; j < end; j++) {
    if (!isVerb(tokens[j])) continue;
    const t = tokens[j]!;
    return opensRelative(tokens[j - 1]!.lower) || isRelativePronoun(tokens[j - 2]?.lower ?? "", true) || tokens[j - 1]!.lower === "to" || (t.pos === "VERB" && t.lower.endsWith("ing"));
  }
  return true;
}


/** The comma shortly before the cue with no verb between them, or -1. */
export function precedingComma(tokens: readonly Token[], r: Region, cue: CueMatch): number {
  for (let k = cue.firstToken - 1; k > r.first && cue.firstToken - k <= 6; k--) {
    if (tokens[k]!.text === ",") return k;
    if (isVerb(tokens[k])) return -1;
  }
  return -1;
}

/** Marks that open and close an aside between a subject and its verb. */
const ASIDE_MARK = /^(,|\u2014|\u2013|--)$/;
/** How many tokens an aside between the subject and the cue may hold. */
const MAX_ASIDE = 16;

/**
 * "Carson, the mayor of Ely, called ...", "Carson, speaking with the Herald, called ...": the
 * cue follows a mark closing an aside that opened right after the clause's first noun phrase
 * (a noun or name, no verb), so that phrase is its subject. A participle right after a noun
 * ("the plan, called Harbour Link,") names a thing instead, and has no aside before it.
 */
export function subjectBeforeAside(tokens: readonly Token[], r: Region, cue: CueMatch): boolean {
  const close = beforeSkipped(tokens, r, cue.firstToken - 1, false);
  if (close <= r.first || !ASIDE_MARK.test(tokens[close]!.text)) return false;
  let open = close - 1;
  while (open > r.first && close - open <= MAX_ASIDE && !ASIDE_MARK.test(tokens[open]!.text)) open--;
  // "On Oct. 23, during a visit to the resort, now called ...": a phrase opening with a preposition is no subject.
  if (open <= r.first || tokens[open]!.text !== tokens[close]!.text || close - open < 3 || tokens[r.first]!.pos === "ADP") return false;
  let noun = false;
  for (let k = r.first; k < open; k++) {
    if (isVerb(tokens[k]) || ASIDE_MARK.test(tokens[k]!.text)) return false;
    noun ||= SUBJECT_END.has(tokens[k]!.pos) || capitalised(tokens[k]!);
  }
  return noun;
}
