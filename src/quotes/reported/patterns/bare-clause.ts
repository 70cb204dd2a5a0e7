import { isAttachedHyphen } from "../../../document/pos";
import { clause } from "../clause";
import { CLAUSE_OPENERS, SUBJECTS, approximateNumber, capitalised, sumOfMoney, clauseVerbWindow, hasFiniteVerb, hasVerb, possessiveSubject, timeClauseOnly } from "../phrases";
import { TEMPORAL } from "../not-speech";
import { MIN_OBJECT_WEIGHT } from "../thresholds";
import { afterCue } from "./after-cue";
import { settled, type CueContext, type Outcome, type Pattern } from "./pattern";

/** Pronouns that open no clause of this shape: objects ("told him the plan"), possessives (their
 * subject is the noun after them: possessiveSubject) and wh-words (wh-clause.ts). */
const OBJECT_PRONOUNS = new Set([
  "me", "him", "her", "us", "them", "myself", "himself", "herself", "ourselves", "themselves", "itself", "yourself",
  "his", "their", "its", "my", "our", "your", "what", "who", "whom", "which", "whatever", "whoever",
]);

/** `X says CLAUSE` with no "that": the clause starts with its own subject ("nobody had", "everyone knew"). */
export const bareClause: Pattern = { name: "bare-clause", find: findSubjectFirst };

/** `X said expanding the monument will protect ...` (a gerund subject), `X said if elected he would ...`. */
export const openerClause: Pattern = { name: "opener-clause", find: findOpener };

/**
 * `X said: CLAUSE` with no quotation marks ("The mayor put it plainly: the ferry will run"): the
 * clause after the colon, with its own subject, as after the bare cue.
 */
export const colonClause: Pattern = { name: "colon-clause", find: findAfterColon };

function findAfterColon(c: CueContext): Outcome {
  // Past a time only ("said Tuesday:"): with other words between, the colon ends a noun phrase
  // ("sees one risk: ...", "his book, 19 Truths: ...") more often than it opens what was said.
  const j = afterCue(c);
  return c.tokens[j]?.text === ":" ? subjectClauseAt(c, j + 1) : "pass";
}

function findSubjectFirst(c: CueContext): Outcome {
  return subjectClauseAt(c, afterCue(c));
}

/** The clause starting at token `j` with its own subject, or "pass". */
function subjectClauseAt(c: CueContext, j: number): Outcome {
  const { tokens, r } = c;
  const next = tokens[j];
  if (!next) return "pass";
  // "said down-ballot races can ...": a hyphenated word opening the clause is read by its last part.
  const head = isAttachedHyphen(tokens, j + 1) ? tokens[j + 2]! : next;
  const subjectLike =
    SUBJECTS.has(next.lower) || /^(DET|PROPN|NUM|NOUN|ADJ|ADV)$/.test(head.pos) || possessiveSubject(tokens, j, r.last) || capitalised(next)
    || approximateNumber(tokens, j) || sumOfMoney(tokens, j) || (next.pos === "PRON" && !OBJECT_PRONOUNS.has(next.lower));
  return subjectLike && hasVerb(tokens, j + 1, clauseVerbWindow(tokens, j, r.last)) ? settled(clause(tokens, r, j, r.last)) : "pass";
}

function findOpener(c: CueContext): Outcome {
  const { tokens, r, cue } = c;
  const j = afterCue(c);
  const next = tokens[j];
  if (!next) return "pass";
  const opener = next.lower.endsWith("ing") && next.pos === "VERB" ? "gerund" : CLAUSE_OPENERS.has(next.lower) ? "opener" : null;
  // "X said after the meeting broke up": a time clause reports something only with a main clause after it.
  const timeOnly = opener === "opener" && (TEMPORAL.has(next.lower) || next.lower === "as") && timeClauseOnly(tokens, j, r.last);
  // The finite verb may follow a gerund at once ("said culling was not an option"); after "if" the
  // next word is the condition's own ("said if elected he would").
  const verbFrom = opener === "gerund" ? j + 1 : j + 2;
  if (opener && !timeOnly && cue.weight >= MIN_OBJECT_WEIGHT && hasFiniteVerb(tokens, verbFrom, clauseVerbWindow(tokens, j, r.last))) return settled(clause(tokens, r, j, r.last));
  return "pass";
}
