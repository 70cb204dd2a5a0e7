import { isVerb } from "../document/pos";
import { TIME_WORDS } from "../document/time-words";
import type { Token } from "../document/types";
import type { CueMatch } from "../lexicon/match";

/** Verbs whose object is the listener: "X, who chairs the panel, told Fox News," is never inverted. */
const LISTENER_VERBS = /^(?:tell|tells|told|ask|asks|asked|inform|informs|informed|assure|assures|assured|remind|reminds|reminded|urge|urges|urged)$/;
/** What may close an inverted cue's subject: "..., said Ann Park, a pollster", "said Ann Park (D-Md.)", "said Ann Park." */
const CLOSES_INVERTED_SUBJECT = /^[,(.!?;:\u2014\u2013]$|^--$/;
/** How many adverbs or time words may stand between an inverted cue and its subject ("said later", "said Tuesday"). */
const MAX_SKIPPED = 2;

/**
 * "said of Cruz", "wrote about Trump", "said to reporters": the mention after a verb and its
 * preposition is the topic or listener, never the speaker ("according to X" and "in the words of
 * X" name their source).
 */
export function verbThenPreposition(tokens: readonly Token[], cue: CueMatch): boolean {
  return isVerb(tokens[cue.firstToken]) && cue.lemma !== "according to" && / (?:of|about|to|on|for|with|at)$/i.test(cue.text);
}

/**
 * Inverted attribution, `CLAUSE, said Ann Park, a pollster.`: a cue that a comma opens, then its
 * subject, which a comma, a parenthesis or the sentence's end closes. `subjectEnd(first)` is where
 * a subject starting at token `first` ends (-1 for none, or a pronoun: `..., said he` is rare,
 * `said he would` common); the subject's token range [first, end), or null. Not after a verb
 * whose object is its listener or topic (`X, who chairs the panel, told Fox News,`, `said of Lee`).
 */
export function invertedSubject(tokens: readonly Token[], cue: CueMatch, subjectEnd: (first: number) => number): { first: number; end: number } | null {
  if (tokens[cue.firstToken - 1]?.text !== "," || verbThenPreposition(tokens, cue) || LISTENER_VERBS.test(tokens[cue.firstToken]!.lower)) return null;
  let first = cue.endToken;
  while (tokens[first] && first - cue.endToken < MAX_SKIPPED && (tokens[first]!.pos === "ADV" || TIME_WORDS.test(tokens[first]!.lower))) first++;
  const end = subjectEnd(first);
  if (end < 0) return null;
  const after = tokens[end];
  return !after || after.sentence !== tokens[cue.firstToken]!.sentence || CLOSES_INVERTED_SUBJECT.test(after.text) ? { first, end } : null;
}
