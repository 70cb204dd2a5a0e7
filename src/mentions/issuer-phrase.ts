import type { Token } from "../document/types";
import { isPossessiveS } from "../document/pos";
import { timePhraseEnd } from "../document/time-words";
import { ISSUED, ISSUING, MAX_WHEN, ofPhraseLength } from "./document-owner";

/** Tags of the words of a noun phrase naming who issued a document ("state gaming regulators"). */
const PHRASE_TAGS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);
/** How many tokens an issuer's phrase may span. */
const MAX_ISSUER = 8;

/** Tokens [first, end) of a phrase. */
export interface TokenRange {
  first: number;
  end: number;
}

/**
 * Who issued a document that a speaker phrase (tokens [first, end), its head last) names, written
 * after it: "data released Friday by state gaming regulators", "recent data from Nielsen", "a
 * poll of 600 voters conducted by Quill Research", "a fact sheet lawmakers released Monday", "a
 * study last year by economists at Corvale". The
 * issuer's noun phrase, or undefined when the head is no document noun or no issuer follows.
 * A document speaks for whoever issued it, so the phrase is named after its issuer.
 */
export function issuerAfter(tokens: readonly Token[], first: number, end: number): TokenRange | undefined {
  const head = tokens[end - 1];
  if (!head || end <= first) return undefined;
  if (!ISSUED.has(head.lower)) return subjectInside(tokens, first, end);
  // "a fact sheet lawmakers released Monday": a reduced relative clause whose subject is the issuer.
  const subject = nounPhraseFrom(tokens, end, head.sentence);
  if (subject && ISSUING.has(tokens[subject.end]?.lower ?? "") && tokens[subject.end]!.pos === "VERB") return subject;
  // "a study last year by economists": a time phrase may stand before "by" as before a participle.
  let k = timePhraseEnd(tokens, end + ofPhraseLength(end, head, tokens));
  if (ISSUING.has(tokens[k]?.lower ?? "")) {
    const limit = k + 1 + MAX_WHEN;
    k++;
    while (k < limit && tokens[k] && tokens[k]!.lower !== "by" && tokens[k]!.sentence === head.sentence && tokens[k]!.text !== ",") k++;
    if (tokens[k]?.lower !== "by") return undefined;
  } else if (tokens[k]?.lower !== "by" && tokens[k]?.lower !== "from") return undefined;
  return nounPhraseFrom(tokens, k + 1, head.sentence);
}

/**
 * "a fact sheet lawmakers [released Monday]": a phrase that ran on past its document noun into the
 * subject of an issuing verb right after it; that subject is the issuer.
 */
function subjectInside(tokens: readonly Token[], first: number, end: number): TokenRange | undefined {
  const verb = tokens[end];
  if (!verb || verb.pos !== "VERB" || !ISSUING.has(verb.lower)) return undefined;
  for (let k = end - 2; k >= first; k--) if (ISSUED.has(tokens[k]!.lower)) return { first: k + 1, end };
  return undefined;
}

/** The noun phrase starting at token `k` in sentence `sentence`, if one with a noun or name starts there. */
function nounPhraseFrom(tokens: readonly Token[], k: number, sentence: number): TokenRange | undefined {
  let end = k;
  let noun = false;
  while (end < tokens.length && end - k < MAX_ISSUER) {
    const t = tokens[end]!;
    if (t.sentence !== sentence || !(PHRASE_TAGS.has(t.pos) || isPossessiveS(t) || (t.kind === "word" && /^\p{Lu}/u.test(t.text)))) break;
    noun ||= t.pos === "NOUN" || t.pos === "PROPN" || /^\p{Lu}/u.test(t.text);
    end++;
  }
  return noun ? { first: k, end } : undefined;
}
