import { isSubordinator } from "../document/opening-clause";
import type { Token } from "../document/types";
import { firstMentionInSentence } from "./next-sentence";
import { isSubjectPhrase, isSubjectRole } from "./salience";
import type { Entity, Mention } from "./types";
import { descriptionWrittenAsName, INDEFINITE_ARTICLES } from "./words";

/**
 * The organisation a lede's indefinite description stands for when the next sentence opens by
 * naming it ("A major climate group is demanding ... . Verdant Action, founded by ..., will air";
 * "A news report published Wednesday said ... . The Daily Courier reported it obtained ..."):
 * the description, an organisation or a document, opens its sentence as its subject, and the next
 * sentence's subject is an organisation named there for the first time. The description may
 * follow a phrase that opens the sentence ("Almost a week after the storm, a Baton Rouge newspaper
 * called on ... . The Advocate had chided ..."): it is still the main clause's subject.
 */
export function organisationNamedNext(
  m: Mention, mentions: readonly Mention[], at: number, tokens: readonly Token[], entityOf: (m: Mention) => Entity | undefined,
): Entity | undefined {
  if (m.plural || (m.category !== "organisation" && m.category !== "document")) return undefined;
  const opening = tokens[m.extentFirstToken];
  if (!opening) return undefined;
  // "..., the UK's online safety regulator has said. The Digital Safety Authority said": a body a
  // sentence's closing attribution describes, named as the next sentence opens.
  const closing = !INDEFINITE_ARTICLES.has(opening.lower) && isClosingAttribution(m, tokens);
  if (!closing && !INDEFINITE_ARTICLES.has(opening.lower)) return undefined;
  if (!closing && !opensSentence(m, tokens) && !afterOpeningClause(m, tokens)) return undefined;
  if (!closing && !isSubjectRole(m, tokens)) return undefined;
  const next = opening.sentence + 1;
  const x = firstMentionInSentence(mentions, at + 1, tokens, next);
  if (!x) return undefined;
  const first = x.extentFirstToken > 0 ? tokens[x.extentFirstToken - 1]! : undefined;
  const the = first?.sentence === next && first.lower === "the";
  const opensNext = !first || first.sentence !== next || (the && tokens[x.extentFirstToken - 2]?.sentence !== next);
  // After a closing attribution, also a description written as a name ("The Data Protection Board").
  const named = x.kind === "name" || (closing && x.kind === "description" && descriptionWrittenAsName(x.text));
  if (!opensNext || !named) return undefined;
  // A description is linked only after this one: its acronym in brackets stands for it ("(DPB)"), merged with it later.
  const acronym = x.kind === "description" ? bracketedName(x, mentions, tokens) : undefined;
  const e = entityOf(acronym ?? x);
  const firstNamed = e?.mentions.find((y) => y.kind === "name") === (acronym ?? x);
  return e && couldBeOrganisation(e, tokens) && firstNamed && isSubjectPhrase(tokens, x.extentFirstToken - (the ? 1 : 0), x.extentEndToken) ? e : undefined;
}

/** ", the UK's online safety regulator has said.": a definite description after a comma whose verb ends the sentence. */
function isClosingAttribution(m: Mention, tokens: readonly Token[]): boolean {
  if (tokens[m.extentFirstToken - 1]?.text !== "," || !/^(?:the|\p{Lu}\S*'s)$/iu.test(tokens[m.extentFirstToken]!.text)) return false;
  let k = m.extentEndToken;
  if (AUXILIARIES.has(tokens[k]?.lower ?? "")) k++;
  return tokens[k]?.pos === "VERB" && SAID.has(tokens[k]!.lower) && tokens[k + 1]?.text === "." && tokens[k + 1]!.sentence === tokens[k]!.sentence;
}
const AUXILIARIES = new Set(["has", "have", "had"]);
const SAID = new Set(["said", "says", "announced", "confirmed", "warned", "reported"]);

/** "The Data Protection Board (DPB)": the name in brackets right after a description. */
function bracketedName(x: Mention, mentions: readonly Mention[], tokens: readonly Token[]): Mention | undefined {
  if (tokens[x.extentEndToken]?.text !== "(") return undefined;
  return mentions.find((y) => y.kind === "name" && y.extentFirstToken === x.extentEndToken + 1 && tokens[y.extentEndToken]?.text === ")");
}

function opensSentence(m: Mention, tokens: readonly Token[]): boolean {
  return m.extentFirstToken === 0 || tokens[m.extentFirstToken - 1]!.sentence !== tokens[m.extentFirstToken]!.sentence;
}

/**
 * "After the storm hit, a newspaper called on": the description follows the sentence's only comma
 * and its verb follows it directly, so it is the main clause's subject after an opening phrase;
 * not an apposition ("Verdant Action, a climate group, said"), which a comma closes.
 */
function afterOpeningClause(m: Mention, tokens: readonly Token[]): boolean {
  const comma = tokens[m.extentFirstToken - 1];
  const next = tokens[m.extentEndToken];
  if (comma?.text !== "," || !next || next.sentence !== comma.sentence || next.pos !== "VERB") return false;
  let start = m.extentFirstToken - 1;
  while (start > 0 && tokens[start - 1]!.sentence === comma.sentence) {
    start--;
    if (tokens[start]!.text === ",") return false;
  }
  // "Almost a week after ...,", "In its editorial,": not a clause of its own ("She said she was tired, a report indicates").
  return OPENING_POS.has(tokens[start]!.pos) || isSubordinator(tokens[start]!);
}
const OPENING_POS = new Set(["ADV", "ADP", "SCONJ"]);

/**
 * An organisation, or a name the lexicons could not type that nothing shows to be a person (no
 * first name, honorific or title): "Verdant Action". A single word only if the article always
 * writes it after "the" ("The Advocate"), as no one writes a person's surname.
 */
function couldBeOrganisation(e: Entity, tokens: readonly Token[]): boolean {
  if (e.kind === "organisation") return true;
  if (e.kind === "place" || e.gender !== undefined) return false;
  if (!/\s/.test(e.name) && !e.mentions.every((x) => tokens[x.extentFirstToken - 1]?.lower === "the")) return false;
  return e.mentions.every((x) => x.kind === "name" && x.title === undefined && x.gender === undefined);
}
