import type { Mention, Phrase, RuleContext } from "../../rules-api";

/** Possessive pronouns that can own a statement: "his statement that ...". */
const POSSESSIVE_PRONOUNS = new Set(["his", "her", "their", "its", "our", "my"]);
/** Those that refer as their subject form does, outside a quotation: a speaker span of their own. */
const THIRD_PERSON_POSSESSIVES = new Set(["his", "her", "their", "its"]);
const POSSESSIVE_ENDINGS = new Set(["'s", "\u2019s", "'", "\u2019"]);
/** Words between an owner and its noun: "his repeated claim", "Lee's most recent remarks". */
const MODIFIER_TAGS = new Set(["ADJ", "ADV"]);
/** How many modifiers may stand between the owner and the noun. */
const MAX_MODIFIERS = 3;

/**
 * The owner of a noun that a quotation is equated with ("The senator's answer was "..."", "His
 * motto is "..."'): a name with 's, or a description the possessive pronoun opens. Null when the
 * owner is no mention.
 */
export function ownerOfCueNoun(ctx: RuleContext, noun: number): Mention | null {
  const before = ctx.tokens[noun - 1];
  if (!before) return null;
  if (POSSESSIVE_PRONOUNS.has(before.lower)) return ctx.mentionStartingAt(noun - 1);
  return POSSESSIVE_ENDINGS.has(before.lower) ? ctx.mentionEndingAt(noun - 1) : null;
}

/**
 * The speaker of reported speech a noun of saying introduced ("his repeated claim that ...",
 * "Ann Lee's statement that ..."), past modifiers: a possessive pronoun stands for the first
 * mention of its sentence it fits ("Lee repeated his claim"), or else is a speaker span of its own,
 * which refers as its subject form does ("his" as "he"), not the description it opens ("her
 * statement"); a name with 's that mention detection read as one description with the noun ("Ann
 * Lee's statement") is the name.
 */
export function speakerOfCueNoun(ctx: RuleContext, noun: number): Mention | Phrase | null {
  const { tokens } = ctx;
  let k = noun - 1;
  while (k > noun - 1 - MAX_MODIFIERS && k > ctx.sentence.firstToken && MODIFIER_TAGS.has(tokens[k]!.pos)) k--;
  const before = tokens[k];
  if (!before) return null;
  if (POSSESSIVE_PRONOUNS.has(before.lower)) {
    const m = ctx.mentionStartingAt(k);
    if (m && m.endToken === k + 1) return m;
    if (!THIRD_PERSON_POSSESSIVES.has(before.lower)) return m;
    return subjectBefore(ctx, k) ?? { start: before.start, end: before.end, firstToken: k, endToken: k + 1 };
  }
  return POSSESSIVE_ENDINGS.has(before.lower) ? ctx.mentionEndingAt(k) ?? nameBefore(ctx, k) : null;
}

/** Whether a mention can be what possessive pronoun `word` stands for: "his" one man, "their" a group. */
function fitsPossessive(m: Mention, word: string): boolean {
  if (m.category === "document" || m.category === "place") return false;
  if (word === "their") return m.plural || m.category === "organisation" || m.category === "group";
  if (m.plural) return false;
  if (word === "its") return m.category === "organisation";
  return m.category === "person" && m.gender !== (word === "his" ? "female" : "male");
}

/**
 * "Donald Trump didn't back away from his pledge to ...": a possessive pronoun whose clause's
 * subject it can stand for is that subject's, and PolNeAR names the subject as the Source. The
 * first mention of the sentence before the pronoun that fits it, outside quotation marks.
 */
function subjectBefore(ctx: RuleContext, k: number): Mention | null {
  const word = ctx.tokens[k]!.lower;
  for (const m of ctx.mentionsIn(ctx.sentence.start, ctx.tokens[k]!.start)) {
    // "his" and a "he" before it are one person.
    if (m.kind === "pronoun" && ctx.tokens[m.firstToken]!.lower !== ctx.subjectForm(word)) continue;
    if (!ctx.insideQuote(m.start) && fitsPossessive(m, word)) return m;
  }
  return null;
}

/** "Ann Marsh's statement", which mention detection read as one description: the name before the 's. */
function nameBefore(ctx: RuleContext, k: number): Phrase | null {
  const { tokens } = ctx;
  let first = k;
  while (first > ctx.sentence.firstToken && tokens[first - 1]!.pos === "PROPN") first--;
  if (first === k) return null;
  return { start: tokens[first]!.start, end: tokens[k - 1]!.end, firstToken: first, endToken: k };
}
