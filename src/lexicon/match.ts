import { isVerb } from "../document/pos";
import { POSSESSIVE_DETERMINERS } from "../document/possessives";
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
  /** The tagger read the word as a noun, but its place makes it a verb ("Lee claims Ruiz ...": see afterSingularSubject). */
  verbByPlace?: boolean;
  /** Set for an open cue: a verb outside the lexicon before a that-clause (src/quotes/reported/open-cue.ts). */
  open?: OpenCue;
}

/** What the cue classifier knows of an open cue's verb beyond its surface form. */
export interface OpenCue {
  /** The form with its inflection cut off ("insist" for "insisted"), a back-off for the form. */
  stem: string;
  /** The lexicon holds the verb in another form ("chimed" outside it while "chime" is in it). */
  known: boolean;
}

/** A cue form as its words ("according to", or one word), with its lexicon entry. */
interface CueForm {
  words: readonly string[];
  entry: CueEntry;
}

/** What a cue can be when it starts with a given word: phrases first (in lexicon order), then the
 * word as a one-word cue. */
interface CueStart {
  phrases: readonly CueForm[];
  /** The word as a one-word cue, or null (a phrase's first word only, or a phrase lemma). */
  single: CueForm | null;
}

/** Precomputed lookup: every word a cue can start with -> what it can start. */
export interface CueMatcher {
  lexicon: CueLexicon;
  starts: Map<string, CueStart>;
}

export function cueMatcher(lexicon: CueLexicon): CueMatcher {
  const starts = new Map<string, { phrases: CueForm[]; single: CueForm | null }>();
  const startOf = (word: string) => {
    let start = starts.get(word);
    if (!start) starts.set(word, (start = { phrases: [], single: null }));
    return start;
  };
  for (const [form, entry] of lexicon) {
    if (form.includes(" ")) {
      const words = form.split(" ");
      startOf(words[0]!).phrases.push({ words, entry });
    } else {
      const start = startOf(form);
      if (!entry.lemma.includes(" ")) start.single = { words: [form], entry };
    }
  }
  return { lexicon, starts };
}

/** Words after which a noun-tagged cue word is a verb after all: a that-clause or a subject pronoun. */
const CLAUSE_STARTS = new Set(["that", "he", "she", "they", "we", "i"]);

/** The cue that starts at token `i`, if any. Ambiguous words ("note") must be tagged as verbs. */
export function cueAt(text: string, tokens: readonly Token[], i: number, matcher: CueMatcher): CueMatch | null {
  const form = formAt(tokens, i, matcher);
  if (!form) return null;
  const end = i + form.words.length;
  const match = build(text, tokens, i, end, tokens[end - 1]!, form.entry);
  if (form.words.length === 1 && !isVerb(tokens[i]) && (afterSingularSubject(tokens, i, form.entry.lemma) || hearerThenThat(tokens, i) || afterLoneQuantifier(tokens, i, form.entry.lemma))) match.verbByPlace = true;
  return match;
}

/** Whether a cue reads as a verb: tagged one, or a noun-tagged word its place makes one (`verbByPlace`). */
export function readsAsVerb(tokens: readonly Token[], cue: CueMatch): boolean {
  return isVerb(tokens[cue.firstToken]) || !!cue.verbByPlace;
}

/** The lexicon entry of the cue that `cueAt` finds at token `i`, or null; no match is built (for
 * tests that only need to know whether, or how strong, a cue stands there). */
export function cueEntryAt(tokens: readonly Token[], i: number, matcher: CueMatcher): CueEntry | null {
  return formAt(tokens, i, matcher)?.entry ?? null;
}

/** The cue form that starts at token `i`, if any. */
function formAt(tokens: readonly Token[], i: number, matcher: CueMatcher): CueForm | null {
  const token = tokens[i];
  if (!token || token.kind !== "word") return null;
  const start = matcher.starts.get(token.lower);
  if (!start) return null;
  for (const phrase of start.phrases) if (phraseAt(tokens, i, phrase.words) && !beforeApproximateNumber(tokens, i, phrase.words)) return phrase;
  const single = start.single;
  if (!single) return null;
  // A word that is also a noun counts when tagged a verb, or when a that-clause or a subject
  // pronoun follows it even though the tagger took it for a noun ("The New York Post reports
  // that ...", "4 in 10 say they ...").
  if (single.entry.ambiguous && !isVerb(token) && !clauseAfterNoun(tokens, i) && !afterPluralSubject(tokens, i) && !afterSingularSubject(tokens, i, single.entry.lemma) && !hearerThenThat(tokens, i) && !afterLoneQuantifier(tokens, i, single.entry.lemma)) return null;
  if (!isVerb(token) && token.pos !== "ADJ" && token.pos !== "NOUN" && token.pos !== "PROPN") return null;
  if (pluralNounAfterModifier(tokens, i, single.entry.lemma)) return null;
  return single;
}

/** Prepositions that also make a number approximate ("about 40", "over 300"). */
const APPROXIMATING = new Set(["about", "around", "over", "under"]);

/**
 * "said about 40 nurses had left": a phrase ending in such a preposition ("said about") is not the
 * cue before a number; its first word is, and the number starts what it reports.
 */
function beforeApproximateNumber(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  const after = tokens[i + words.length];
  return words.length > 1 && APPROXIMATING.has(words[words.length - 1]!) && after !== undefined && (after.pos === "NUM" || /^[$£€]/.test(after.text));
}

/** Whether the tokens from `i` on are the phrase's words. */
function phraseAt(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[i + k]?.lower !== words[k]) return false;
  return true;
}

/** A clause after a noun-tagged cue word, not a relative clause ("the states that have voted"), or
 * `to` and a verb after a participle the tagger took for an adjective ("promising to lift"). */
function clauseAfterNoun(tokens: readonly Token[], i: number): boolean {
  const k = afterMannerAdverbs(tokens, i + 1);
  const next = tokens[k]?.lower ?? "";
  if (next === "to") return /(ing|ed)$/.test(tokens[i]!.lower) && tokens[k + 1]?.pos === "VERB"; // "promising to lift"
  return CLAUSE_STARTS.has(next) && !(next === "that" && isVerb(tokens[k + 1]));
}

/** How many words the hearer between a participle and its "that" may have ("informed regional director James Bacigalupo"). */
const MAX_HEARER_WORDS = 4;
/** Tags of a short noun phrase's words, and of its last word. */
const HEARER_WORD = /^(DET|ADJ|NOUN|PROPN|PRON|NUM)$/;
const HEARER_HEAD = /^(NOUN|PROPN|PRON)$/;

/**
 * An "-ed" word the tagger took for an adjective, then a short noun phrase and a complement "that"
 * (not "that" + verb): "informed reporters that the road would reopen". An adjective takes no
 * object before a that-clause, so the word is a verb and the noun phrase its hearer.
 */
function hearerThenThat(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  // (not after an article or an adjective, where it modifies the noun: "the detailed report that ...")
  if (t.pos !== "ADJ" || !t.lower.endsWith("ed") || /^(DET|ADJ)$/.test(tokens[i - 1]?.pos ?? "")) return false;
  let k = i + 1;
  while (k - i <= MAX_HEARER_WORDS && tokens[k]?.sentence === t.sentence && HEARER_WORD.test(tokens[k]!.pos) && tokens[k]!.lower !== "that") k++;
  const that = tokens[k];
  return k > i + 1 && HEARER_HEAD.test(tokens[k - 1]!.pos) && that?.lower === "that" && that.sentence === t.sentence && !isVerb(tokens[k + 1]);
}

/** The first token from `k` on past at most two "-ly" adverbs: "warning darkly that". */
function afterMannerAdverbs(tokens: readonly Token[], k: number): number {
  for (let n = 0; n < 2 && tokens[k]?.pos === "ADV" && tokens[k]!.lower.endsWith("ly"); n++) k++;
  return k;
}

/** A plain verb form right after a plural noun: "polls show", "new filings show" (not "TV shows"). */
function afterPluralSubject(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  return !!before && !tokens[i]!.lower.endsWith("s") && (before.pos === "NOUN" || before.pos === "PROPN")
    && /[^s'\u2019]s$/.test(before.lower) && before.lower !== "news";
}

/** Subject pronouns that take a verb's -s form. */
const SINGULAR_PRONOUNS = new Set(["he", "she", "it"]);
/**
 * Lemmas whose -s form after a name is a plural noun nearly always: "Rust Belt states Indiana and
 * Ohio", "Southern states this week" (in PolNeAR train 0 of 7 such uses are a cue; "X states that"
 * is still read, by clauseAfterNoun).
 */
const PLURAL_NOUN_FIRST = new Set(["state"]);
/** Tags of the words that make the next word a noun: "in", "the", "four", "delegate-rich". */
const NOUN_MODIFIER = /^(ADP|DET|ADJ)$/;
const SUBJECT_DETERMINERS = new Set(["this", "that", "which", "what", "whichever"]);

/**
 * "in states that Obama won", "in their states that need judges", "the four states that voted":
 * the -s form of a `PLURAL_NOUN_FIRST` lemma after a preposition, article, number, adjective or
 * possessive is the plural noun, whatever the tagger says (a verb has its subject there: "It
 * states that ..."). Removed 8 clauses on train and 1 on dev, each the plural noun (Round 36).
 */
function pluralNounAfterModifier(tokens: readonly Token[], i: number, lemma: string): boolean {
  const before = tokens[i - 1];
  if (!PLURAL_NOUN_FIRST.has(lemma) || !/s$/.test(tokens[i]!.lower) || !before || before.sentence !== tokens[i]!.sentence) return false;
  // (a number only after an article or a preposition, "the four states": "Article 5 states that" is the verb)
  if (before.pos === "NUM") return /^(DET|ADP)$/.test(tokens[i - 2]?.pos ?? "");
  // (a demonstrative or "which" can be the verb's subject: "This states that ...", "..., which states that ...")
  if (SUBJECT_DETERMINERS.has(before.lower)) return false;
  return NOUN_MODIFIER.test(before.pos) || POSSESSIVE_DETERMINERS.has(before.lower);
}

/** What can open a verb's object or its clause's subject: "the", "Ruiz", "him", "20". */
const OBJECT_STARTS = new Set(["DET", "PROPN", "PRON", "NUM"]);

/**
 * A third-person -s form right after a name or "he"/"she"/"it" and before what opens an object or a
 * clause, or before `to` and a verb: "Lee claims Ruiz is unqualified", "the Post reports the mayor
 * quit", "Lee claims to have met him" (not "Lee's claims", "the claims of").
 */
function afterSingularSubject(tokens: readonly Token[], i: number, lemma: string): boolean {
  const t = tokens[i]!;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (!before || !after || before.sentence !== t.sentence || after.sentence !== t.sentence) return false;
  if (!/^\p{Ll}{2,}[^s'\u2019]s$/u.test(t.text) || PLURAL_NOUN_FIRST.has(lemma)) return false;
  const opens = OBJECT_STARTS.has(after.pos) || (after.lower === "to" && tokens[i + 2]?.pos === "VERB");
  return opens && (before.pos === "PROPN" || SINGULAR_PRONOUNS.has(before.lower) || determinedNoun(tokens, i - 1));
}

/** Quantifiers that stand alone as a subject ("Some view ...", "Both think ..."). */
const SUBJECT_QUANTIFIERS = new Set(["some", "many", "few", "most", "several", "both", "all", "more", "others"]);

/**
 * A lower-case word after a quantifier standing alone at a clause's start, and before what opens
 * an object or a clause, or "to" and a verb: "Some view Trump as ...", "Both think Ruiz ...",
 * "But many mention Obama ...". The tagger reads "view", "think", "mention" there as nouns, but a
 * quantifier before a noun modifies it, and a noun after it is followed by no object ("most state
 * laws", "some reporting", "more fear, more division": not taken).
 */
function afterLoneQuantifier(tokens: readonly Token[], i: number, lemma: string): boolean {
  const t = tokens[i]!;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (!before || !after || before.sentence !== t.sentence || after.sentence !== t.sentence) return false;
  if (!/^\p{Ll}+$/u.test(t.text) || t.lower.endsWith("ing") || PLURAL_NOUN_FIRST.has(lemma)) return false;
  if (!SUBJECT_QUANTIFIERS.has(before.lower) || !opensClause(tokens, i - 1)) return false;
  return OBJECT_STARTS.has(after.pos) || (after.lower === "to" && /^(VERB|AUX)$/.test(tokens[i + 2]?.pos ?? ""));
}

/** Whether token `k` opens a clause: the sentence's first word, or after punctuation, a conjunction or "who". */
function opensClause(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  return !before || before.sentence !== tokens[k]!.sentence || before.kind === "punct" || /^(CCONJ|SCONJ)$/.test(before.pos) || before.lower === "who";
}

/**
 * A singular noun right after an article or a demonstrative, a subject of its own: "the paper", not
 * "credit" of "free credit reports" (nor "Lee's lawsuit": a pronoun later could take it for its antecedent).
 */
function determinedNoun(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const before = tokens[k - 1];
  return t.pos === "NOUN" && !t.lower.endsWith("s") && before?.pos === "DET";
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
