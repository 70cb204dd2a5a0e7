import type { Token } from "../document/types";
import type { CueEntry, CueLexicon } from "./cues";

/** A cue found in the text: one word ("said") or a phrase ("according to"). */
export interface CueMatch {
  /** The cue as written ("tweeted"); `text.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  /** Token range [firstToken, endToken). */
  firstToken: number;
  endToken: number;
  /** The lexicon entry it matched: "tweet" for "tweeted", or the phrase itself. */
  lemma: string;
  /** How strongly it signals speech, 0..1 (built-in verbs vary; added cues are 0.9). */
  weight: number;
}

/** Precomputed phrase table: first word -> phrases (as word lists) starting with it. */
export interface CueMatcher {
  lexicon: CueLexicon;
  phrases: Map<string, string[][]>;
  /** Every word a cue can start with (a one-word cue or a phrase's first word). */
  starts: Set<string>;
  /** One byte per value of `filterKey`, set for the keys of `starts`: a clear byte rules a word out
   * without a set lookup, which costs more (most words of a text start no cue). */
  startFilter: Uint8Array;
}

/** A hash of a word's length and its first, middle and last characters, in [0, 65536). */
function filterKey(word: string): number {
  const n = word.length;
  return (word.charCodeAt(0) * 961 + word.charCodeAt(n >> 1) * 31 + word.charCodeAt(n - 1) + n * 7919) & 0xffff;
}

/** Whether a cue can start with this lower-cased word. */
export function canStartCue(matcher: CueMatcher, word: string): boolean {
  return word.length > 0 && matcher.startFilter[filterKey(word)] === 1 && matcher.starts.has(word);
}

export function cueMatcher(lexicon: CueLexicon): CueMatcher {
  const phrases = new Map<string, string[][]>();
  for (const form of lexicon.keys()) {
    if (!form.includes(" ")) continue;
    const words = form.split(" ");
    phrases.set(words[0]!, [...(phrases.get(words[0]!) ?? []), words]);
  }
  const starts = new Set([...lexicon.keys(), ...phrases.keys()]);
  const startFilter = new Uint8Array(65536);
  for (const word of starts) if (word.length > 0) startFilter[filterKey(word)] = 1;
  return { lexicon, phrases, starts, startFilter };
}

const VERB_TAGS = new Set(["VERB", "AUX"]);
/** Words after which a noun-tagged cue word is a verb after all: a that-clause or a subject pronoun. */
const CLAUSE_STARTS = new Set(["that", "he", "she", "they", "we", "i"]);
const NO_PHRASES: readonly string[][] = [];

/** The cue that starts at token `i`, if any. Ambiguous words ("note") must be tagged as verbs. */
export function cueAt(text: string, tokens: readonly Token[], i: number, matcher: CueMatcher): CueMatch | null {
  const token = tokens[i];
  if (!token || token.kind !== "word" || !canStartCue(matcher, token.lower)) return null;
  for (const words of matcher.phrases.get(token.lower) ?? NO_PHRASES) {
    if (phraseAt(tokens, i, words)) {
      const last = tokens[i + words.length - 1]!;
      return build(text, tokens, i, i + words.length, last, matcher.lexicon.get(words.join(" "))!);
    }
  }
  const entry = matcher.lexicon.get(token.lower);
  if (!entry || entry.lemma.includes(" ")) return null;
  // A word that is also a noun counts when tagged a verb, or when a that-clause or a subject
  // pronoun follows it even though the tagger took it for a noun ("The New York Post reports
  // that ...", "4 in 10 say they ...").
  if (entry.ambiguous && !VERB_TAGS.has(token.pos) && !clauseAfterNoun(tokens, i) && !afterPluralSubject(tokens, i)) return null;
  if (!VERB_TAGS.has(token.pos) && token.pos !== "ADJ" && token.pos !== "NOUN" && token.pos !== "PROPN") return null;
  return build(text, tokens, i, i + 1, token, entry);
}

/** Whether the tokens from `i` on are the phrase's words. */
function phraseAt(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[i + k]?.lower !== words[k]) return false;
  return true;
}

/** A clause after a noun-tagged cue word, not a relative clause ("the states that have voted"), or
 * `to` and a verb after a participle the tagger took for an adjective ("promising to lift"). */
function clauseAfterNoun(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1]?.lower ?? "";
  if (next === "to") return /(ing|ed)$/.test(tokens[i]!.lower) && tokens[i + 2]?.pos === "VERB"; // "promising to lift"
  return CLAUSE_STARTS.has(next) && !(next === "that" && VERB_TAGS.has(tokens[i + 2]?.pos ?? ""));
}

/** A plain verb form right after a plural noun: "polls show", "new filings show" (not "TV shows"). */
function afterPluralSubject(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  return !!before && !tokens[i]!.lower.endsWith("s") && (before.pos === "NOUN" || before.pos === "PROPN")
    && /[^s'\u2019]s$/.test(before.lower) && before.lower !== "news";
}

function build(text: string, tokens: readonly Token[], first: number, end: number, last: Token, entry: CueEntry): CueMatch {
  const start = tokens[first]!.start;
  return {
    text: text.slice(start, last.end),
    start,
    end: last.end,
    firstToken: first,
    endToken: end,
    lemma: entry.lemma,
    weight: entry.weight,
  };
}
