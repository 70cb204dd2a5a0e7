import { passiveAgent } from "../../../document/passive";
import type { Token } from "../../../document/types";
import { capitalised } from "../phrases";
import type { CueContext, Outcome, Pattern } from "./pattern";

/**
 * `Her view was shared by Lee`, `The plan has been criticized by the mayor`: a passive cue with its
 * agent after "by" reports its subject (what was shared, criticised, reported), and the agent is
 * the speaker (`src/attribution/rules/sentence-cue.ts`). "was asked by X whether ..." reports the
 * question: the later patterns find it.
 */
export const passiveBy: Pattern = { name: "passive-by", find };

/** The longest subject taken, in words. */
const MAX_SUBJECT = 12;
/** Tags of the words a subject phrase holds before its head ("the state's new plan for schools"). */
const IN_SUBJECT = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "PART", "ADP", "PRON"]);
/** Tags that can end a subject. */
const HEAD = new Set(["NOUN", "PROPN", "PRON", "NUM"]);
/** Relative pronouns: the subject of "a deal which was rejected by" is the pronoun, as annotated. */
const RELATIVE = new Set(["who", "which", "that"]);

function find({ tokens, r, cue }: CueContext): Outcome {
  const passive = passiveAgent(tokens, cue.firstToken, cue.endToken);
  if (!passive || cue.lemma === "ask") return "pass";
  // Before "be": auxiliaries and adverbs ("has since been", "will not be").
  let end = passive.be - 1;
  while (end >= r.first && (tokens[end]!.pos === "AUX" || tokens[end]!.pos === "ADV" || tokens[end]!.pos === "PART")) end--;
  if (end < r.first || !(HEAD.has(tokens[end]!.pos) || capitalised(tokens[end]!))) return "none";
  if (RELATIVE.has(tokens[end]!.lower)) return { start: tokens[end]!.start, end: tokens[end]!.end };
  let start = end;
  while (start > r.first && end - start < MAX_SUBJECT && inSubject(tokens[start - 1]!)) start--;
  // (not "In Ohio the plan": a phrase opening the sentence is no part of the subject)
  while (start < end && tokens[start]!.pos === "ADP") start++;
  return { start: tokens[start]!.start, end: tokens[end]!.end };
}

function inSubject(t: Token): boolean {
  return IN_SUBJECT.has(t.pos) && !RELATIVE.has(t.lower) && t.kind !== "punct";
}
