import { DOUBLE_MARKS } from "../document/quotation-marks";
import type { Doc, Token } from "../document/types";

/** What ends a paragraph of running text (a closing quote or bracket after the stop included). */
const CLOSERS = new Set([".", "!", "?", "\"", "\u201d", "'", "\u2019", ")", "\u2026", ":", ";"]);
/**
 * A paragraph this short without a closing stop or a quotation mark is a line of its own, in an
 * article of a few paragraphs: a byline, a label ("Story continues below advertisement").
 */
const LABEL_WORDS = 6;

/**
 * Sentences that are labels rather than running text: a headline in title case ("Obama Says
 * Museum Will Heal Nation"), a short line without a closing stop ("Story continues below
 * advertisement"), and a line in capitals ("ABSTRACT.", "FULL TEXT."). Capitalised words there
 * are not names by their case, so a name run in a label is kept only as far as the article's
 * running text names it too (see `trimLabelRun`).
 */
export function labelSentences(doc: Doc): Set<number> {
  const { tokens, sentences, paragraphs } = doc;
  const labels = new Set<number>();
  let s = 0;
  for (const p of paragraphs) {
    const first = s;
    while (s < sentences.length && sentences[s]!.paragraph === p.index) s++;
    if (first === s) continue;
    const firstToken = sentences[first]!.firstToken;
    const endToken = sentences[s - 1]!.endToken;
    const last = lastNonSpace(tokens, firstToken, endToken);
    const line = doc.text.slice(p.start, p.end);
    if (paragraphs.length >= 3 && last >= 0 && !CLOSERS.has(tokens[last]!.text) && ![...line].some((c) => DOUBLE_MARKS.has(c)) && countWords(tokens, firstToken, endToken) <= LABEL_WORDS) {
      for (let k = first; k < s; k++) labels.add(k);
      continue;
    }
    const opening = sentences[first]!;
    if (isTitleCase(tokens, opening.firstToken, opening.endToken) && !isMinutesLine(tokens, opening.firstToken, opening.endToken)) labels.add(first);
    for (let k = first; k < s; k++) if (isAllCapitals(tokens, sentences[k]!.firstToken, sentences[k]!.endToken)) labels.add(k);
  }
  return labels;
}

function lastNonSpace(tokens: readonly Token[], first: number, end: number): number {
  for (let k = end - 1; k >= first; k--) if (tokens[k]!.kind !== "newline") return k;
  return -1;
}

function countWords(tokens: readonly Token[], first: number, end: number): number {
  let n = 0;
  for (let k = first; k < end; k++) if (tokens[k]!.kind === "word") n++;
  return n;
}

const UPPER = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;

/** Four words or more, and every word of four letters or more capitalised: a headline. */
function isTitleCase(tokens: readonly Token[], first: number, end: number): boolean {
  let long = 0;
  let words = 0;
  for (let k = first; k < end; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word") continue;
    words++;
    if (t.text.length < 4) continue;
    if (!UPPER.test(t.text)) return false;
    long++;
  }
  return words >= 4 && long >= 3;
}

/** How many words a credit line may give its person after the role and colon ("Cllr Hana Roe"). */
const CREDIT_WORDS = 4;

/**
 * A line of minutes in capitalised words, to a full stop: running text whose names are people, not
 * a headline in title case. Either names listed with commas and a lower-case "and" ("Present: Cllr
 * Ann Lee, Cllr Tom Hale and Cllr Jo Ward."), or a credit line: one role word, a colon and a short
 * name with no verb ("Chair: Cllr Hana Roe."; "Trump: Crooked Hillary Lies." is a headline's claim).
 */
function isMinutesLine(tokens: readonly Token[], first: number, end: number): boolean {
  const last = lastNonSpace(tokens, first, end);
  if (tokens[last]?.text !== ".") return false;
  let comma = false;
  let and = false;
  let verb = false;
  for (let k = first; k < last; k++) {
    comma ||= tokens[k]!.text === ",";
    and ||= tokens[k]!.text === "and";
    verb ||= k > first + 1 && (tokens[k]!.pos === "VERB" || tokens[k]!.pos === "AUX");
  }
  if (comma && and) return true;
  const credit = tokens[first]?.kind === "word" && tokens[first + 1]?.text === ":" && !verb;
  const words = countWords(tokens, first + 2, last);
  return credit && words >= 2 && words <= CREDIT_WORDS;
}

/** A sentence of one to four words, all in capitals: "ABSTRACT.", "FULL TEXT.". */
function isAllCapitals(tokens: readonly Token[], first: number, end: number): boolean {
  let words = 0;
  let long = false;
  for (let k = first; k < end; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word") continue;
    if (HAS_LOWER.test(t.text)) return false;
    words++;
    long ||= t.text.length > 1;
  }
  return long && words <= 4;
}

/**
 * A kicker label opening a paragraph: words in capitals before a colon ("MARKET VIEW: Stocks
 * fell"). Returns the token after the colon where a run starting at `first` is one, else -1.
 */
export function kickerEnd(tokens: readonly Token[], first: number, paragraphStart: number): number {
  if (tokens[first]!.start !== paragraphStart) return -1;
  for (let k = first; k < Math.min(tokens.length, first + 5); k++) {
    const t = tokens[k]!;
    if (t.text === ":") return k > first ? k + 1 : -1;
    if (t.kind !== "word" || HAS_LOWER.test(t.text)) return -1;
  }
  return -1;
}
