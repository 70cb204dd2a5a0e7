import { BE_FORMS } from "./pos";
import { OPENING_OR_STRAIGHT } from "./quotation-marks";
import type { Token } from "./types";

/** Forms of "be" that make a participle after them passive ("I am told" too). */
const BE = new Set([...BE_FORMS, "am"]);

/**
 * Feelings: "FBI officials were angered by the deal", "Lee was not impressed by the plan": the
 * subject feels, and "by" names the cause (what the feeling is about), not someone who acted.
 */
const FEELING = new Set([
  "angered", "impressed", "unimpressed", "upset", "outraged", "shocked", "worried", "troubled", "disturbed", "alarmed",
  "concerned", "frustrated", "disappointed", "pleased", "encouraged", "surprised", "stunned", "rattled", "startled",
  "dismayed", "offended", "annoyed", "irritated", "heartened", "inspired", "moved", "scared", "frightened", "terrified",
  "bothered", "embarrassed", "saddened", "excited", "amused", "intrigued", "horrified", "appalled", "infuriated",
  "baffled", "puzzled", "persuaded", "convinced", "swayed", "motivated", "haunted", "struck", "fascinated", "thrilled",
  "delighted", "enraged", "incensed", "irked", "angry", "relieved", "reassured", "galvanized", "energized", "unmoved",
]);

/** Words after "by" that name no agent: "should have been confirmed by now". */
const NO_AGENT = new Set(["now", "then", "far", "default", "law", "hand", "mistake", "accident", "chance"]);

/** A count after "by" that measures a margin: "passed by 22 votes to none", "decided by 5-to-4 votes". */
const MEASURE = /^(?:votes?|points?|percentage|seats?|margins?|delegates?)$/;

function agentAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.kind === "punct" || NO_AGENT.has(t.lower) || (t.pos === "VERB" && t.lower.endsWith("ing"))) return false;
  // ("rejected by 61 percent of voters" names them; "by 22 votes", "by a wide margin" do not)
  let j = k;
  while (j < k + 4 && tokens[j] && !MEASURE.test(tokens[j]!.lower) && (tokens[j]!.pos === "NUM" || tokens[j]!.pos === "ADJ" || tokens[j]!.pos === "DET" || tokens[j]!.text === "-" || /\d/.test(tokens[j]!.text))) j++;
  return !(j > k && MEASURE.test(tokens[j]?.lower ?? "") && tokens[j + 1]?.lower !== "of");
}

/** Where a passive with its agent stands: the form of "be" and the "by" after the participle. */
export interface PassiveAgent {
  be: number;
  by: number;
}

/**
 * `The plan was criticized by the mayor`, `has been repeatedly criticized by`, `was first reported
 * by`: the verb at tokens [first, end) is a participle after a form of "be" (adverbs and "not"
 * between, or "be" opening the verb's own words), and "by" follows it or ends its words. Its
 * subject is what the verb is about, and the phrase after "by" who did it.
 */
export function passiveAgent(tokens: readonly Token[], first: number, end: number): PassiveAgent | null {
  const by = tokens[end - 1]?.lower === "by" ? end - 1 : tokens[end]?.lower === "by" ? end : -1;
  // (not "was responding by", "is marked by leaving": no participle or no agent; nor "by now")
  if (by < 0 || by === first || tokens[by - 1]!.lower.endsWith("ing") || FEELING.has(tokens[by - 1]!.lower) || !agentAt(tokens, by + 1)) return null;
  if (BE.has(tokens[first]!.lower)) return { be: first, by };
  let k = first - 1;
  while (k >= 0 && tokens[k]!.sentence === tokens[first]!.sentence && (tokens[k]!.pos === "ADV" || tokens[k]!.pos === "PART") && tokens[k]!.lower !== "to") k--;
  return k >= 0 && tokens[k]!.sentence === tokens[first]!.sentence && BE.has(tokens[k]!.lower) ? { be: k, by } : null;
}

/**
 * `As reported by the Herald, ...`, `as first noted by Lee`: a participle after "as" (adverbs
 * between) with its agent after "by", the source of the clause the as-clause attributes; likewise
 * a participle opening the sentence, alone or after "when" (`When asked by a reporter whether
 * ...`: the question is the reporter's). Where that "by" stands, or -1.
 */
export function asParticipleAgentBy(tokens: readonly Token[], first: number, end: number): number {
  const by = end;
  if (tokens[by]?.lower !== "by" || !tokens[first]!.lower.endsWith("ed") || !agentAt(tokens, by + 1)) return -1;
  let k = first - 1;
  while (k >= 0 && tokens[k]!.pos === "ADV") k--;
  const sentence = tokens[first]!.sentence;
  if (k < 0 || tokens[k]!.sentence !== sentence) return by;
  if (tokens[k]!.lower === "as") return by;
  return tokens[k]!.lower === "when" && (k === 0 || tokens[k - 1]!.sentence !== sentence) ? by : -1;
}

/**
 * Participles of verbs that name or judge what they follow, written with the name or verdict
 * right after them: `a course called "Perception"`, `messages later deemed "top secret"`, `the
 * unit known as the "Midnight Crew"`.
 */
const NAMING_PARTICIPLES = new Set([
  "called", "dubbed", "labeled", "labelled", "termed", "named", "nicknamed", "titled", "entitled", "deemed",
  "considered", "described", "branded", "known", "seen", "viewed", "billed", "characterized", "characterised",
]);

/** Of those, the ones that give a name or title (not a verdict, whose judge the sentence may name elsewhere). */
const TITLE_PARTICIPLES = new Set(["called", "dubbed", "termed", "named", "nicknamed", "titled", "entitled", "known", "billed"]);

/** Whether token `k` is a participle that gives what it follows a name or title: "called", "titled", "known (as)". */
export function givesTitle(tokens: readonly Token[], k: number): boolean {
  return TITLE_PARTICIPLES.has(tokens[k]?.lower ?? "");
}

/** Words of a noun phrase before a participle that modifies it: "a 2002 biology course", "the notorious police unit". */
const NOUN_PHRASE_TAGS = new Set(["NOUN", "PROPN", "ADJ", "NUM", "DET"]);

/**
 * A cue at tokens [first, end) that is a participle modifying the noun before it, a relative
 * clause without its "which was" (`shared a syllabus for a course called "Perception"`, `released
 * a memo titled "..."`, `themes embraced by his rivals`): the noun is what the words name or
 * judge, never who said them. The index of the "by" that names the agent, -1 for none, or null
 * when the cue is no such participle. Only a common noun that is the object of a verb or a
 * preposition (or set off by a comma), so that "Lee said the group warned ..." stays a clause.
 */
export function reducedRelativeAgentBy(tokens: readonly Token[], first: number, end: number): number | null {
  let k = first - 1;
  while (k > first - 3 && tokens[k]?.pos === "ADV") k--;
  const noun = tokens[k];
  if (!noun || noun.pos !== "NOUN" || noun.sentence !== tokens[first]!.sentence) return null;
  let start = k;
  while (start > 0 && NOUN_PHRASE_TAGS.has(tokens[start - 1]!.pos) && tokens[start - 1]!.sentence === noun.sentence) start--;
  const before = tokens[start - 1];
  if (!before || before.sentence !== noun.sentence || !(before.pos === "VERB" || before.pos === "ADP" || before.text === ",")) return null;
  const by = tokens[end - 1]?.lower === "by" ? end - 1 : tokens[end]?.lower === "by" ? end : -1;
  if (by > first && agentAt(tokens, by + 1)) return by;
  if (!NAMING_PARTICIPLES.has(tokens[first]!.lower)) return null;
  // The name or verdict right after the participle: `called "...`, `known as the "...`.
  let next = first + 1;
  if (tokens[next]?.lower === "as") next++;
  if (next < end) return null;
  if (tokens[next]?.pos === "DET") next++;
  return OPENING_OR_STRAIGHT.has(tokens[next]?.text ?? "") ? -1 : null;
}
