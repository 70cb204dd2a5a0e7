import type { Token } from "./types";

/** Dates are never speakers: "said Tuesday", "told reporters Monday", "who in 2010 said", "have in the past said". */
export const TIME_WORDS = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tonight|morning|afternoon|evening|night|week|month|year|past|january|february|march|april|may|june|july|august|september|october|november|december|(?:19|20)\d\d)s?$/;

/** Words that open or lead into a time phrase ending in one of TIME_WORDS: "on Tuesday", "just this month", "last year". */
export const TIME_PHRASE_WORDS: ReadonlySet<string> = new Set(["on", "in", "at", "this", "last", "late", "early", "earlier", "later", "just", "the", "next"]);

/** How many words a time phrase that ends in one of TIME_WORDS may span. */
const MAX_TIME_PHRASE = 4;

/**
 * Where the time phrase that starts at token `k` ends ("last year", "on Monday", "in 2014"), or `k`
 * when none does: its words stay in one sentence and its last is one of TIME_WORDS.
 */
export function timePhraseEnd(tokens: readonly Token[], k: number): number {
  const sentence = tokens[k]?.sentence;
  for (let j = k; j < k + MAX_TIME_PHRASE && tokens[j]?.sentence === sentence; j++) {
    const word = tokens[j]!.lower;
    if (TIME_WORDS.test(word)) return j + 1;
    if (!TIME_PHRASE_WORDS.has(word)) return k;
  }
  return k;
}
