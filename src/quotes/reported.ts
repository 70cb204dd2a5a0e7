import type { Doc, Sentence, Token } from "../document/types";
import { cueAt, type CueMatch, type CueMatcher } from "../lexicon/match";

/** Reported speech found in one sentence: the clause and the cue that introduces it. */
export interface ReportedClause {
  start: number;
  end: number;
  cue: CueMatch;
}

/** Cues that take a clause directly, with or without "that" ("says he was", "said the US would"). */
const CLAUSE_TAKING = new Set([
  "say", "tell", "add", "write", "tweet", "argue", "insist", "claim", "warn", "believe", "think",
  "explain", "note", "predict", "acknowledge", "admit", "suggest", "state", "announce", "declare",
  "contend", "assert", "allege", "report", "concede", "maintain", "estimate", "stress", "emphasise",
  "emphasize", "reply", "respond", "complain", "indicate", "confirm", "recall", "reveal", "vow",
  "promise", "predict", "testify", "speculate", "observe", "remark", "counter", "boast", "lament",
]);
const SUBJECTS = new Set(["he", "she", "they", "it", "we", "i", "you", "there", "this", "that"]);
const VERBISH = new Set(["VERB", "AUX"]);
const CLOSERS = /^[.?!"\u201D\u2019')\]]+$/;

/**
 * Finds reported speech without quotation marks, one clause per sentence, in these forms:
 * `X said (on Monday) that CLAUSE`, `X says CLAUSE`, `CLAUSE, X said.`, `CLAUSE, said X.`,
 * `A, X said, CLAUSE`, `according to X, CLAUSE` and `CLAUSE, according to X.`
 */
export function findReported(doc: Doc, matcher: CueMatcher, quoted: ReadonlyArray<readonly [number, number]>): ReportedClause[] {
  const found: ReportedClause[] = [];
  let q = 0;
  for (const sentence of doc.sentences) {
    while (q < quoted.length && quoted[q]![1] <= sentence.start) q++;
    const overlapsQuote = q < quoted.length && quoted[q]![0] < sentence.end;
    if (overlapsQuote || sentence.endToken - sentence.firstToken < 5) continue;
    const clause = clauseIn(doc, sentence, matcher);
    if (clause) found.push(clause);
  }
  return found;
}

function clauseIn(doc: Doc, s: Sentence, matcher: CueMatcher): ReportedClause | null {
  const { tokens, text } = doc;
  const last = lastContentToken(tokens, s);
  for (let i = s.firstToken; i < s.endToken; i++) {
    const cue = cueAt(text, tokens, i, matcher);
    if (!cue) continue;
    const clause =
      cue.lemma === "according to"
        ? accordingTo(tokens, s, cue, last)
        : aroundCue(tokens, s, cue, last, CLAUSE_TAKING.has(cue.lemma) || matcher.lexicon.get(cue.lemma)?.added === true);
    if (clause) return { ...clause, cue };
    i = cue.endToken - 1;
  }
  return null;
}

function lastContentToken(tokens: readonly Token[], s: Sentence): number {
  let last = s.endToken - 1;
  while (last > s.firstToken && tokens[last]!.kind === "punct" && CLOSERS.test(tokens[last]!.text)) last--;
  return last;
}

function span(tokens: readonly Token[], first: number, last: number): { start: number; end: number } | null {
  if (last - first < 2) return null;
  return { start: tokens[first]!.start, end: tokens[last]!.end };
}

function hasVerb(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (VERBISH.has(tokens[k]!.pos)) return true;
  return false;
}

function aroundCue(tokens: readonly Token[], s: Sentence, cue: CueMatch, last: number, takesClause: boolean) {
  const before = cue.firstToken - s.firstToken;
  // X said (on Monday | in a statement | reporters) that CLAUSE
  for (let j = cue.endToken; j < Math.min(cue.endToken + 7, last); j++) {
    const t = tokens[j]!;
    if (t.lower === "that" && before > 0) return span(tokens, j + 1, last);
    if (VERBISH.has(t.pos) || t.text === ";" || t.text === ":") break;
  }
  // CLAUSE, X said.  /  CLAUSE, said X.  (the attribution closes the sentence)
  if (last - cue.endToken < 7 && !hasVerb(tokens, cue.endToken, last)) {
    for (let k = cue.firstToken - 1; k > s.firstToken && cue.firstToken - k <= 8; k--) {
      if (tokens[k]!.text === ",") return hasVerb(tokens, s.firstToken, k - 1) ? span(tokens, s.firstToken, k - 1) : null;
      if (VERBISH.has(tokens[k]!.pos)) break;
    }
  }
  if (!takesClause || before === 0) return null;
  // A, X said, CLAUSE  (a parenthetical attribution inside the clause)
  const comma = tokens[cue.endToken];
  if (comma?.text === "," && tokens[cue.firstToken - 1]?.text !== "," && cue.firstToken - s.firstToken > 1) {
    const prior = precedingComma(tokens, s, cue);
    if (prior >= 0 && hasVerb(tokens, cue.endToken + 1, last)) return span(tokens, cue.endToken + 1, last);
  }
  // X says CLAUSE  (no "that": the clause starts with its own subject)
  let j = cue.endToken;
  if (cue.lemma === "tell") j = skipObject(tokens, j, last);
  const next = tokens[j];
  if (!next) return null;
  const subjectLike = SUBJECTS.has(next.lower) || next.pos === "DET" || next.pos === "PROPN" || next.pos === "NUM";
  if (subjectLike && hasVerb(tokens, j + 1, Math.min(last, j + 8))) return span(tokens, j, last);
  return null;
}

function precedingComma(tokens: readonly Token[], s: Sentence, cue: CueMatch): number {
  for (let k = cue.firstToken - 1; k > s.firstToken && cue.firstToken - k <= 6; k--) {
    if (tokens[k]!.text === ",") return k;
    if (VERBISH.has(tokens[k]!.pos)) return -1;
  }
  return -1;
}

/** Skips the hearer of "told": one short noun phrase ("reporters", "Russian media", "him"). */
function skipObject(tokens: readonly Token[], j: number, last: number): number {
  let k = j;
  while (k < last && k - j < 3 && /^(PROPN|NOUN|ADJ|PRON)$/.test(tokens[k]!.pos) && !SUBJECTS.has(tokens[k]!.lower)) k++;
  return k;
}

function accordingTo(tokens: readonly Token[], s: Sentence, cue: CueMatch, last: number) {
  // according to X, CLAUSE
  if (cue.firstToken === s.firstToken || tokens[cue.firstToken - 1]?.pos === "CCONJ") {
    for (let k = cue.endToken; k < last && k - cue.endToken < 10; k++) {
      if (tokens[k]!.text === ",") return span(tokens, k + 1, last);
    }
    return null;
  }
  // CLAUSE, according to X.
  const comma = tokens[cue.firstToken - 1];
  if (comma?.text === "," && hasVerb(tokens, s.firstToken, cue.firstToken - 2)) {
    return span(tokens, s.firstToken, cue.firstToken - 2);
  }
  return null;
}
