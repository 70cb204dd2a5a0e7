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
 * Inverted attribution, a cue then its subject: `"...," said Ann Park.` or `CLAUSE, said Ann Park,
 * a pollster.` `subjectEnd(first)` is where a subject starting at token `first` ends (-1 for none);
 * the subject's token range [first, end), past up to two adverbs or time words after the cue
 * ("said later", "said Tuesday"), or null. Never after a verb whose preposition introduces its
 * topic or listener (`said of Lee`). After a quotation (`afterQuote`) nothing else can be the
 * subject; after a comma the clause before it might hold the subject (`X, who chairs the panel,
 * told Fox News,`), so a verb whose object is its listener is not inverted there, and the subject
 * must close the clause (a comma, a parenthesis or the sentence's end: not `X, a lawyer, said Lee
 * would win`).
 */
export function invertedSubject(tokens: readonly Token[], cue: CueMatch, subjectEnd: (first: number) => number, afterQuote = false): { first: number; end: number } | null {
  if (verbThenPreposition(tokens, cue)) return null;
  if (!afterQuote && (tokens[cue.firstToken - 1]?.text !== "," || LISTENER_VERBS.test(tokens[cue.firstToken]!.lower))) return null;
  let first = cue.endToken;
  while (tokens[first] && first - cue.endToken < MAX_SKIPPED && (tokens[first]!.pos === "ADV" || TIME_WORDS.test(tokens[first]!.lower))) first++;
  const end = subjectEnd(first);
  if (end < 0) return null;
  if (afterQuote) return { first, end };
  const after = tokens[end];
  return !after || after.sentence !== tokens[cue.firstToken]!.sentence || CLOSES_INVERTED_SUBJECT.test(after.text) ? { first, end } : null;
}
