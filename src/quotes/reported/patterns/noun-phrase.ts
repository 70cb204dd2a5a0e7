import { isQuotationMark } from "../../../document/quotation-marks";
import { readsAsVerb } from "../../../lexicon/match";
import { beforeOwnAttribution, beforeRelativeCue, beforeReportingRelative, clause } from "../clause";
import { backgrounded, timeClauseLast } from "../not-speech";
import { beforeCoordinatedVerb, capitalised, tokenIndexAfter } from "../phrases";
import { POSSESSIVE_DETERMINERS } from "../../../document/possessives";
import { isPossessiveMark } from "../../../document/pos";
import type { Token } from "../../../document/types";
import type { CueMatch } from "../../../lexicon/match";
import { gerundAfterTaker, nominalSubject } from "../subject";
import { NO_NOUN_OBJECT, NP_START } from "../words";
import { afterCue } from "./after-cue";
import type { CueContext, Outcome, Pattern } from "./pattern";

/** Prepositions whose object is the topic of what was said ("for": "argued for a smaller budget"; "with" and "on" cost as much precision as they found on train). */
const TOPIC_PREPOSITIONS = new Set(["about", "against", "over", "for", "of"]);

/** `X announced his resignation`, `X complained about the fares`: a noun phrase right after a
 * verb-tagged cue (or one whose place makes it a verb; or after `about`, `against`, `over`, `for` there) whose subject stands right before it. The last pattern: a cue it does not take reports nothing. */
export const nounPhrase: Pattern = { name: "noun-phrase", find };

function find(c: CueContext): Outcome {
  const { tokens, r, cue } = c;
  const j = afterCue(c);
  // "complained about the fares": the object of a preposition that names a topic.
  const k = TOPIC_PREPOSITIONS.has(tokens[j]?.lower ?? "") && (tokens[j]!.lower !== "of" || verbBeforeOf(tokens, cue)) ? j + 1 : j;
  const next = tokens[k];
  if (!next || j !== cue.endToken || !(NP_START.test(next.pos) || capitalised(next)) || NO_NOUN_OBJECT.has(cue.lemma)) return "none";
  // An -ing cue reports only as the gerund of a verb sharing its subject ("Lee avoided confirming judges").
  const participle = tokens[cue.firstToken]!.lower.endsWith("ing") && !gerundAfterTaker(tokens, r.first, cue.firstToken);
  if (!readsAsVerb(tokens, cue) || participle || !nominalSubject(tokens, r, cue) || backgrounded(tokens, r, cue)) return "none";
  const own = beforeOwnAttribution(r, k, r.last);
  const last = Math.min(beforeCoordinatedVerb(tokens, k, r.last), beforeReportingRelative(r, k, r.last), beforeRelativeCue(r, k, r.last), own);
  const found = clause(tokens, r, k, Math.min(last, timeClauseLast(tokens, r, cue)));
  r.leadsInto = null;
  // A stray pair of marks ('showed x ""= y') is no noun phrase.
  return found && !tokens.slice(k, tokenIndexAfter(tokens, k, found.end)).some((t) => isQuotationMark(t)) ? found : "none";
}

/** Words before a noun, which a cue before "of" after them is ("his promises of", "unmet promises of"). */
const NOUN_MARKERS = new Set(["DET", "ADJ", "NUM"]);
/** "a Twitter comment of her own": an indefinite article two words before makes the cue a noun. */
const INDEFINITE = new Set(["a", "an"]);
/** Words after which an -s form is a verb ("she boasts of", "now boasts of"). */
const SINGULAR_SUBJECT = new Set(["PRON", "PROPN", "ADV", "AUX"]);

/**
 * Whether the cue before "of" is a verb ("Lee complained of the fares", "voters complain of"), not
 * a noun the tagger read as one: not after a possessive, determiner or adjective ("his promises of",
 * "Cruz's hopes of", "unmet promises of"), nor two words after "a", and an -s form only after a name, pronoun, auxiliary or
 * adverb ("the only charges of" is a noun).
 */
function verbBeforeOf(tokens: readonly Token[], cue: CueMatch): boolean {
  const before = tokens[cue.firstToken - 1];
  if (!before || POSSESSIVE_DETERMINERS.has(before.lower) || isPossessiveMark(before) || NOUN_MARKERS.has(before.pos) || INDEFINITE.has(tokens[cue.firstToken - 2]?.lower ?? "")) return false;
  return !tokens[cue.endToken - 1]!.lower.endsWith("s") || SINGULAR_SUBJECT.has(before.pos) || capitalised(before);
}
