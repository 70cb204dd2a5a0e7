import { gerundBeforeNoun, isPossessiveS, isVerb, nounReadAsAdverb, possessedGerund } from "../document/pos";
import type { Token } from "../document/types";
import type { Mention } from "../mentions/types";
import { POSSESSIVE_DETERMINERS } from "../mentions/words";

/**
 * A subject whose head comes first and its modifiers after it: "officials with the committee
 * said", "Only 4 in 10 voters in each state said", "People briefed on the move said", "a poll
 * for the Courier released last week showed", "Dutch farmers polled said". The words right before
 * the cue then belong to a modifier (the committee, each state, the move), and the speaker is the
 * head, the first mention of the phrase that no preposition governs.
 */

/** Prepositions that open a modifier of the noun before them ("voters in Ohio", "officials with X"). */
const MODIFIER_PREPOSITIONS = new Set([
  "in", "of", "with", "at", "from", "for", "on", "across", "among", "by", "around", "near", "inside", "outside", "within", "throughout",
  "along", "alongside", "beside", "behind", "beyond", "between", "under", "during",
]);
/** Words of a noun phrase in the chain. */
const PHRASE_TAGS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);
/** Adverbs inside a noun phrase before a number or quantity: "of about 2,600", "nearly half of". */
const DEGREE_ADVERBS = new Set(["about", "nearly", "almost", "some", "roughly", "only", "just", "over", "around", "approximately"]);
/** Participles with a past form that does not end in -ed: "a poll taken", "the study done". */
const IRREGULAR_PARTICIPLES = new Set(["taken", "done", "given", "held", "known", "seen", "written", "shown", "drawn", "chosen", "led", "run", "sent", "made", "paid", "put"]);
/** Time words after a participle: "released last week", "released on Friday", "taken in March". */
const TIME_AFTER_PARTICIPLE = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|week|month|year|last|this|earlier|recently|january|february|march|april|may|june|july|august|september|october|november|december|(?:19|20)\d\d)$/;
/** How many tokens the whole subject phrase may span. */
const MAX_PHRASE = 24;
/** Words that may stand right before a subject phrase: the start of a clause, not a verb or a preposition that would make it an object. */
const OPENS_SUBJECT = new Set(["and", "but", "that", "while", "whereas", "as", "because", "although", "though", "when", "if", "since", "so"]);

function phraseWord(tokens: readonly Token[], t: Token | undefined, next: Token | undefined): boolean {
  if (!t) return false;
  if (POSSESSIVE_DETERMINERS.has(t.lower) && !!next && PHRASE_TAGS.has(next.pos) && next.pos !== "DET") return true;
  if (PHRASE_TAGS.has(t.pos) || isPossessiveS(t) || t.text === "/" || nounReadAsAdverb(tokens, t.index) || possessedGerund(tokens, t.index)) return true;
  // A hyphen inside a word ("Cuban-Americans", "Three-in-five") and an adverb of degree before a number.
  if (t.text === "-" || t.text === "\u2011") return !!next && next.start === t.end;
  return t.pos === "ADV" && DEGREE_ADVERBS.has(t.lower) && !!next && (next.pos === "NUM" || PHRASE_TAGS.has(next.pos));
}

/** An "and" inside a name between capitalised words: "Minister for Lands and Natural Resources". */
function joinsNames(tokens: readonly Token[], j: number): boolean {
  const capitalised = (t: Token | undefined) => !!t && /^\p{Lu}/u.test(t.text);
  return (tokens[j]!.lower === "and" || tokens[j]!.text === "&") && capitalised(tokens[j - 1]) && capitalised(tokens[j + 1]);
}

/** A preposition that opens a modifier of the noun before it: "voters in Ohio", "a source close to the star". */
function modifierPrepositionAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  return (t.pos === "ADP" && MODIFIER_PREPOSITIONS.has(t.lower)) || (t.lower === "to" && tokens[k - 1]?.lower === "close");
}

/** Adjectives that follow the noun they modify, with their own preposition: "people familiar with the matter". */
const POSTPOSITIVE = new Set([
  "familiar", "close", "aware", "knowledgeable", "critical", "supportive", "responsible", "allied", "skeptical", "sceptical",
  "connected", "available",
]);

/**
 * "A person familiar with the talks", "officials close to the mayor", "the data available on X": an
 * adjective after a noun, with its preposition, modifies the noun and is no part of the head's phrase.
 */
export function isPostpositive(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  return POSTPOSITIVE.has(tokens[k]!.lower) && !!before && /^(NOUN|PROPN|VERB)$/.test(before.pos) && modifierPrepositionAt(tokens, k + 1);
}

/** A past participle modifying the noun before it: "released", "polled", "briefed", "taken". */
function participle(t: Token): boolean {
  return t.pos === "VERB" && (/[a-z]ed$/.test(t.lower) || IRREGULAR_PARTICIPLES.has(t.lower));
}

/** A present participle modifying the noun before it, with its preposition after: "an official speaking on condition of ...", "a source talking to X". */
function presentParticiple(t: Token, next: Token | undefined): boolean {
  return t.pos === "VERB" && /[a-z]ing$/.test(t.lower) && !!next && next.pos === "ADP" && (MODIFIER_PREPOSITIONS.has(next.lower) || next.lower === "to");
}

/**
 * A present participle with its object, modifying the noun before it: "the lawyer representing the
 * family", "a judge handling the lawsuit". (After a noun only: "the leading candidate", "its
 * founding members" have an adjective there.)
 */
export function participleWithObject(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const before = tokens[k - 1];
  // Not a title or compound ("DMRC managing director", "the RealClearPolitics rolling average").
  if (!before || gerundBeforeNoun(tokens, k)) return false;
  return t.pos === "VERB" && /[a-z]ing$/.test(t.lower) && (before.pos === "NOUN" || before.pos === "PROPN") && phraseWord(tokens, tokens[k + 1], tokens[k + 2]);
}

/**
 * Where the subject phrase that ends right before token `end` starts, when it is a head with
 * modifiers after it (a preposition's phrase, a participle with its time and agent); else -1.
 */
export function modifiedPhraseStart(tokens: readonly Token[], end: number): number {
  const sentence = tokens[end - 1]?.sentence;
  let j = end;
  let crossed = false;
  while (j > 0 && end - j < MAX_PHRASE) {
    const t = tokens[j - 1]!;
    if (t.sentence !== sentence) break;
    if (phraseWord(tokens, t, tokens[j])) {
      j--;
      continue;
    }
    const before = tokens[j - 2];
    if (!before || before.sentence !== sentence) break;
    // "voters in each state", "officials with the committee": a preposition after a noun phrase word.
    // "People briefed on the move": after a participle too.
    // "An official speaking on condition of anonymity": after a present participle, "to" too ("speaking to X").
    const afterIng = presentParticiple(before, t);
    if ((modifierPrepositionAt(tokens, j - 1) || afterIng) && (phraseWord(tokens, before, t) || participle(before) || afterIng) && j < end) {
      // "Six in 10", "half of respondents": a share, not a modifier.
      crossed ||= !shareLink(tokens, j - 1);
      j--;
      continue;
    }
    // "a poll for NBC and the Journal": a conjunction joining two noun phrases inside a modifier;
    // "a spokeswoman for the Ministry of Energy and Water": or two capitalised words inside a name.
    if ((t.lower === "and" && crossed && phraseWord(tokens, before, t) && phraseWord(tokens, tokens[j], tokens[j + 1])) || joinsNames(tokens, j - 1)) {
      j--;
      continue;
    }
    // "the proposed route", "its elected members": a participle after a determiner is an adjective.
    if (participle(t) && (before.pos === "DET" || isPossessiveS(before)) && j < end && /^(NOUN|PROPN|ADJ)$/.test(tokens[j]!.pos)) {
      j--;
      continue;
    }
    // "voters polled", "a poll released last week by X", "People briefed on the move".
    if ((participle(t) && phraseWord(tokens, before, t) && (j === end || participleTail(tokens[j]!))) || (presentParticiple(t, tokens[j]) && phraseWord(tokens, before, t) && j < end) || (j < end && participleWithObject(tokens, j - 1))) {
      crossed = true;
      j--;
      continue;
    }
    break;
  }
  return crossed && j < end ? j : -1;
}

/** Whether a subject may start at token `first`: the sentence or a clause opens there, not a verb or a preposition that would make the phrase an object. */
export function opensSubject(tokens: readonly Token[], first: number): boolean {
  const opener = tokens[first - 1];
  if (!opener || opener.sentence !== tokens[first]!.sentence || opener.kind === "punct" || OPENS_SUBJECT.has(opener.lower)) return true;
  return opener.pos === "ADV" && !isVerb(tokens[first - 2]);
}

/** Whether the preposition at `k` belongs to a share: "Six in 10", "half of respondents", "majorities among X". */
export function shareLink(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const before = tokens[k - 1];
  if (t.lower === "in") return before?.pos === "NUM" && tokens[k + 1]?.pos === "NUM";
  return (t.lower === "of" || t.lower === "among") && SHARE_HEADS.test(before?.lower ?? "");
}

/** Heads of a share: a number, a percentage, "half", "majority", "most", "two-thirds". */
const SHARE_HEADS = /^(?:\d[\d,.]*%?|percent|%|half|majority|majorities|plurality|most|many|some|all|none|third|thirds|quarter|quarters|fifth|fifths|one|two|three|four|five|six|seven|eight|nine|ten)$/;

/** What may follow a modifying participle: a preposition ("by X", "on the move") or a time word ("last week"). */
function participleTail(t: Token): boolean {
  return (t.pos === "ADP" && MODIFIER_PREPOSITIONS.has(t.lower)) || TIME_AFTER_PARTICIPLE.test(t.lower);
}

/**
 * The head of a modified subject phrase in [first, end): the first mention that starts in it with
 * no preposition right before ("Officials" in "Officials with the X Committee"); for a share of a
 * group, the group ("56 percent of Cuban-Americans polled": Cuban-Americans).
 */
export function headMention(tokens: readonly Token[], mentions: readonly Mention[], first: number, end: number, isShare: (t: Token | undefined) => boolean): Mention | null {
  let share: Mention | null = null;
  for (const m of mentions) {
    if (m.extentFirstToken < first || m.extentEndToken > end) continue;
    const before = tokens[m.extentFirstToken - 1];
    // "One in [four voters]": the "in" of a share governs no modifier.
    if (m.extentFirstToken === first || !modifierPrepositionAt(tokens, m.extentFirstToken - 1) || shareLink(tokens, m.extentFirstToken - 1)) {
      return share ?? m;
    }
    if (!share && (before!.lower === "of" || before!.lower === "among") && isShare(tokens[m.extentFirstToken - 2])) share = m;
  }
  return share;
}

/**
 * The token after the modifiers that start at token `i` ("in Lower Saxony", "with the X
 * Committee", "of the union in Ohio"), or `i` when no preposition opens one there.
 */
export function modifiersEnd(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (!t || t.pos !== "ADP" || !MODIFIER_PREPOSITIONS.has(t.lower)) return i;
  const sentence = t.sentence;
  let j = i;
  while (j < tokens.length && j - i < MAX_PHRASE && tokens[j]!.sentence === sentence) {
    const w = tokens[j]!;
    if (phraseWord(tokens, w, tokens[j + 1]) || (w.pos === "ADP" && MODIFIER_PREPOSITIONS.has(w.lower) && phraseWord(tokens, tokens[j + 1], tokens[j + 2])) || joinsNames(tokens, j)) j++;
    else break;
  }
  return j > i + 1 ? j : i;
}

/**
 * Where the head of a modified phrase from token `first` ends: at its first modifier (a
 * preposition or a participle), keeping a share's group ("60 percent of Dutch farmers") and the
 * "in" of "4 in 10".
 */
export function headEnd(tokens: readonly Token[], first: number, end: number, isShare: (t: Token | undefined) => boolean): number {
  for (let k = first + 1; k < end; k++) {
    const t = tokens[k]!;
    if (participle(t) || presentParticiple(t, tokens[k + 1]) || participleWithObject(tokens, k)) return k;
    if (isPostpositive(tokens, k)) return k;
    if (t.pos !== "ADP" || !MODIFIER_PREPOSITIONS.has(t.lower)) continue;
    if (t.lower === "in" && tokens[k - 1]!.pos === "NUM" && tokens[k + 1]?.pos === "NUM") continue;
    // "half of voters", "Many of the callers in the first hour": a share's "of" is no modifier, as modifiedPhraseStart reads it.
    if ((t.lower === "of" || t.lower === "among") && (isShare(tokens[k - 1]) || shareLink(tokens, k))) continue;
    return k;
  }
  return end;
}
