/** The `lede-next` and `lede-later` shapes of named-later: a lede's described speaker, named a sentence or a few on. */

import type { Token } from "../../document/types";
import { insideQuotation } from "../coref/inside-quotation";
import { isFullName } from "../coref/name-index";
import { firstMentionInSentence } from "../next-sentence";
import { isClauseSubject } from "../salience";
import type { Entity, Mention } from "../types";
import { HONORIFICS, isPluralHead, LEGISLATOR_LETTERS, SAYING_VERBS, TITLE_HEADS, UNNAMED_HEADS } from "../words";
import type { Described } from "./index";

/**
 * The person a lede's speaker, described rather than named, turns out to be: the "delayed
 * identification" of wire copy ("More than 300 wells have dried up, the head of the water
 * board said on Sunday. Ana Ruiz, who has run the board since 2019, said ..."). A writer who
 * opens on a description names its person at once; so when the description is the article's
 * first reference to anyone (a byline aside) and the subject of its clause, the next sentence's
 * subject, named there in full for the first time, is that person. Not when the name comes with
 * a title of another role ("A judge said ... Governor Ann Lee said").
 */
export function identifiedNext({ m, at, mentions, tokens, entityOf }: Described): Entity | undefined {
  const head = ledeDescriptionHead(m, at, mentions, tokens);
  if (!head || SPEAKS_FOR_OTHERS.has(head.lower)) return undefined;
  const x = firstMentionInSentence(mentions, at + 1, tokens, head.sentence + 1);
  if (!x || x.kind !== "name" || !isClauseSubject(x, tokens)) return undefined;
  const e = entityOf(x);
  const fullName = isFullName(x.text);
  const titleWords = x.title?.toLowerCase().split(/\s+/) ?? [];
  // "Dame Ann Lee": a title of respect is no other role.
  // ("Deputy Marie Le Quesne, the Minister, said": the role set off after the name is the lede's.)
  const otherRole = titleWords.length > 0 && !titleWords.includes(head.lower) && !titleWords.every(isRespectOnly) && !rolePhraseHas(x, head.lower, tokens);
  return e?.kind === "person" && fullName && e.mentions[0] === x && !otherRole ? e : undefined;
}

/**
 * The head of a lede's speaker described rather than named ("its chairman said"): a lower-case
 * singular head, a verb of saying after it, and no person named before its sentence.
 */
function ledeDescriptionHead(m: Mention, at: number, mentions: readonly Mention[], tokens: readonly Token[]): Token | undefined {
  const head = tokens[m.endToken - 1];
  // "the Hellenic Coast Guard": a capitalised head is a name's, not a description's.
  // ("the area's MSP": a legislator's letters are a role's head, capitals and all.)
  // ("the Infrastructure Minister told": a title's word is a role's head, capital and all, after a
  // lower-case "the", which a headline's title case would not have written: "Trump's Son Says".)
  const titleCased = TITLE_HEADS.has(head?.lower ?? "") && tokens[m.firstToken]?.text === "the";
  if (!head || !(/^\p{Ll}/u.test(head.text) || LEGISLATOR_LETTERS.has(head.text) || titleCased) || isPluralHead(head.lower)) return undefined;
  if (UNNAMED_HEADS.has(head.lower)) return undefined;
  if (!(saysNext(m, tokens) || agentEndingLede(m, tokens)) || !firstReference(head.sentence, at, mentions, tokens)) return undefined;
  return head;
}

/** How many sentences after the lede's may name its described speaker with the role repeated. */
const LATER_REACH = 6;

/**
 * A lede's described speaker named a few sentences on, with the description's role written to
 * the name ("Corvane reported a loss, and its chairman warned ... Chairman Ann Lee told analysts",
 * "the agency's spokesman said ... The spokesman, Ian Ode, said"): wire copy gives a figure or
 * two before the name, and the repeated role is what ties them. Only a person's first mention,
 * named in full, outside quotation marks; a spokesman too, as the role names him, not his principal.
 */
export function identifiedLater({ m, at, mentions, tokens, entityOf }: Described): Entity | undefined {
  const head = ledeDescriptionHead(m, at, mentions, tokens);
  if (!head) return undefined;
  for (let k = at + 1; k < mentions.length; k++) {
    const x = mentions[k]!;
    if (x.firstToken < 0 || tokens[x.firstToken]!.sentence > head.sentence + LATER_REACH) break;
    if (x.kind !== "name" || insideQuotation(tokens, x.firstToken) || !rolePhraseHas(x, head.lower, tokens)) continue;
    const e = entityOf(x);
    return e?.kind === "person" && isFullName(x.text) && e.mentions[0] === x ? e : undefined;
  }
  return undefined;
}

/** Whether the name's phrase, outside the name, has the role's word ("Chairman Ann Lee", "Ann Lee, the chairman,"). */
function rolePhraseHas(x: Mention, role: string, tokens: readonly Token[]): boolean {
  for (let k = x.extentFirstToken; k < x.extentEndToken; k++) {
    if (k >= x.firstToken && k < x.endToken) continue;
    if (tokens[k]!.lower === role) return true;
  }
  return x.title !== undefined && x.title.toLowerCase().split(/\s+/).includes(role);
}

/** Titles of respect that name no role ("Dame Ann Lee", "Mrs Lee"): no other role than the lede's description. */
const RESPECT_TITLES: ReadonlySet<string> = new Set(["sir", "dame", "lord", "lady", "hon", "hon."]);
const isRespectOnly = (w: string): boolean => HONORIFICS.has(w) || RESPECT_TITLES.has(w);

/** Roles that speak for someone else, whom the next sentence may be naming instead ("a spokesman said ... Sergey Lavrov said"). */
const SPEAKS_FOR_OTHERS: ReadonlySet<string> = new Set([
  "spokesman", "spokeswoman", "spokesperson", "aide", "official", "representative", "adviser", "advisor", "staffer", "assistant",
]);

/** Verbs a lede's speaker announces with ("the minister said", "a councillor has warned"): the verbs of saying and those of a statement. */
const LEDE_CUES: ReadonlySet<string> = new Set([...SAYING_VERBS, "tells", "announced", "warned", "confirmed", "admitted", "insisted", "conceded", "acknowledged"]);

/** How many words of a phrase after the description's head ("of the water board") may come before its verb. */
const POSTMODIFIER_REACH = 8;
/** The tags of such a phrase's words. */
const POSTMODIFIER_POS = new Set(["ADP", "DET", "ADJ", "NOUN", "PROPN", "NUM"]);

/** Whether a verb of saying follows the description, past a phrase after its head and a perfect's auxiliary ("the head of the board has said"). */
function saysNext(m: Mention, tokens: readonly Token[]): boolean {
  let k = m.extentEndToken;
  while (k < m.extentEndToken + POSTMODIFIER_REACH && POSTMODIFIER_POS.has(tokens[k]?.pos ?? "") && !LEDE_CUES.has(tokens[k]!.lower)) k++;
  if (/^ha(s|ve|d)$/.test(tokens[k]?.lower ?? "")) k++;
  return LEDE_CUES.has(tokens[k]?.lower ?? "");
}

/**
 * `Plans ... have been branded "a betrayal" by the area's MSP.`: the passive's agent ending the
 * lede's sentence (a time phrase aside) speaks there as a subject with "said" would.
 */
function agentEndingLede(m: Mention, tokens: readonly Token[]): boolean {
  if (tokens[m.extentFirstToken - 1]?.lower !== "by") return false;
  let k = m.extentEndToken;
  while (k < m.extentEndToken + POSTMODIFIER_REACH && POSTMODIFIER_POS.has(tokens[k]?.pos ?? "")) k++;
  return tokens[k]?.text === "." && tokens[k]!.sentence === tokens[m.firstToken]!.sentence;
}

/** A dateline's place ("TORREVIEJA —") or a wire's credit, in capitals: no one the lede could refer back to. */
const isCapitals = (text: string): boolean => text === text.toUpperCase();

/**
 * Whether a name may be a person's: one typed so, or of unknown kind ("Minamigawa") unless it only
 * opens its sentence ("Wells run dry", a headline's capital) or is in capitals (a dateline's "TORREVIEJA").
 */
function mayBePerson(x: Mention, tokens: readonly Token[]): boolean {
  if (x.category === "person") return true;
  if (x.category !== "unknown" || isCapitals(x.text)) return false;
  const opensSentence = tokens[x.firstToken - 1]?.sentence !== tokens[x.firstToken]!.sentence;
  return !(opensSentence && x.endToken - x.firstToken === 1);
}

/**
 * Whether no sentence before `sentence` names someone who may be a person, outside quotation
 * marks, other than a byline ("By Ann Lee"). A name earlier in the description's own sentence is
 * what the speaker talks about ("The Ruiz plan will fail, the head of the board said").
 */
function firstReference(sentence: number, at: number, mentions: readonly Mention[], tokens: readonly Token[]): boolean {
  for (let k = 0; k < at; k++) {
    const x = mentions[k]!;
    if (x.kind !== "name" || x.firstToken < 0 || tokens[x.firstToken]!.sentence >= sentence) continue;
    if (!mayBePerson(x, tokens) || insideQuotation(tokens, x.firstToken)) continue;
    const by = tokens[x.firstToken - 1];
    const byline = by?.text === "By" && tokens[x.firstToken - 2]?.sentence !== by.sentence;
    if (!byline) return false;
  }
  return true;
}
