import { isVerb } from "../../../document/pos";
import type { Token } from "../../../document/types";
import type { CueEntry } from "../../../lexicon/cues";
import type { CueMatch } from "../../../lexicon/match";
import { beforeOwnAttribution, beforeRelativeCue, beforeReportingRelative, clause } from "../clause";
import { backgrounded, bareInfinitive, seenAs, timeClauseLast } from "../not-speech";
import { hasVerb } from "../phrases";
import { gerundAfterTaker, nominalSubject, subjectBeforeAside } from "../subject";
import { MIN_LEARNED_OBJECT_PRECISION, MIN_LEARNED_WH_PRECISION, MIN_OBJECT_WEIGHT, MIN_OBJECT_WITHOUT_SUBJECT } from "../thresholds";
import type { Region } from "../region";
import { OBJECT_TAKERS, SUBJECT_END } from "../words";
import { settled, type CueContext, type Outcome, type Pattern } from "./pattern";

/**
 * Prepositions that open no object after the cue: "supported by X" is a passive; "the measure
 * passed with 56 percent", "signed into law", "passed over", "was named after" are the verb's
 * manner, result or time (on train, 3 of 20 such clauses were annotated).
 */
const NO_OBJECT_AFTER = new Set(["by", "with", "into", "over", "after"]);

/** Cues that take an object, `to` or a wh-clause: `X criticized Y`, `X vowed to ...`, `X asked
 * whether ...`, `"...," X said, citing Y`. */
export const object: Pattern = { name: "object", find };

function find(c: CueContext): Outcome {
  const { tokens, r, cue, entry, naming } = c;
  if (!OBJECT_TAKERS.has(c.takes)) return "pass";
  // ("supported by X" is a passive: no object)
  if ((!naming && !takesObject(cue, entry)) || NO_OBJECT_AFTER.has(tokens[cue.endToken]?.lower ?? "") || seenAs(tokens, cue)) return "none";
  const participle = tokens[cue.firstToken]!.lower.endsWith("ing");
  const adjunct = participle && ((tokens[cue.firstToken - 1]!.text === "," && hasVerb(tokens, r.first, cue.firstToken - 2)) || withSubject(tokens, r.first, cue.firstToken));
  // "a super PAC supporting Lee", "Voters in Ely backing the plan": a participle right after the
  // name it modifies reports its object (PolNeAR marks the name as the source), a noun phrase only.
  // After a common noun ("a firm backing Lee") it stays a modifier: admitting those too found more
  // on train but cost a held-out set a spurious clause (Round 30).
  const afterName = participle && !adjunct && tokens[cue.firstToken - 1]?.pos === "PROPN";
  // Any other learned participle after a noun modifies it ("laws restricting access"), however strong.
  const modifier = participle && !entry?.builtIn && !adjunct && !afterName && !progressive(tokens, r.first, cue.firstToken);
  // "rejected a plan which Ruiz said was reckless": the relative clause reports Ruiz's words;
  // "criticized Lee, who has argued that ...": Lee's; "was booed when she said ...": hers.
  const own = beforeOwnAttribution(r, cue.endToken, r.last);
  const end = Math.min(beforeReportingRelative(r, cue.endToken, r.last), beforeRelativeCue(r, cue.endToken, r.last), own, afterName ? nounPhraseLast(tokens, cue.endToken, r.last) : r.last);
  if (!naming && cue.weight >= MIN_OBJECT_WEIGHT && !modifier) return settled(clause(tokens, r, cue.endToken, end));
  if (!weakCueReports(c, participle, adjunct || afterName)) return "none";
  // A weak cue in a time clause reports up to its end: "while the crowd booed Lee, Mr. Lane said ..." only "Lee".
  const found = clause(tokens, r, cue.endToken, Math.min(end, timeClauseLast(tokens, r, cue)));
  r.leadsInto = null;
  return settled(found);
}

/**
 * A weak cue ("backed", "wants to") needs its subject right before it ("a meeting to discuss Y"
 * and "after X threatened to ..." report nothing) and does not attribute a quotation after it.
 * A participle counts in a progressive ("is seeking") or after the main clause ("Sanders spoke,
 * calling him divisive"): "her supporting it", "Defending himself, Trump ..." name their subject too loosely.
 */
function weakCueReports({ tokens, r, cue, naming }: CueContext, participle: boolean, adjunct: boolean): boolean {
  const subjectFurther = !participle && !naming && cue.weight >= MIN_OBJECT_WITHOUT_SUBJECT && tokens[cue.firstToken - 1]?.lower !== "to";
  // A naming verb's subject may stand before an aside ("Carson, the mayor of Ely, called ...").
  const named = naming && !participle && subjectBeforeAside(tokens, r, cue);
  if (!(adjunct || subjectFurther || named || nominalSubject(tokens, r, cue) || purposeInfinitive(tokens, r, cue)) || backgrounded(tokens, r, cue) || bareInfinitive(tokens, cue, r.last)) return false;
  return !(participle && !adjunct && !progressive(tokens, r.first, cue.firstToken));
}

/**
 * "Lee came on the show to talk about Y", "Lee used her speech to call for Y", "ministers met in
 * Oslo to discuss Y": an infinitive of purpose after a noun, in a clause with its own finite verb,
 * whose subject is the infinitive's (PolNeAR marks it as the source). Without that verb the
 * infinitive modifies its noun ("a meeting to discuss Y") and reports nothing.
 */
function purposeInfinitive(tokens: readonly Token[], r: Region, cue: CueMatch): boolean {
  const to = cue.firstToken - 1;
  return tokens[to]?.lower === "to" && /^(NOUN|PROPN)$/.test(tokens[to - 1]?.pos ?? "") && finiteVerbBefore(tokens, r.first, to - 1);
}

/** A verb right after a subject word or an auxiliary, not a participle: the clause's own verb. */
function finiteVerbBefore(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first + 1; k <= last; k++) if (tokens[k]!.pos === "VERB" && !tokens[k]!.lower.endsWith("ing") && (SUBJECT_END.has(tokens[k - 1]!.pos) || tokens[k - 1]!.pos === "AUX")) return true;
  return false;
}

/** Marks that end a modifying participle's object: "a PAC backing Bush, the former governor, ...". */
const PHRASE_END = /^(,|;|:|\(|\u2014|\u2013|--)$/;

/**
 * The last token of the object of a participle that modifies a name: before the first comma, dash
 * or verb, so that the sentence's own verb is not read as part of it ("a super PAC backing Lee has
 * spent $2 million" reports "Lee").
 */
function nounPhraseLast(tokens: readonly Token[], j: number, last: number): number {
  for (let k = j + 1; k <= last; k++) if (PHRASE_END.test(tokens[k]!.text) || isVerb(tokens[k])) return k - 1;
  return last;
}

/** Words of a participle's own subject after "with": "with Ann Lee calling ...", "with 50 percent of voters saying ...". */
const ABSOLUTE_SUBJECT = /^(PROPN|NOUN|NUM|DET|ADJ|ADP|CCONJ)$/;
/** How many words that subject may hold. */
const MAX_ABSOLUTE_SUBJECT = 8;

/**
 * An absolute participle with its subject after "with" ("..., with Ann Lee calling Ruiz a
 * fascist", "with Fox News and NBC News calling the race"): the participle is that subject's
 * verb, as in a progressive. The subject holds a noun or number; adverbs may stand before the participle.
 */
function withSubject(tokens: readonly Token[], first: number, i: number): boolean {
  let k = i - 1;
  while (k > first && tokens[k]!.pos === "ADV") k--;
  const end = k;
  let noun = false;
  while (k > first && end - k < MAX_ABSOLUTE_SUBJECT && ABSOLUTE_SUBJECT.test(tokens[k]!.pos) && tokens[k]!.lower !== "with") {
    noun ||= /^(PROPN|NOUN|NUM)$/.test(tokens[k]!.pos);
    k--;
  }
  return noun && k < end && tokens[k]!.lower === "with";
}

/** A participle after a form of "be", adverbs and "not" between them: "is now talking about",
 * "has been quietly pushing for", "wasn't talking about"; or a gerund whose verb shares its subject
 * ("has avoided criticizing": `gerundAfterTaker`). */
function progressive(tokens: readonly Token[], first: number, i: number): boolean {
  if (gerundAfterTaker(tokens, first, i)) return true;
  let k = i - 1;
  while (k > first && (tokens[k]!.pos === "ADV" || (tokens[k]!.pos === "PART" && tokens[k]!.lower !== "to"))) k--;
  return tokens[k]?.pos === "AUX";
}

/** Whether an object or `to` after this cue is what was said (`X criticized Y`, `X vowed to ...`). */
export function takesObject(cue: CueMatch, entry: CueEntry | undefined): boolean {
  if (entry?.builtIn) return cue.weight >= MIN_OBJECT_WEIGHT;
  return cue.weight >= (entry?.takes === "wh" ? MIN_LEARNED_WH_PRECISION : MIN_LEARNED_OBJECT_PRECISION);
}

