import { HEAD_PHRASE, isRelativePronoun } from "../../../document/relatives";
import { isInsideName } from "../../../document/pos";
import type { Token } from "../../../document/types";
import type { CueMatch } from "../../../lexicon/match";
import { invertedSubject } from "../../inverted";
import { capitalised, objectFollows } from "../phrases";
import type { CueContext } from "./pattern";

// The verb of an attribution that closes a clause ("CLAUSE, X said."): where its verb group
// starts when written in the perfect ("CLAUSE, the club has confirmed."), and the name after it
// when inverted ("CLAUSE, warned Mayor Ann Park.").

/** Where the verb group of a closing attribution's cue starts: at "has"/"have" when the cue is in
 * the perfect and closes its attribution, else at the cue; its subject ends before that token. */
export function verbGroupStart(c: CueContext, maxSubject: number): number {
  return closesAttribution(c) ? perfectAuxiliary(c.tokens, c.cue.firstToken, c.r.first, maxSubject) : c.cue.firstToken;
}

/** Whether a name after the cue, closed by the sentence's end or a comma, is its inverted subject
 * ("CLAUSE, warned Mayor Ann Park."), not its object. */
export function invertedName(tokens: readonly Token[], cue: CueMatch): boolean {
  return invertedCue(tokens[cue.firstToken]!) && !!invertedSubject(tokens, cue, (first) => subjectPhraseEnd(tokens, first));
}

/**
 * Whether the cue closes its attribution, with no object of its own after it: the sentence's end,
 * a comma, a day, a place or a listener ("has said.", "has said on Monday", "has told BBC News");
 * not "he has said the same thing at every rally".
 */
function closesAttribution({ tokens, cue }: CueContext): boolean {
  return !objectFollows(tokens, cue, false);
}

/** "has" and "have" before a cue, with an adverb or two ("has also said"); not "had", which
 * sets one past event before another ("the gallons Congress had sought"). */
const PERFECT = new Set(["has", "have"]);
const MAX_AUXILIARY = 3;

/**
 * Where the verb group of the cue at `cue` starts: at the auxiliary of its perfect tense ("CLAUSE,
 * the club has confirmed.", "CLAUSE, Lee has also said.", the British lead) when a comma and one
 * plain noun phrase stand before it; else at the cue. A relative clause has the same tense ("an
 * arrangement the campaign has criticized", "as some have speculated", "what Lee has advocated").
 */
function perfectAuxiliary(tokens: readonly Token[], cue: number, first: number, maxSubject: number): number {
  for (let k = cue - 1; k > first && cue - k <= MAX_AUXILIARY; k--) {
    if (PERFECT.has(tokens[k]!.lower)) return commaThenNounPhrase(tokens, first, k, maxSubject) ? k : cue;
    if (tokens[k]!.pos !== "ADV") break;
  }
  return cue;
}

/**
 * Whether the words before token `end` back to a comma are one noun phrase (an "of" phrase may
 * qualify it; a name's words count whatever their tag, "the Ministry of Coastal Works"): at least one word, no relative or subordinating word, a pronoun only alone, and no second phrase after a common
 * noun (the relative clauses without "that" of "an approach several candidates have embraced",
 * "something she has asked").
 */
function commaThenNounPhrase(tokens: readonly Token[], first: number, end: number, maxSubject: number): boolean {
  let comma = end - 1;
  while (comma > first && end - comma <= maxSubject && (inNounPhrase(tokens[comma]!) || isInsideName(tokens, comma)) && !isRelativePronoun(tokens[comma]!.lower, true) && tokens[comma]!.lower !== "what") comma--;
  if (tokens[comma]!.text !== "," || comma === end - 1) return false;
  for (let k = comma + 1; k < end; k++) {
    const t = tokens[k]!;
    if (t.pos === "PRON" && end - comma > 2) return false;
    if (t.pos === "NOUN" && k + 1 < end && SECOND_PHRASE.test(tokens[k + 1]!.pos)) return false;
  }
  return true;
}

/** What opens a second noun phrase after a common noun. */
const SECOND_PHRASE = /^(DET|ADJ|PRON)$/;
const NOUN_PHRASE_WORD = /^(DET|ADJ|NOUN|PROPN|PRON|NUM|PART)$/;
/** A word of a noun phrase, "of" included ("the village council of Poutasi has announced"). */
const inNounPhrase = (t: Token) => NOUN_PHRASE_WORD.test(t.pos) || t.lower === "of";

/** Only a finite verb is inverted: a participle takes an object ("..., portraying Mexican
 * immigrants as ..."). (A capitalised cue word inside a sentence, "his spokeswoman, Hope Hicks.",
 * is a name and no cue: document/names-as-verbs.ts.) */
function invertedCue(t: Token): boolean {
  return !t.lower.endsWith("ing");
}

/** The longest noun phrase read as an inverted cue's subject ("warned Health Minister Anna Berg"), in tokens. */
const MAX_INVERTED_SUBJECT = 6;

/**
 * "CLAUSE, warned Mayor Tom Reyes.", "CLAUSE, insisted Ann Park, the mayor.": after the comma that
 * closes the clause, a short name or title that the sentence or a comma closes right after the cue
 * is its inverted subject (invertedSubject checks the close), not its object. A lower-case noun
 * phrase there is an object ("Lee appeared in court, denied the charges."), as is a pronoun.
 * Where the name ends, or -1.
 */
function subjectPhraseEnd(tokens: readonly Token[], first: number): number {
  if (!tokens[first] || !capitalised(tokens[first])) return -1;
  let k = first;
  while (tokens[k] && k - first < MAX_INVERTED_SUBJECT && HEAD_PHRASE.has(tokens[k]!.pos)) k++;
  return k > first ? k : -1;
}
