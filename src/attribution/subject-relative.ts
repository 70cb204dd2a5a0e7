import { HEAD_PHRASE, MAX_RELATIVE_HEAD, WH_RELATIVES } from "../document/relatives";
import type { Token } from "../document/types";

/** How far (in tokens) the relative clause may run before the cue. */
const MAX_RELATIVE_CLAUSE = 20;
/**
 * Words that open a clause of its own inside the relative one, whose subject is the cue's when it
 * stands right before it ("who gained fame when he yelled"; not "whose ... while she was in office pleaded").
 */
const CLAUSE_OPENERS = new Set(["when", "while", "because", "after", "before", "if", "since", "although", "though", "until", "once"]);

/**
 * "A woman who has accused the mayor of fraud said ...": when the words right before a cue end a
 * relative clause without commas that the sentence's subject opens, the subject is the relative
 * clause's head, not the noun ending it ("fraud"). `end`: the token after the words before the
 * cue. The token of the relative pronoun, or -1.
 */
export function subjectRelativeBefore(tokens: readonly Token[], end: number): number {
  const sentence = tokens[end - 1]?.sentence;
  let verb = false;
  for (let k = end - 1; k > 0 && end - k < MAX_RELATIVE_CLAUSE; k--) {
    const t = tokens[k]!;
    if (t.sentence !== sentence || t.kind === "punct" || (CLAUSE_OPENERS.has(t.lower) && end - k <= 3)) return -1;
    if (t.pos === "VERB") verb = true;
    if (!WH_RELATIVES.has(t.lower)) continue;
    // "A president who authorized ...": the cue is the relative clause's own verb, whose subject is "who".
    if (!verb && !verbAfterWho(tokens, k, end)) return -1;
    const first = headPhraseStart(tokens, k);
    return first >= 0 && first < k && k - first <= MAX_RELATIVE_HEAD ? k : -1;
  }
  return -1;
}

/**
 * "the senators who control the Senate": the word right after "who" (before the cue) is its verb,
 * though the tagger reads a verb that is also a noun ("control", "run", "lead") as a noun.
 */
function verbAfterWho(tokens: readonly Token[], who: number, end: number): boolean {
  return tokens[who]!.lower === "who" && who + 1 < end && tokens[who + 1]!.pos === "NOUN";
}

/**
 * Where the head before the relative pronoun at `pronoun` starts, when it opens a clause: at the
 * sentence's start, after a comma ("In Ohio, voters who ..."), or after a conjunction that follows a
 * comma ("..., but the senators who ..."); or -1. Its words are a noun phrase's, conjoined ones
 * included ("Current and former officials who ..."): an "and" or "or" inside it joins two of them.
 */
function headPhraseStart(tokens: readonly Token[], pronoun: number): number {
  const sentence = tokens[pronoun]!.sentence;
  let first = pronoun;
  while (first > 0 && tokens[first - 1]!.sentence === sentence && inHeadPhrase(tokens, first - 1)) first--;
  const before = tokens[first - 1];
  if (!before || before.sentence !== sentence) return first;
  // "residents in Jupiter, Florida who ...": a lone name after a name and a comma is a place's state, not a head.
  if (before.text === ",") return pronoun - first === 1 && tokens[first]!.pos === "PROPN" && tokens[first - 2]?.pos === "PROPN" ? -1 : first;
  return before.pos === "CCONJ" && tokens[first - 2]?.text === "," ? first : -1;
}

/** A word of a head phrase: a determiner, adjective, noun or number, or a conjunction between two of them. */
function inHeadPhrase(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (HEAD_PHRASE.has(t.pos)) return true;
  return t.pos === "CCONJ" && HEAD_PHRASE.has(tokens[k - 1]?.pos ?? "") && HEAD_PHRASE.has(tokens[k + 1]?.pos ?? "");
}
