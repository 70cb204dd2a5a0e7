import { BE_FORMS, isAttachedHyphen } from "../document/pos";
import { TIME_WORDS } from "../document/time-words";
import type { Token } from "../document/types";

/** Marks that set a relative clause off from the phrase it describes. */
const SETTING_OFF = new Set([",", "\u2014", "\u2013", "--"]);
/** Relatives that stand for the noun phrase right before them once set off: "the panel, which said". */
const THING_RELATIVES = new Set(["which"]);
/** How many words that noun phrase may have. */
const PHRASE_WORDS = 6;
/** Heads of a time, which no relative that speaks stands for ("released on Thursday, which covered": the
 * release): document/time-words.ts's, and these. */
const MORE_TIME_HEADS = new Set(["day", "days", "time"]);
/** Tags that end a noun phrase walked back over: a verb, a preposition, a pronoun or a conjunction begins another phrase. */
const PHRASE_BREAKS = new Set(["VERB", "AUX", "ADP", "PRON", "SCONJ", "CCONJ", "ADV", "PART"]);

/**
 * The noun phrase a speaker span that is only a relative pronoun stands for, when no mention gave
 * its referent: "a UN panel, which said" is the panel, "the restrictive "Gang of Eight" that
 * pushed" the Gang of Eight; a relative is never a name. Tokens `[first, end)` of the phrase, or
 * `undefined` when the word before the relative (past its comma or dash) is no noun nor a passive
 * clause's participle ("He won on Tuesday, which ...": the relative may stand for the clause).
 */
export function relativeNounPhrase(tokens: readonly Token[], first: number, end: number): { first: number; end: number } | undefined {
  if (end !== first + 1) return undefined;
  const word = tokens[first]!.lower;
  const setOff = SETTING_OFF.has(tokens[first - 1]?.text ?? "");
  // "that" is a relative only right after its noun ("the loophole that allows"); set off, it opens a clause.
  if (!(THING_RELATIVES.has(word) && setOff) && !(word === "that" && !setOff)) return undefined;
  let last = setOff ? first - 2 : first - 1;
  // "the "Bathroom Bill," which": a closing quotation mark after the noun.
  if (/^["\u201d']$/u.test(tokens[last]?.text ?? "")) last--;
  const passive = passiveSubjectEnd(tokens, last);
  if (passive >= 0) return { first: phraseStart(tokens, passive), end: passive + 1 };
  const head = tokens[last];
  if (!isNoun(head) || head!.sentence !== tokens[first]!.sentence || TIME_WORDS.test(head!.lower) || MORE_TIME_HEADS.has(head!.lower)) return undefined;
  const start = phraseStart(tokens, last);
  // "super PACs supporting candidates, which", "a tweet sent by a contributor, which": the phrase a participle's clause modifies.
  const participle = tokens[start - 1]?.lower === "by" ? start - 2 : start - 1;
  const modifying = participle < start - 1 || /ing$/.test(tokens[participle]?.lower ?? "");
  if (modifying && tokens[participle]?.pos === "VERB" && isNoun(tokens[participle - 1])) {
    return { first: phraseStart(tokens, participle - 1), end: participle };
  }
  return { first: start, end: last + 1 };
}

/**
 * "Once the video was released, which showed": a passive clause ends right before the relative,
 * which stands for its subject (the thing released). The token ending that subject, or -1.
 */
function passiveSubjectEnd(tokens: readonly Token[], last: number): number {
  if (tokens[last]?.pos !== "VERB" || !/(?:ed|en|wn|t)$/.test(tokens[last]!.lower) || !BE_FORMS.has(tokens[last - 1]?.lower ?? "")) return -1;
  const subject = tokens[last - 1]!.lower === "been" ? last - 3 : last - 2;
  return isNoun(tokens[subject]) && tokens[subject]!.sentence === tokens[last]!.sentence ? subject : -1;
}

function isNoun(t: Token | undefined): boolean {
  return !!t && t.kind === "word" && (t.pos === "NOUN" || t.pos === "PROPN");
}

/** Where the noun phrase ending at token `last` starts: back over its modifiers, possessive marks and hyphenated compounds ("deferred-action program"). */
function phraseStart(tokens: readonly Token[], last: number): number {
  let start = last;
  while (start > last - PHRASE_WORDS + 1 && start > 0) {
    const t = tokens[start - 1]!;
    if (isAttachedHyphen(tokens, start - 1)) {
      start -= 2;
      continue;
    }
    if (t.sentence !== tokens[last]!.sentence || PHRASE_BREAKS.has(t.pos) || (t.kind !== "word" && !/^['\u2019]s?$/u.test(t.text))) break;
    start--;
  }
  return start;
}
