import { pollFrameAt } from "../../document/poll-frame";
import { WH_RELATIVES } from "../../document/relatives";
import type { Doc, Sentence, Token } from "../../document/types";
import type { CueMatch, CueMatcher } from "../../lexicon/match";
import { clause, type Span } from "./clause";
import { hasFiniteVerb, hasVerb } from "./phrases";
import { inQuote, type Range, type Region } from "./region";

// A source in a prepositional frame opening the sentence: "To Lee, the plan is a gamble", "To many,
// it was a betrayal", "In a Gallup poll released Monday, 45 percent backed the plan". PolNeAR
// annotates the clause after the comma as what the source holds, the preposition as its cue. Not
// lexicon cues: "to" and "in" open far more phrases that are no source ("To date,", "To win, he
// must", "In 2015,"); only a frame whose object is a person or a poll, before a comma, counts.

/** Conjunctions that may stand before the frame ("But to others, he is a journalist"). */
const LEADING_CONJUNCTIONS = new Set(["but", "and", "yet", "so"]);
/** Pronouns and quantifiers that, standing alone before the comma, are people ("To them,", "To many,"). */
const PEOPLE_WORDS = new Set(["him", "her", "them", "us", "me", "many", "others", "some", "most", "anyone", "everyone"]);
/** The longest frame before its comma, in tokens. */
const MAX_FRAME = 14;
/** As strong as a nominal cue: a source without a verb of saying. */
const FRAME_WEIGHT = 0.5;

/** The clause a frame opening sentence `s` introduces, with the preposition as its cue; or null. */
export function frameClause(doc: Doc, s: Sentence, last: number, blocked: readonly Range[], matcher: CueMatcher): (Span & { cue: CueMatch }) | null {
  const { tokens } = doc;
  let i = s.firstToken;
  if (LEADING_CONJUNCTIONS.has(tokens[i]?.lower ?? "")) i++;
  const prep = tokens[i];
  if (!prep || (prep.lower !== "to" && prep.lower !== "in")) return null;
  const r: Region = { first: s.firstToken, last, blocked, doc, matcher, leadsInto: null };
  if (inQuote(r, prep)) return null;
  const poll = prep.lower === "in" ? pollFrameAt(tokens, i, last + 1) : null;
  const comma = poll ? poll.comma : frameComma(tokens, i + 1, last);
  if (comma < 0 || !(poll || (prep.lower === "to" ? personFrame(tokens, i + 1, comma) : viewFrame(tokens, i + 1, comma)))) return null;
  const first = clauseStart(tokens, comma + 1, last);
  if (first > last || !hasFiniteVerb(tokens, first, last)) return null;
  const found = clause(tokens, r, first, last);
  return found ? { ...found, cue: { text: prep.text, start: prep.start, end: prep.end, firstToken: i, endToken: i + 1, lemma: prep.lower, weight: FRAME_WEIGHT } } : null;
}

/** The comma that closes the frame from token `from`, or -1 when none stands near enough. */
function frameComma(tokens: readonly Token[], from: number, last: number): number {
  for (let k = from; k <= Math.min(last, from + MAX_FRAME); k++) if (tokens[k]!.text === ",") return k;
  return -1;
}

/**
 * "To Lee," "To Florida consultant Ann Wilson," "To them,": a name (its words all capitalised) or a
 * person pronoun standing alone. Not "To date," "To that end," "To win," "To a lot of readers,", nor
 * "To Lee's credit," (a possessive: the frame is the speaker's own comment).
 */
function personFrame(tokens: readonly Token[], from: number, comma: number): boolean {
  if (comma === from + 1 && PEOPLE_WORDS.has(tokens[from]!.lower)) return true;
  for (let k = from; k < comma; k++) if (tokens[k]!.pos !== "PROPN") return false;
  return comma > from;
}

/** Nouns of judgement that, owned, make their owner the frame's source ("In Lee's view,"). */
const VIEW_NOUNS = new Set(["view", "opinion", "estimation", "assessment", "judgment", "judgement", "mind"]);
/** Possessives that own such a noun. */
const OWNERS = new Set(["'s", "\u2019s", "my", "his", "her", "their", "our"]);

/** "In Lee's view," "In her own estimation,": an owned noun of judgement ends the frame (not "In other words", "In this view"). */
function viewFrame(tokens: readonly Token[], from: number, comma: number): boolean {
  if (!VIEW_NOUNS.has(tokens[comma - 1]!.lower)) return false;
  for (let k = from; k < comma - 1; k++) if (OWNERS.has(tokens[k]!.lower)) return true;
  return false;
}

/**
 * "To Lee, who has studied the rallies, Tuesday marked ...", "In a Gallup poll, conducted in May, Lee
 * led ...", "To Lee, a longtime adviser, the plan is sound": the clause starts past a relative,
 * participle or appositive aside on the source (an apposition: words without a verb up to a comma).
 */
function clauseStart(tokens: readonly Token[], first: number, last: number): number {
  const t = tokens[first];
  const relative = WH_RELATIVES.has(t?.lower ?? "") || (t?.pos === "VERB" && /(?:ed|ing)$/.test(t.lower));
  let comma = first;
  while (comma <= last && tokens[comma]!.text !== ",") comma++;
  if (comma > last) return relative ? last + 1 : first;
  return relative || !hasVerb(tokens, first, comma - 1) ? comma + 1 : first;
}
