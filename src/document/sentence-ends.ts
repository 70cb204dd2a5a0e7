import type { Token } from "./types";

/** Punctuation that ends a sentence (a run of it, "?!", ends one once). */
const TERMINAL: ReadonlySet<string> = new Set([".", "!", "?"]);

/** Closing quotation marks and brackets: after a full stop, they belong to the sentence it ends. */
const CLOSERS: ReadonlySet<string> = new Set([")", "]", "\u201d", "\u2019", "''", "\u00bb", '"', "'"]);

/** A token that goes on the sentence before it: a closing bracket, a comma, colon or semicolon, a lower-case word. */
const CONTINUES_SENTENCE = /^[)\],;:]|^\p{Ll}/u;

/**
 * The parts of speech of a capitalised word that starts a sentence after a capitalised
 * abbreviation ("in the U.S. The", "Acme Inc. He"): function words and numbers. A noun, adjective
 * or verb after one is more often a name or title going on ("U.S. President", "U.S. Democratic
 * leaders"). After a lower-case one ("p.m.", "etc.", "no."), any capitalised word but a name starts one.
 */
const STARTS_AFTER_ABBREVIATION: ReadonlySet<string> = new Set(["DET", "PRON", "ADV", "ADP", "CCONJ", "SCONJ", "AUX", "PART", "INTJ", "NUM"]);

/**
 * Abbreviations that stand before a name or a date ("Sen. Warren", "Gen. Hale", "Jan. 5"): a
 * capital after them goes on the sentence. Others ("U.S.", "Inc.", "p.m.") may end one.
 */
export const BEFORE_NAMES: ReadonlySet<string> = new Set(
  ("mr mrs ms messrs dr sen sens rep reps gov gen lt col sgt capt cmdr cdr adm maj brig cpl pvt rev fr prof pres sec hon " +
    "atty amb supt det insp cllr eng engr mme mlle mdm smt tmt thiru st ste ft mt jan feb mar apr jun jul aug sep sept oct nov dec vs v")
    .split(" ").map((word) => `${word}.`),
);

/**
 * whosaid's sentence splitter, on wink's tokens (wink's own sentence annotator is not run: it cost
 * about a fifth of wink's reading, and POS tags come out the same without it). Returns the indices
 * of the last tokens of the sentences among `tokens[from..to)`, one paragraph's tokens, in order
 * (the paragraph's last token always ends one).
 *
 * A sentence ends after a full stop, "!" or "?" and the closing quotation marks and brackets after
 * it ('."'  ".)"  "?''"), unless what follows goes on the sentence: a lower-case word, a comma,
 * colon or semicolon, a closing bracket. wink keeps the full stop of an abbreviation in its token
 * ("Sen.", "U.S.", "p.m.", "J."): see abbreviationEnds.
 */
export function sentenceEnds(tokens: readonly Token[], from: number, to: number): number[] {
  const found: number[] = [];
  for (let k = from; k < to; k++) {
    // Only a token that ends in a full stop, "!" or "?" may end a sentence: nine tokens in ten do not.
    const text = tokens[k]!.text;
    const c = text.charCodeAt(text.length - 1);
    if (c !== 46 && c !== 33 && c !== 63) continue;
    if (!TERMINAL.has(text) && !isAbbreviation(tokens[k]!)) continue;
    const last = endOfRun(tokens, k, to);
    if (last + 1 >= to) break;
    if (endsBefore(tokens, k, last)) found.push(last);
    k = last;
  }
  found.push(to - 1);
  return found;
}

/**
 * The last token of the run of full stops, "!", "?" and closing marks and brackets that starts at
 * `k`: "."  ".)"  '?"'  ". . . ."  A spaced ellipsis after a closing mark ('?" . . . "Do you') is
 * not in it: it opens the next sentence.
 */
function endOfRun(tokens: readonly Token[], k: number, to: number): number {
  let last = k;
  for (let j = k + 1; j < to; j++) {
    const t = tokens[j]!;
    const before = tokens[j - 1]!;
    if (t.text === "." && before.text !== "." && t.start > before.end) break;
    if (!TERMINAL.has(t.text) && !(CLOSERS.has(t.text) && closes(tokens, j))) break;
    last = j;
  }
  return last;
}

/** Whether the run of tokens from `k` to `last` (see endOfRun) ends a sentence before the token after it. */
function endsBefore(tokens: readonly Token[], k: number, last: number): boolean {
  const first = tokens[k]!;
  const next = tokens[last + 1]!;
  let dots = 0;
  let longest = 0;
  let punctuated = false;
  let quoted = false;
  for (let j = k; j <= last; j++) {
    const text = tokens[j]!.text;
    dots = text === "." ? dots + 1 : 0;
    longest = Math.max(longest, dots);
    if (TERMINAL.has(text)) punctuated = true;
    else if (CLOSERS.has(text) && text !== ")" && text !== "]") quoted = true;
  }
  // wink reads a spaced ellipsis as full stops: three (". . .") mark words left out; four are a
  // full stop and an ellipsis.
  if (longest === 3) return false;
  // An abbreviation, maybe in brackets ("(D-Mass.) Smith"), with no full stop or quotation mark after it.
  if (!punctuated && !quoted) return abbreviationEnds(first, next, tokens[k - 1]);
  // No space after a full stop: "Trump.Something" ends a sentence; "R-N.Y." (read "N", ".", "Y."),
  // "Ph.D." (read "Ph", ".", "D.": an initial after it) and "outsider-vs.-establishment" do not.
  if (first.text === "." && last === k && next.start === first.end) {
    return /^\p{Lu}/u.test(next.text) && !/^\p{L}$/u.test(tokens[k - 1]?.text ?? "") && !(INITIAL.test(next.text) && tokens[k - 1]?.end === first.start);
  }
  return !CONTINUES_SENTENCE.test(next.text);
}

/** A word token that keeps its full stop: an abbreviation or an initial. */
function isAbbreviation(token: Token): boolean {
  return token.kind !== "punct" && token.text.length > 1 && token.text.endsWith(".");
}

/** Whether the abbreviation `token`, no initial or title, ends a sentence before the capitalised word `next` (see STARTS_AFTER_ABBREVIATION). */
function abbreviationEnds(token: Token, next: Token, before: Token | undefined): boolean {
  if (INITIAL.test(token.text) || BEFORE_NAMES.has(token.lower)) return false;
  if (next.kind !== "word" || !/^\p{Lu}/u.test(next.text)) return false;
  if (token.text !== token.lower) return STARTS_AFTER_ABBREVIATION.has(next.pos);
  // "the far side of the wash. Begay said", "he was ill. Lee said": after an article, an adjective,
  // "be" or a preposition the word is a noun or an adjective ending its clause, not "Wash." or "Ill.".
  return next.pos !== "PROPN" || CLAUSE_FINAL_WORDS.has(token.text) || NOUN_BEFORE.has(before?.pos ?? "");
}

/** The tags before a lower-case word that make it a noun or an adjective, whatever abbreviation it spells. */
const NOUN_BEFORE: ReadonlySet<string> = new Set(["DET", "ADJ", "AUX", "ADP"]);

/**
 * Words wink keeps with their full stop as abbreviations ("in." for inches, "no." for number) that
 * far more often end a clause ("as riders came in. Holm said", "the answer was no. Rasmussen"):
 * before a capitalised word they end the sentence, a name included.
 */
const CLAUSE_FINAL_WORDS: ReadonlySet<string> = new Set(["in.", "no."]);

/** An initial, alone or after a hyphen ("J.", "D-W."). */
const INITIAL = /(?:^|-)\p{L}\.$/u;

/** Whether the mark or bracket at `k` closes rather than opens: a curly closing mark, a bracket, or a straight mark with no space before it. */
function closes(tokens: readonly Token[], k: number): boolean {
  const mark = tokens[k]!;
  if (mark.text !== '"' && mark.text !== "'") return true;
  const before = tokens[k - 1];
  return !!before && before.end === mark.start;
}
