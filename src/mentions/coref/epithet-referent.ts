/** The person or organisation a definite description taken up as an epithet refers to ("the NFL legend said"). */

import type { Token } from "../../document/types";
import { organisationReferent } from "../appositive";
import { namedGender } from "../describe";
import { onlyOfOtherParty, ofOtherParty, partyIn } from "../epithet";
import { mainSubjectAbove, newcomerBefore, titledAlike } from "../epithet-referents";
import { salientBefore } from "../salience";
import type { Entity, Mention } from "../types";
import { EPITHET_PEOPLE, TITLE_HEADS, descriptionWrittenAsName, isRoleNounShaped } from "../words";
import { headOf } from "./heads";
import { insideQuotation } from "./inside-quotation";
import { agedReferent, epithetReferent, introducedInOtherRole, nearestSentencePerson } from "./person-referents";
import { continuesSubject, isSubjectName, opensSentence } from "./subject-position";

/** What an epithet's referent is looked for in: the article's mentions and tokens, the entities linked so far. */
export interface EpithetScene {
  mentions: readonly Mention[];
  tokens: readonly Token[];
  entityOf: (m: Mention) => Entity | undefined;
  /** The words around a mention, where a party may be written ("Sen. Ann Lee, R-Utah,"). */
  around: (x: Mention) => string;
}

/**
 * The referent of a definite description `m` (at index `at`, head noun `head`) that no owner or
 * unnamed head keeps from being an epithet: an organisation's; for a person, the subject the
 * sentence before goes on with, the one person named just before, or the article's main figure,
 * of the description's party and gender and not someone the next sentence introduces in another role.
 */
export function epithetReferentOf(m: Mention, at: number, head: string, scene: EpithetScene): Entity | undefined {
  const { mentions, tokens, entityOf, around } = scene;
  if (!tokens.length) return epithetReferent(m, mentions, at, entityOf);
  if (m.category === "organisation") return organisationReferent(m, mentions, at, tokens, entityOf) ?? subjectBodyBefore(m, at, scene);
  if (m.category !== "person" || m.plural) return undefined;
  // "Walker appeared on the show. The NFL legend said": a subject goes on with the subject just
  // before it; otherwise the article's main figure.
  // "the Democratic front-runner" is no one the article gives only the other party.
  const party = partyIn(m.text);
  const partyFits = (e: Entity | undefined) => party === undefined || (e !== undefined && !onlyOfOtherParty(e, party, around));
  // "Hale took on Lee after the front-runner had said": never the subject its own clause hangs on.
  const bound = mainSubjectAbove(m, mentions, at, tokens, entityOf);
  const free = (e: Entity | undefined) => e === undefined || e !== bound;
  // "The New York businessman" is no woman the article names.
  // "the old man" is a man the article has shown to be one, not any name ("Las Vegas Strip").
  const genderFits = (e: Entity | undefined) =>
    !m.gender || e === undefined || (namedGender(e) ?? (EPITHET_PEOPLE.has(head) ? undefined : m.gender)) === m.gender;
  // "the pilot asked ... So Labor Secretary Ann Lee moved": someone the next sentence introduces in another role.
  const other = introducedInOtherRole(m, head, mentions, at, tokens, entityOf);
  const fits = (e: Entity | undefined) => partyFits(e) && free(e) && genderFits(e) && (other === undefined || e !== other);
  const unlistedRole = !TITLE_HEADS.has(head) && !EPITHET_PEOPLE.has(head) && isRoleNounShaped(head) && m.text.endsWith(head);
  const referentWith = (fits: (e: Entity | undefined) => boolean) => {
    const person = (x: Mention, e: Entity) => x.kind === "name" && e.kind === "person" && !insideQuotation(tokens, x.firstToken) && fits(e);
    const counts = (x: Mention) => !insideQuotation(tokens, x.firstToken) && fits(entityOf(x));
    // "the retired schoolteacher told", a role no list knows: only the one person the sentence
    // before names ("the investor said" after a sentence naming three is no one's for sure).
    if (unlistedRole) return agedReferent(m, mentions, at, tokens, entityOf) ?? nearestSentencePerson(m, mentions, at, tokens, entityOf, person);
    return (
      agedReferent(m, mentions, at, tokens, entityOf) ??
      (continuesSubject(m, tokens) ? salientBefore(mentions, at, tokens, entityOf, (x, e) => person(x, e) && isSubjectName(x, tokens), 1) : undefined) ??
      (continuesSubject(m, tokens) ? unnamedSubjectBefore(m, at, scene, fits) : undefined) ??
      (TITLE_HEADS.has(head) ? undefined : nearestSentencePerson(m, mentions, at, tokens, entityOf, person)) ??
      titledAlike(m, mentions, at, entityOf, counts) ??
      (opensSentence(m, tokens) ? newcomerBefore(m, mentions, at, tokens, entityOf, person) : undefined) ??
      epithetReferent(m, mentions, at, entityOf, counts) ??
      salientBefore(mentions, at, tokens, entityOf, person, undefined, true)
    );
  };
  // "The Republican presidential nominee" is first someone the article calls a Republican, then
  // anyone it gives no other party: not the article's main figure, who has none.
  const opposite = party === "republican" ? "democrat" : "republican";
  // Once per entity: a candidate is tried at each of its mentions.
  const ofParty = new Map<Entity, boolean>();
  const givenParty = (e: Entity) => ofParty.get(e) ?? ofParty.set(e, ofOtherParty(e, opposite, around)).get(e)!;
  return (party !== undefined ? referentWith((e) => fits(e) && e !== undefined && givenParty(e)) : undefined) ?? referentWith(fits);
}

/** Heads any organisation may be called by, whatever kind of body it is. */
const GENERIC_BODY_HEADS = new Set(["group", "organization", "organisation", "outlet", "website", "site", "service", "publication"]);

/**
 * "Factcheckly examined the charge and rated it true. The news service pointed to ...": an
 * organisation's description that opens its sentence as the subject, which no name of the article
 * fits by its words, goes on with the body named as the subject of the sentence before (a name no
 * list makes a person), as a person's epithet goes on with the subject before it.
 */
function subjectBodyBefore(m: Mention, at: number, scene: EpithetScene): Entity | undefined {
  const { mentions, tokens, entityOf } = scene;
  const [article, ...words] = m.text.split(/\s+/);
  // Not "the Refugee Processing Center" (a name of its own), nor a head that tells one body from another ("the ministry").
  if (m.plural || !/^the$/i.test(article!) || words.some((w) => /^\p{Lu}/u.test(w)) || !GENERIC_BODY_HEADS.has(words[words.length - 1]!.toLowerCase())) return undefined;
  if (!continuesSubject(m, tokens)) return undefined;
  // A name, or a description written as one ("The Harbor Light Foundation").
  const named = (x: Mention) => x.kind === "name" || (x.kind === "description" && descriptionWrittenAsName(x.text));
  const body = (x: Mention, e: Entity) =>
    named(x) && (e.kind === "organisation" || e.kind === "unknown") && !insideQuotation(tokens, x.firstToken) && isSubjectName(x, tokens);
  return salientBefore(mentions, at, tokens, entityOf, body, 1);
}

/** Words for an unnamed source that one article uses in turn for the same person ("a party official ... the aide"). */
const SOURCE_HEADS = new Set(["official", "aide", "staffer", "adviser", "advisor", "spokesman", "spokeswoman", "spokesperson", "source", "strategist", "operative"]);

/**
 * "A city hall official who spoke anonymously said ... The aide declined to say": a definite
 * description of an unnamed source continuing as the subject goes on with an unnamed source ("a/an"
 * and such a head) who was the subject of the sentence before, when no named person was; not the
 * article's main figure. Only source words: "a reporter asked ... the businessman said" is another.
 */
function unnamedSubjectBefore(m: Mention, at: number, scene: EpithetScene, fits: (e: Entity | undefined) => boolean): Entity | undefined {
  const { mentions, tokens, entityOf } = scene;
  if (!SOURCE_HEADS.has(headOf(m.text))) return undefined;
  const unnamed = (x: Mention, e: Entity) =>
    x !== m && x.kind === "description" && !x.plural && x.category === "person" && /^an?\s/i.test(x.text) && SOURCE_HEADS.has(headOf(x.text)) &&
    !insideQuotation(tokens, x.firstToken) && isSubjectName(x, tokens) && fits(e);
  return salientBefore(mentions, at, tokens, entityOf, unnamed, 1);
}
