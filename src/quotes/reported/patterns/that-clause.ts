import { isVerb } from "../../../document/pos";
import type { Token } from "../../../document/types";
import { beforeReportingRelative, clause } from "../clause";
import { capitalised, clauseVerbWindow, describesMedium, hasFiniteVerb, onConditionOfAnonymity } from "../phrases";
import { inQuote } from "../region";
import { relativeThatWithGap } from "./object-gap";
import { TIME_WORD } from "../words";
import { settled, type CueContext, type Outcome, type Pattern } from "./pattern";

/** `X said (on Monday | in a statement | reporters) that CLAUSE`. */
export const thatClause: Pattern = { name: "that-clause", find };

/** How far after the cue its `that` may stand. */
const THAT_WINDOW = 12;

/** Cues whose object is the hearer ("told the Tribune that ..."), and how far after them a "that" closes a short hearer. */
const HEARER_CUES = new Set(["tell", "inform", "assure", "reassure", "remind", "warn", "notify", "convince", "persuade", "advise", "caution"]);
const MAX_HEARER = 7;
const HEARER_WORD = /^(DET|PROPN|NOUN|ADJ|PRON|NUM)$/;

/**
 * "told the Tribune (on Monday) that the council had agreed": a "that" right after the hearer of
 * "tell" (and a day) opens what was told, though the clause after it ends on a verb that could
 * take an object (`object-gap` would read "the Tribune that the council had agreed [to]" as a
 * noun phrase). Not past another preposition ("told reporters about the plan that ...").
 */
function afterHearer({ tokens, cue }: CueContext, that: number): boolean {
  if (!HEARER_CUES.has(cue.lemma) || that - cue.endToken > MAX_HEARER || that === cue.endToken) return false;
  for (let k = cue.endToken; k < that; k++) {
    const t = tokens[k]!;
    if (!HEARER_WORD.test(t.pos) && !capitalised(t) && !(t.lower === "on" && TIME_WORD.test(tokens[k + 1]?.lower ?? ""))) return false;
  }
  return true;
}

/** Whether the "verb" at `j` is a past participle between a preposition (and its article) and a noun, as an adjective is: "in emailed comments", "in an emailed statement" (not "of being donors"). */
function modifiesNoun(tokens: CueContext["tokens"], j: number): boolean {
  const before = tokens[j - 1]?.pos === "DET" ? tokens[j - 2] : tokens[j - 1];
  return /(?:ed|en)$/.test(tokens[j]!.lower) && before?.pos === "ADP" && tokens[j + 1]?.pos === "NOUN";
}

/**
 * Whether an -ing word at `k`, right after "that", is the subject of a finite verb after it ("said
 * in his sermon that cleaning the wells was a duty"): "that" then opens what was said, though
 * "that" before a verb is mostly a relative pronoun ("the plan that killed ...").
 */
function gerundSubject({ tokens, r }: CueContext, k: number): boolean {
  const t = tokens[k];
  return !!t && t.pos === "VERB" && t.lower.endsWith("ing") && hasFiniteVerb(tokens, k + 1, clauseVerbWindow(tokens, k, r.last));
}

function find(c: CueContext): Outcome {
  const { tokens, r, cue, before } = c;
  // "said on condition of anonymity because he was not authorized to discuss it that ...": the
  // formula's reason has verbs and may be long.
  const anonymous = onConditionOfAnonymity(tokens, cue.endToken);
  // "told the paper, on condition that they not be named, that ...": the terms, up to their comma.
  let terms = false;
  for (let j = cue.endToken; j < (anonymous ? r.last : Math.min(cue.endToken + THAT_WINDOW, r.last)); j++) {
    const t = tokens[j]!;
    if (t.lower === "that" && tokens[j - 1]?.lower === "condition") terms = true;
    else if (t.text === ",") terms = false;
    if (terms) continue;
    // (not "stressed her support of the raid that killed ...": a relative clause)
    // (nor "backed a plan that Ruiz said would ...": a relative clause reporting Ruiz's words)
    // (nor "criticized the plan that the council backed in May": a relative clause whose gap is
    // the object of its own cue, `object-gap`)
    if (t.lower === "that" && before > 0 && (!isVerb(tokens[j + 1]) || gerundSubject(c, j + 1)) && (afterHearer(c, j) || !relativeThatWithGap(r, j))) {
      return beforeReportingRelative(r, j - 1, r.last) === j - 1 ? "pass" : settled(clause(tokens, r, j + 1, r.last));
    }
    // (a capitalised "verb" is a name the tagger misread: "told the Apia Herald on Monday that";
    // a participle between a preposition and its noun is an adjective: "said in televised remarks that")
    if ((isVerb(t) && !anonymous && !capitalised(t) && !modifiesNoun(tokens, j) && !describesMedium(tokens, cue, j)) || t.text === ";" || t.text === ":" || inQuote(r, t)) break;
  }
  return "pass";
}
