import { isRelativePronoun } from "../document/relatives";
import type { Token } from "../document/types";
import { isDomainDot } from "./name-marks";

/**
 * Words that open a noun phrase without naming anything: determiners, quantifiers, ordinals and
 * cardinals ("A third source", "Few politicians", "Many recent studies", "Two other emails" name
 * `source`, `politicians`, `studies`, `emails`, as the guidelines write an unnamed referent
 * without its determiner, and as a detected description drops them: "three senators" is `senators`).
 */
const OPENERS = new Set(
  `a an the this that these those some many several other others another few most all both each every any
  first second third fourth fifth last next such no
  one two three four five six seven eight nine ten dozen dozens hundreds thousands`.split(/\s+/),
);
/** A number written in digits ("34,000 people", "12 lawmakers"): a cardinal opener too. */
const isCardinal = (t: Token): boolean => t.pos === "NUM" && /^\d[\d,.]*$/.test(t.text);
/** Words that make a number a quantity rather than a count of the head: "8 million", "12 percentage points". */
const MAGNITUDES = new Set(["million", "billion", "trillion", "percent", "percentage", "per"]);
/** Whether token k opens the phrase as a count of its head: a determiner, a quantifier or a cardinal, not "8 million" or "three-fourths". */
function isOpener(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (!OPENERS.has(t.lower) && !isCardinal(t)) return false;
  return !isJoiningMark(tokens, k + 1) && !MAGNITUDES.has(tokens[k + 1]?.lower ?? "");
}
/** Informal contractions of a verb and "to", which the tagger reads as nouns: "The Iranians wanna see". */
const VERB_CONTRACTIONS = new Set(["wanna", "gonna", "gotta", "hafta", "oughta"]);
/** Tags of words that only describe the head ("recent data", "sure everyone", "Full-blown capitalists"). */
const DESCRIBING_TAGS = new Set(["ADJ", "ADV", "VERB", "INTJ", "CCONJ", "SCONJ", "PART"]);

/**
 * The name of a speaker phrase that is no detected mention (a noun phrase a rule found in the
 * subject's place), formed as a description's name is: its head with the words that say which
 * one (nouns and capitalised words), without an opening determiner or quantifier, lower-case
 * adjectives, adverbs and hyphenated modifiers before the head, a verb contraction after it, a
 * relative pronoun ending it, or a possessive mark ("Lund's supporters" are `Lund supporters`).
 * "A third source" is `source`, "The Iranians wanna" `Iranians`,
 * "sure everyone" `everyone`, "Full-blown capitalists" `capitalists`. A phrase with a preposition
 * or punctuation inside ("Some 60 percent of Dutch farmers") keeps its words but the relative.
 */
export function phraseName(text: string, tokens: readonly Token[], first: number, end: number): string {
  let last = end - 1;
  while (last > first && (isRelativePronoun(tokens[last]!.lower, true) || VERB_CONTRACTIONS.has(tokens[last]!.lower))) last--;
  const whole = text.slice(tokens[first]!.start, tokens[last]!.end);
  for (let k = first; k <= last; k++) {
    const t = tokens[k]!;
    if (t.pos === "ADP" || (t.kind !== "word" && !(k === first && isCardinal(t)) && !isJoiningMark(tokens, k) && !/^['\u2019]s?$/u.test(t.text))) return whole;
  }
  const sentenceStart = first === 0 || tokens[first - 1]!.sentence !== tokens[first]!.sentence;
  const kept: string[] = [];
  for (let k = first; k <= last; k++) {
    const t = tokens[k]!;
    // A sentence's first word is capitalised by its place: read by its tag ("Top"), as an opener ("Few"), or as
    // the first part of a lower-case compound ("Full-blown").
    const byPlace = k === first && sentenceStart && (t.pos !== "PROPN" || OPENERS.has(t.lower) || (isJoiningMark(tokens, k + 1) && /^\p{Ll}/u.test(tokens[k + 2]!.text)));
    const ownCase = byPlace ? t.lower : t.text;
    const lowerCase = ownCase === t.lower;
    // "Full-blown": a lower-case compound before the head describes it, whatever the tagger made of its parts.
    if (k < last && isJoiningMark(tokens, k + 1) && lowerCase && /^\p{Ll}/u.test(tokens[k + 2]!.text) && k + 2 < last) {
      k += 2;
      continue;
    }
    if (k < last && lowerCase && (DESCRIBING_TAGS.has(t.pos) || (kept.length === 0 && isOpener(tokens, k)))) continue;
    if (isJoiningMark(tokens, k) && kept.length) {
      kept[kept.length - 1] += t.text + tokens[k + 1]!.text;
      k++;
      continue;
    }
    kept.push(t.text);
  }
  const name = withoutPossessiveMarks(kept);
  return name || whole;
}

/** A hyphen or slash with no space on either side, between two words ("front-runner", "CNN/WMUR"), or a domain's dot ("Outsports.com"). */
function isJoiningMark(tokens: readonly Token[], k: number): boolean {
  if (isDomainDot(tokens, k)) return true;
  const hyphen = tokens[k];
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return !!hyphen && !!before && !!after && (hyphen.text === "-" || hyphen.text === "/") && before.end === hyphen.start && hyphen.end === after.start;
}

/** Words joined by spaces, without a possessive mark: "Lund's supporters" are `Lund supporters`, as an owned description's label is. */
function withoutPossessiveMarks(words: readonly string[]): string {
  return words.filter((w) => !/^['\u2019]s?$/u.test(w)).join(" ");
}
