import { isQuotationMark } from "../../../document/quotation-marks";
import { isSubordinator, openingClauseEnd } from "../../../document/opening-clause";
import { gerundBeforeNoun, isAttachedPossessive, isInsideName, isVerb, possessedGerund } from "../../../document/pos";
import type { Token } from "../../../document/types";
import type { CueMatch } from "../../../lexicon/match";
import { clause } from "../clause";
import { approximateNumber, capitalised, describesMedium, endOfAttribution, hasVerb, onConditionOfAnonymity } from "../phrases";
import { POSSESSIVE_DETERMINERS } from "../../../document/possessives";
import { inQuote } from "../region";
import { relativeSubject } from "../subject";
import { MIN_OBJECT_WEIGHT } from "../thresholds";
import { NO_NOUN_OBJECT, NP_START, OBJECT_TAKERS, TIME_WORD } from "../words";
import { invertedName, verbGroupStart } from "./closing-verb";
import { settled, type CueContext, type Outcome, type Pattern } from "./pattern";

/** `CLAUSE, X said.`, `CLAUSE, said X.`, `CLAUSE, X said Friday, as ...`: the attribution closes the clause. */
export const clauseThenAttribution: Pattern = { name: "clause-then-attribution", find };

/** The longest attribution after the cue ("announced Friday in a statement to the press"), in tokens. */
const MAX_ATTRIBUTION = 7;
/** The longest after a plain verb of saying, whose time and medium run longer ("said on Sunday in a letter to the water company"). */
const MAX_SAYING_ATTRIBUTION = 9;
/** The longest after "told", whose hearer comes first ("told a packed town hall meeting in the school gym on Tuesday"). */
const MAX_TELL_ATTRIBUTION = 14;
const SAYING = new Set(["say", "tell", "write", "add"]);
/** How far before the cue the comma closing the clause may stand. */
const MAX_SUBJECT = 12;

function find(c: CueContext): Outcome {
  const { tokens, r, cue } = c;
  const longest = cue.lemma === "tell" ? MAX_TELL_ATTRIBUTION : SAYING.has(cue.lemma) ? MAX_SAYING_ATTRIBUTION : MAX_ATTRIBUTION;
  const attributionEnd = endOfAttribution(tokens, cue.endToken, r.last, longest);
  const anonymous = onConditionOfAnonymity(tokens, cue.endToken);
  if (!anonymous && (attributionEnd - cue.endToken >= longest || objectAfter(c) || verbInAttribution(tokens, cue, attributionEnd))) return "pass";
  const verb = verbGroupStart(c, MAX_SUBJECT);
  for (let k = verb - 1; k > r.first && verb - k <= MAX_SUBJECT; k--) {
    // `"...," the spokesperson added`: the attribution of a quotation, not reported speech.
    // (Not the apostrophe of a plural's possessive: "the Reindeer Herders' Association said".)
    if (inQuote(r, tokens[k]!) || (isQuotationMark(tokens[k]!) && !possessiveBeforeNoun(tokens, k))) return "none";
    if (tokens[k]!.text === ",") {
      // "CLAUSE, Ann Park, a pollster at X, said.": the comma closes an apposition to the subject; the clause ends before the subject.
      const subjectComma = namedBeforeApposition(tokens, r.first, k);
      if (subjectComma > 0 && hasVerb(tokens, r.first, subjectComma - 1)) return settled(clause(tokens, r, r.first, subjectComma - 1));
      // "CLAUSE, the mayor, Ann Park, said.": the name closes an apposition to a description before it.
      const roleComma = describedBeforeName(tokens, r.first, k);
      if (roleComma > 0 && hasVerb(tokens, r.first, roleComma - 1)) return settled(clause(tokens, r, r.first, roleComma - 1));
      // "Besides attacking him, while the crowd booed, Lee argued ...": a subordinate clause, no attribution.
      if (opensSubordinateClause(tokens[k + 1]!)) return "pass";
      // "While he spoke in Miami, he said, \u201C...\u201D", "In a radio interview, Kiedis said his
      // band ...": a phrase opening the sentence sets the scene; what is said comes after the cue.
      if (openingPhrase(tokens, r.first, k) && goesOn(c)) return "pass";
      // "Rucker Culpepper, who runs ..., said": a relative clause describes the subject.
      if (hasVerb(tokens, r.first, k - 1) && !relativeSubject(tokens, r, k)) {
        // "Sanders compared himself to Lee, saying, \u201C...\u201D", "..., Cohn wrote: \u201C...":
        // the cue introduces the quotation after it, not the clause before (on train, 18 of 63 such
        // clauses were annotated as its content).
        if (tokens[cue.firstToken]!.lower.endsWith("ing") && quotationAfter(c)) return "pass";
        const earlier = clause(tokens, r, r.first, k - 1);
        // `"...," X said, citing Y`: what comes before is a quotation; the cue's object is reported.
        if (earlier || !OBJECT_TAKERS.has(c.takes)) return settled(earlier);
        r.leadsInto = null;
      }
      return "pass"; // "Back in Ohio, Mr. Lane said, he decided ...": the clause comes after
    }
    // "CLAUSE, managing director Ann Lee said": an -ing word before a noun is part of the subject.
    // "CLAUSE, the committee that raised the funds told ...": so is a relative clause on its noun.
    // (Only before a strong cue not coordinated with the relative clause's verb: in "a process that
    // began in May and concluded Monday" the cue is the relative clause's second verb.)
    // (Nor is a word inside a capitalised name: "CLAUSE, the Ministry of Coastal Works has told".)
    if (isVerb(tokens[k]) && !possessedGerund(tokens, k) && !gerundBeforeNoun(tokens, k) && !isInsideName(tokens, k) && !(cue.weight >= MIN_OBJECT_WEIGHT && subjectRelativeVerb(tokens, k, verb))) return "pass";
    // "CLAUSE, which she called \u201C...\u201D": the cue's object is the relative pronoun, not the clause.
    if (OBJECT_RELATIVES.has(tokens[k]!.lower)) return "pass";
  }
  return "pass";
}

/** A possessive ending written onto a word, before the noun it owns ("the growers' association"). */
function possessiveBeforeNoun(tokens: readonly Token[], k: number): boolean {
  return isAttachedPossessive(tokens, k) && /^(NOUN|PROPN|ADJ)$/.test(tokens[k + 1]?.pos ?? "");
}

/** "the committee that raised the funds told": a verb right after a relative pronoun that follows a
 * noun (the pronoun its subject), with no conjunction between it and the cue's verb group at `verb`. */
function subjectRelativeVerb(tokens: readonly Token[], k: number, verb: number): boolean {
  if (!SUBJECT_RELATIVES.has(tokens[k - 1]?.lower ?? "") || !/^(NOUN|PROPN)$/.test(tokens[k - 2]?.pos ?? "")) return false;
  for (let j = k + 1; j < verb; j++) if (tokens[j]!.pos === "CCONJ") return false;
  return true;
}
const SUBJECT_RELATIVES = new Set(["that", "who", "which"]);

/** Relative pronouns that can stand for a cue's object. */
const OBJECT_RELATIVES = new Set(["which", "whom"]);


/**
 * Whether a verb follows the cue within its attribution ("..., he said, adding that ..."). A
 * capitalised word there is a name the tagger took for a verb ("told the Taifa Mirror yesterday"):
 * the attribution's own verbs are lower-case; a participle describing its medium ("said in a
 * decision published on Tuesday") is no verb of a clause.
 */
function verbInAttribution(tokens: readonly Token[], cue: CueMatch, to: number): boolean {
  for (let k = cue.endToken; k <= to; k++) if (isVerb(tokens[k]) && !capitalised(tokens[k]!) && !describesMedium(tokens, cue, k)) return true;
  return false;
}

/** The longest apposition between a closing attribution's subject and its verb ("an analyst at Crestline Securities"), in tokens. */
const MAX_APPOSITION = 10;
/** The longest name before such an apposition, in tokens. */
const MAX_NAME = 5;

/** A word of an apposition or description set off by commas: no verb (it would be a clause) and no quotation mark. */
const inPhrase = (t: Token) => !isVerb(t) && !isQuotationMark(t);
/** Nor a relative pronoun, which opens a clause inside what would be a description ("Russia, a country that the nominee, Mitt Romney, called ..."). */
const inDescription = (t: Token) => inPhrase(t) && !RELATIVES.has(t.lower);
/** A word of a name: capitalised, or a short joining word inside one ("Uni di Bus Priva"). */
const nameWord = (tokens: readonly Token[]) => (t: Token, k: number) => capitalised(t) || isInsideName(tokens, k);

/**
 * The comma that opens the words before token `end`, looking back no further than `first` and
 * `max` words, each of which `fits`: that comma, when at least one word stands after it; or -1.
 */
function commaOpening(tokens: readonly Token[], first: number, end: number, max: number, fits: (t: Token, k: number) => boolean): number {
  let k = end - 1;
  while (k > first && end - k <= max && tokens[k]!.text !== "," && fits(tokens[k]!, k)) k--;
  return tokens[k]?.text === "," && k < end - 1 ? k : -1;
}

/**
 * `CLAUSE, Ann Park, a pollster, said`: the comma at `close` ends an apposition (a noun phrase
 * without a verb, see opensApposition) after a short capitalised name that a comma opens; that comma, or -1.
 */
function namedBeforeApposition(tokens: readonly Token[], first: number, close: number): number {
  const open = commaOpening(tokens, first, close, MAX_APPOSITION, inPhrase);
  if (open < 0 || !opensApposition(tokens[open + 1]!)) return -1;
  const nameComma = commaOpening(tokens, first, open, MAX_NAME, nameWord(tokens));
  return nameComma > first ? nameComma : -1;
}

/**
 * `CLAUSE, the head of the council, Ann Park, said`: the comma at `close` ends a short capitalised
 * name that a comma opens, after a description (a noun phrase opening with a determiner or a
 * possessive, without a verb) that a comma opens too; that first comma, or -1.
 */
function describedBeforeName(tokens: readonly Token[], first: number, close: number): number {
  const nameComma = commaOpening(tokens, first, close, MAX_NAME, nameWord(tokens));
  if (nameComma < 0) return -1;
  const open = commaOpening(tokens, first, nameComma, MAX_APPOSITION, inDescription);
  const opener = tokens[open + 1];
  return open > first && opener && (opener.pos === "DET" || POSSESSIVE_DETERMINERS.has(opener.lower)) ? open : -1;
}

/** Relative pronouns, which open a clause inside what would be a description. */
const RELATIVES = new Set(["that", "which", "who", "whom", "whose"]);

/** An apposition opens with a determiner ("a pollster at X") or, in the style that drops the
 * article, a lower-case noun or adjective ("head of the trade bureau", "chief economist at Y"). */
function opensApposition(t: Token): boolean {
  return t.pos === "DET" || ((t.pos === "NOUN" || t.pos === "ADJ") && /^\p{Ll}/u.test(t.text));
}

/** Whether the comma `k` closes the one subordinate clause or prepositional phrase opening the
 * sentence at `first` ("While he spoke in Miami,", "In a radio interview,"); not a subject with an
 * approximate number ("About 420 workers walked out, their union said, after ..."). */
function openingPhrase(tokens: readonly Token[], first: number, k: number): boolean {
  return !CONDITIONS.has(tokens[first]!.lower) && !approximateNumber(tokens, first) && openingClauseEnd(tokens, first, k + 1) === k;
}

/** A condition is part of what was said ("If the demands are not met, Lee warned, ..."). */
const CONDITIONS = new Set(["if", "unless"]);

/** Whether what was said follows the cue: a quotation or a verb ("X said, \u201C...\u201D", "X
 * said his band ... wrote"), not only a name, a day or a place ("said Lee, the mayor"). */
function goesOn({ tokens, r, cue }: CueContext): boolean {
  for (let k = cue.endToken; k <= r.last; k++) if (inQuote(r, tokens[k]!) || isVerb(tokens[k])) return true;
  return false;
}

/** "while", "when", "whatever" open a clause of their own ("..., whatever the club decided"); "as"
 * opens an attribution ("..., as Lee said"). */
function opensSubordinateClause(t: Token): boolean {
  return (t.lower !== "as" && isSubordinator(t)) || FREE_RELATIVES.has(t.lower);
}
const FREE_RELATIVES = new Set(["whatever", "whoever", "whichever", "however", "whenever", "wherever"]);

/** "..., Trump called Clinton a liar", "..., the group found considerable support": an object
 * after the cue is what it reports, not the end of an attribution. */
function objectAfter({ tokens, cue, naming, takes }: CueContext): boolean {
  const after = tokens[cue.endToken];
  if (!after || !(naming || takes === "np" || !NO_NOUN_OBJECT.has(cue.lemma)) || !NP_START.test(after.pos) || TIME_WORD.test(after.lower)) return false;
  return !invertedName(tokens, cue);
}


/** How far after the cue a quotation it introduces may open ("telling reporters, \u201C"), in tokens. */
const MAX_BEFORE_QUOTATION = 4;

/** Whether a quotation opens shortly after the cue, with no verb before it. */
function quotationAfter({ tokens, r, cue }: CueContext): boolean {
  for (let k = cue.endToken; k <= r.last + 1 && k - cue.endToken <= MAX_BEFORE_QUOTATION; k++) {
    const t = tokens[k];
    if (!t || isVerb(t)) return false;
    if (inQuote(r, t) || isQuotationMark(t)) return true;
  }
  return false;
}
