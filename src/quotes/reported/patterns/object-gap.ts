import { BE_FORMS, isPossessiveMark, isVerb } from "../../../document/pos";
import { HEAD_PHRASE, isRelativePronoun } from "../../../document/relatives";
import type { Token } from "../../../document/types";
import { cueAt, cueEntryAt } from "../../../lexicon/match";
import type { Span } from "../clause";
import { capitalised } from "../phrases";
import { inQuote, type Region } from "../region";
import { OBJECT_TAKERS, TIME_WORD } from "../words";
import { TIME_WORDS } from "../../../document/time-words";
import { takesObject } from "./object";
import type { CueContext, Outcome, Pattern } from "./pattern";

/** Words a relative clause's subject may hold: "which Obama", "who many in the party". */
const SUBJECT_WORD = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON", "ADP"]);
/** Words between the subject and the cue: "that he has long", "which she did not". */
const VERB_GROUP = new Set(["AUX", "ADV", "PART"]);
/** How many words the relative clause's subject may hold. */
const MAX_SUBJECT = 7;
/** Words after the cue that open its object or clause: "that", "to", "as". */
const OBJECT_OPENERS = new Set(["that", "to", "as"]);
/** Time words that also open a noun phrase: "last year", but "this plan". */
const DEICTIC = new Set(["this", "last"]);
/** How many words of the antecedent the span takes. */
const MAX_HEAD = 8;

/**
 * `a plan which Ruiz backed in May`, `Rubio, whom many in the party had backed`: a relative
 * clause whose gap is the cue's object. What was backed is the antecedent, which the relative
 * pronoun stands for (PolNeAR marks the pronoun, or the antecedent, as the Content); the span runs
 * from the antecedent to the pronoun. A cue followed by its own object (`which he called a
 * fraud`) or a clause is not this shape.
 */
export const objectGap: Pattern = { name: "object-gap", find };

function find(c: CueContext): Outcome {
  const { tokens, r, cue, entry, naming } = c;
  if (naming || !OBJECT_TAKERS.has(c.takes) || !takesObject(cue, entry) || tokens[cue.firstToken]!.lower.endsWith("ing")) return "pass";
  const pronoun = relativePronounBefore(tokens, r, cue.firstToken);
  if (pronoun < 0 || !objectMissing(tokens, r, cue.endToken)) return "pass";
  return antecedentSpan(tokens, r, pronoun);
}

/**
 * Whether the "that" at token `that` opens a relative clause whose gap is its cue's object ("the
 * budget plan that the council had backed in May"): after a noun, a short subject, then a cue that
 * takes an object with none after it. Such a "that" opens no that-clause of an earlier cue.
 */
export function relativeThatWithGap(r: Region, that: number): boolean {
  const { tokens } = r.doc;
  if (!r.matcher || !/^(NOUN|PROPN)$/.test(tokens[that - 1]?.pos ?? "")) return false;
  for (let k = that + 1; k <= r.last && k - that <= MAX_SUBJECT; k++) {
    const cue = cueAt(r.doc.text, tokens, k, r.matcher);
    const entry = cueEntryAt(tokens, k, r.matcher);
    if (cue && entry && k > that + 1 && OBJECT_TAKERS.has(entry.takes) && takesObject(cue, entry)) return relativePronounBefore(tokens, r, k) === that && objectMissing(tokens, r, cue.endToken);
    if (!SUBJECT_WORD.has(tokens[k]!.pos) && !VERB_GROUP.has(tokens[k]!.pos)) return false;
  }
  return false;
}

/** The relative pronoun opening the cue's clause, its subject and auxiliaries between; or -1. */
function relativePronounBefore(tokens: readonly Token[], r: Region, cueStart: number): number {
  let k = cueStart - 1;
  while (k > r.first && VERB_GROUP.has(tokens[k]!.pos) && tokens[k]!.lower !== "to") {
    // "that the spending had been approved by the trustees": a passive has no object gap.
    // A form of "be" makes the cue a passive ("'s" is left out: "that he's advocated" is "has").
    if (BE_FORMS.has(tokens[k]!.lower)) return -1;
    k--;
  }
  const subjectEnd = k;
  while (k > r.first && subjectEnd - k < MAX_SUBJECT && (SUBJECT_WORD.has(tokens[k]!.pos) || isPossessiveMark(tokens[k])) && !isRelativePronoun(tokens[k]!.lower, true)) k--;
  const t = tokens[k];
  if (!t || k === subjectEnd || !isRelativePronoun(t.lower, true) || t.lower === "whose") return -1;
  // "that" is a relative pronoun only after its antecedent noun ("the plan that Lee backed"),
  // not after a verb ("said that Lee backed down").
  if (t.lower === "that" && !/^(NOUN|PROPN)$/.test(tokens[k - 1]?.pos ?? "")) return -1;
  if (!oneSubject(tokens, k + 1, subjectEnd)) return -1;
  // "When asked whom she supported, ...": with no noun before it, the pronoun opens a question.
  const head = tokens[antecedentEnd(tokens, k)];
  return head && (/^(NOUN|PROPN|NUM)$/.test(head.pos) || capitalised(head)) ? k : -1;
}

/**
 * Whether tokens [from, to] can be one subject: no pronoun after a noun ("the deal he pushed for"
 * after "that" is a second relative clause; "which he both" is one), and no bare singular noun first ("who control
 * Congress refused": a verb the tagger read as a noun, the pronoun being the subject).
 */
function oneSubject(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k <= to; k++) if (tokens[k]!.pos === "PRON" && /^(NOUN|PROPN)$/.test(tokens[k - 1]!.pos)) return false;
  const first = tokens[from]!;
  return !(to > from && first.pos === "NOUN" && !capitalised(first) && !first.lower.endsWith("s"));
}

/** The last token of the antecedent before the relative pronoun, past a comma, dash or bracket. */
function antecedentEnd(tokens: readonly Token[], pronoun: number): number {
  return /^(,|\(|\u2014|\u2013|-|--)$/.test(tokens[pronoun - 1]?.text ?? "") ? pronoun - 2 : pronoun - 1;
}

/** Whether nothing that could be the cue's object follows it: the sentence's end, a
 * punctuation mark, a preposition, an adverb or a conjunction. */
function objectMissing(tokens: readonly Token[], r: Region, j: number): boolean {
  const next = tokens[j];
  if (!next || j > r.last) return true;
  // (not "whom he described as “...”": what it was called follows)
  if (inQuote(r, next) || isVerb(next) || OBJECT_OPENERS.has(next.lower)) return false;
  return /^(PUNCT|ADP|ADV|CCONJ|SCONJ)$/.test(next.pos) || timeAt(tokens, j);
}

/** A time right after the cue ("backed last year", "opposed Monday"), not "this plan". */
function timeAt(tokens: readonly Token[], j: number): boolean {
  const word = tokens[j]!.lower;
  if (!TIME_WORD.test(word)) return false;
  return !DEICTIC.has(word) || TIME_WORDS.test(tokens[j + 1]?.lower ?? "");
}

/** The antecedent before the relative pronoun (past a comma), up to the pronoun. */
function antecedentSpan(tokens: readonly Token[], r: Region, pronoun: number): Span {
  let k = antecedentEnd(tokens, pronoun);
  let first = pronoun;
  while (k >= r.first && pronoun - k <= MAX_HEAD && (HEAD_PHRASE.has(tokens[k]!.pos) || capitalised(tokens[k]!) || isPossessiveMark(tokens[k]))) first = k--;
  return { start: tokens[first]!.start, end: tokens[pronoun]!.end };
}
