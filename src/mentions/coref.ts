import { CLOSING_MARKS, OPENING_MARKS, straightMarkShape } from "../document/quotation-marks";
import { countStartingBefore } from "../document/sorted";
import { countWords, isSortedByStart, isWhitespace } from "../document";
import type { SpeakerKind } from "../types";
import { declaresThey } from "./declared-pronouns";
import { genderFromPronouns } from "./pronoun-gender";
import { entityIdAt } from "./ids";
import { isFirstName, isPlaceOrOrg } from "./lexicon";
import { describe, namedGender, ownerLabel } from "./describe";
import type { Entity, KnownSpeaker, Mention } from "./types";
import { EPITHET_PEOPLE, HONORIFICS, PARTICLES, TITLE_HEADS, UNNAMED_HEADS, isGivenNameSyllables, isRoleNounShaped } from "./words";
import type { Token } from "../document/types";
import { appositionHost, organisationReferent } from "./appositive";
import { appositionName } from "./apposition-name";
import { mergeHeadlineSubjects } from "./headline-subject";
import { organisationNamedNext } from "./lede-organisation";
import { identifiedNext } from "./delayed-identification";
import { aliasesOf, nicknameIn, nicknameWithSurname, withoutNickname } from "./alias";
import { ownerMentionInside } from "./possessor";
import { acronymLetters, mergeAcronyms, spelledOut } from "./acronym";
import { canIssue, documentOwner, issuerMentionAfter, issuerWords } from "./document-owner";
import { EPITHET_REACH, ledeProtagonist, mainSubjectAbove, namedByDefiniteNext, namedInNextSentence, newcomerBefore, titledAlike } from "./epithet-referents";
import { isEpithetName, modifiersClash, nameModifiersClash, ofOtherParty, onlyOfOtherParty, partiesClash, partyIn, partyOf } from "./epithet";
import { isInvertedSpeaker, isSubjectPhrase, isSubjectRole, salientBefore, subjectBefore } from "./salience";

const ARTICLE = /^(a|an|the)\s+/i;
const DEFINITE = /^(the|this|that|these|those)\s/i;
const SYNONYMS = new Map([
  ["spokeswoman", "spokesman"], ["spokesperson", "spokesman"], ["spokespeople", "spokesmen"],
  ["advisor", "adviser"], ["chairwoman", "chairman"], ["chair", "chairman"],
  ["sen.", "senator"], ["rep.", "representative"], ["gov.", "governor"], ["gen.", "general"], ["congresswoman", "congressman"],
  // "Mr Justice Ann Lee" of a British or Commonwealth court is "the judge".
  ["justice", "judge"],
]);
/** A hyphen or white space: what a head word ends at. */
function isHeadSeparator(c: number): boolean {
  return c === 45 || isWhitespace(c);
}

/** The last word of a title or description, in lower case and with one spelling per role. */
function headOf(text: string): string {
  // The text after the last space or hyphen: the last part of `text.toLowerCase().split(/[\s-]+/)`.
  let k = text.length;
  while (k > 0 && !isHeadSeparator(text.charCodeAt(k - 1))) k--;
  const head = text.slice(k).toLowerCase();
  return SYNONYMS.get(head) ?? head;
}

/** Lookup key of a name: lower case, single spaces ("The  Donald" and "the Donald" are one). */
export function nameKey(text: string): string {
  const lower = text.toLowerCase();
  return IRREGULAR_SPACE.test(lower) ? lower.replace(/\s+/g, " ") : lower;
}
/** White space that is not a single ASCII space: most names have none, and need no replacing. */
const IRREGULAR_SPACE = /\s\s|[^\S ]/;

/**
 * Groups name and description mentions into entities: a surname or first name joins the full
 * name given elsewhere in the article, a definite description ("the US spokesperson") joins the
 * latest entity with the same head noun, and a name matching a known speaker (its name, an alias,
 * or a part of its name) joins that speaker, which keeps the name, title and kind it was given.
 * Pronouns stay unlinked: which entity they refer to depends on attribution. `headline`: the
 * first sentence is a line of its own, whose bare nouns the lede may describe (headline-subject.ts).
 */
export function linkEntities(
  mentions: readonly Mention[], known: readonly KnownSpeaker[] = [], tokens: readonly Token[] = [], headline = false,
): Entity[] {
  const entities: Entity[] = [];
  const byName = new Map<string, Entity>();
  const add = (m: Mention, e: Entity) => {
    m.entity = e.id;
    e.mentions.push(m);
  };
  const create = (m: Mention | null, kind: SpeakerKind, name: string): Entity => {
    const e: Entity = { id: entityIdAt(entities.length), name, kind, mentions: [] };
    entities.push(e);
    if (m) add(m, e);
    return e;
  };

  const knownEntities = new Set<Entity>();
  for (const k of known) {
    const e = create(null, k.kind ?? "person", k.name.trim());
    if (k.title) e.title = k.title;
    if (k.gender) e.gender = k.gender;
    for (const alias of [k.name, ...(k.aliases ?? [])]) byName.set(nameKey(alias.trim()), e);
    knownEntities.add(e);
  }

  // "the Utah Republican" is an epithet, linked below with the descriptions.
  const names = mentions.filter((m) => m.kind === "name" && !isEpithetName(m.text));
  // Full names first, so that a lone surname anywhere in the article finds its full name.
  const byLastWord = new Map<string, Entity[]>();
  const named = (m: Mention): Entity => {
    const plain = withoutNickname(m.text);
    const key = nameKey(plain);
    let e = byName.get(key) ?? misspelt(m, byLastWord) ?? endOfFullName(m, byLastWord) ?? sameButInitials(plain, byLastWord);
    if (!e) {
      e = create(null, m.category, plain);
      const last = lastWord(m.text);
      byLastWord.set(last, [...(byLastWord.get(last) ?? []), e]);
    }
    byName.set(key, e);
    return e;
  };
  // "Marek Novak, the hacker known as “Wraith,”": Wraith, and "Hacker Wraith" in the headline, are Marek Novak.
  const aliasOwners = new Map<string, Mention>();
  if (tokens.length) for (const [alias, owner] of aliasesOf(mentions, tokens)) aliasOwners.set(nameKey(alias.text), owner);
  // "Sebastião “Tião” Moreira ... said Tião": the nickname in marks is an alias too.
  for (const m of names) {
    const nickname = nicknameIn(m.text);
    if (nickname === undefined) continue;
    aliasOwners.set(nameKey(nickname), m);
    aliasOwners.set(nameKey(nicknameWithSurname(m.text)!), m);
  }
  const aliasOwner = (m: Mention): Mention | undefined => {
    if (!aliasOwners.size) return undefined;
    const key = nameKey(m.text);
    const words = key.split(" ");
    // "Hacker Wraith": a word that is no first name before the alias.
    return aliasOwners.get(key) ?? (words.length === 2 && !isFirstName(words[0]!) ? aliasOwners.get(words[1]!) : undefined);
  };
  for (const m of names) {
    if (countWords(m.text) < 2) continue;
    const owner = aliasOwner(m);
    add(m, owner && owner !== m ? named(owner) : named(m));
  }
  for (const [alias, owner] of aliasOwners) if (!byName.has(alias) || byName.get(alias)!.mentions.length === 0) byName.set(alias, named(owner));
  const people = entities.filter((e) => e.kind === "person" && countWords(e.name) >= 2);
  const fullNames = byPart(people);
  const firstWords = byFirstWord(people);
  const sharesSurname = (e: Entity) => (fullNames.get(lastWord(e.name))?.length ?? 0) > 1;
  // "The lifelong Republican who wrote the speech says ... Richard Voss, a former aide,": a lede's protagonist, named next.
  const ledeParty = (m: Mention): Entity | undefined => {
    if (!tokens.length || partyOf(m.text) === undefined) return undefined;
    const linked = (x: Mention) => (x.entity ? entities.find((e) => e.id === x.entity) : undefined);
    return ledeProtagonist(m, mentions.indexOf(m), mentions, tokens, linked);
  };
  for (const m of names) {
    if (m.entity) continue;
    // Not kept under the party's word: a later "Republican" is someone else.
    const protagonist = ledeParty(m);
    if (protagonist) {
      add(m, protagonist);
      continue;
    }
    const key = nameKey(m.text);
    dropSurnameGender(m, fullNames.get(key), tokens);
    // "Ms. Mendel" after "Otto Mendel" and "Ruth Mendel": an honorific's gender overrides the surname's last use.
    const same = byName.get(key);
    // "Mr Tan" after "Tan Wei Ming", "Ms Nurul" after "Nurul Huda Ahmad": with an honorific or title
    // before it, a lone word that starts a full name (a surname written first, or a given name) is that person.
    // Bare, a given name where the article must tell people of one surname apart ("Colm" of Colm
    // and Maeve Brennan), and no full name ends with it.
    const endsName = fullNames.get(key);
    const startsName = () =>
      m.extentStart < m.start ? partOfFullName(m, firstWords.get(key) ?? []) : !endsName ? partOfFullName(m, (firstWords.get(key) ?? []).filter((e) => sharesSurname(e) || introducedAsPerson(e, tokens))) : undefined;
    const e =
      (same && !ofOtherGender(m, same) ? same : undefined) ??
      partOfFullName(m, endsName ?? []) ??
      startsName() ??
      create(null, m.category, m.text);
    byName.set(key, e);
    add(m, e);
  }
  const heads = new HeadIndex(entities);
  const byId = new Map(entities.map((e) => [e.id, e]));
  const entityOf = (x: Mention) => (x.entity ? byId.get(x.entity) : undefined);
  /** Descriptions named after their owner ("his critics": `Trump critics`), named once the owner's name is final. */
  const owned: Array<{ e: Entity; owner: Entity | string; rest: string }> = [];
  const byOwned = new Map<string, Entity>();
  /** "the former vice president’s spokeswoman": the entity its owner's own mention was linked to. */
  const ownerEntityInside = (m: Mention, at: number) => {
    const owner = tokens.length ? ownerMentionInside(m, mentions, at, tokens) : undefined;
    const e = owner && entityOf(owner);
    return e && e.kind !== "place" ? e : undefined;
  };
  const around = (x: Mention) => tokens.slice(Math.max(0, x.extentFirstToken - 3), x.extentEndToken + 4).map((t) => t.text).join(" ");
  // "Cruz defends his record in an ad: '…,' the senator says": of the people the article gives the
  // role, the one its nearest sentences are about, rather than the last one titled so (Sen. John McCain).
  const roleHolder = (head: string, m: Mention, at: number): Entity | undefined => {
    if (!tokens.length || m.plural || !TITLE_HEADS.has(head)) return undefined;
    const holders = heads.holders(head, m);
    if (holders.size < 2) return undefined;
    const fits = (x: Mention, e: Entity) => x.kind === "name" && holders.has(e) && !insideQuotation(tokens, x.firstToken);
    return salientBefore(mentions, at, tokens, entityOf, fits, ROLE_REACH);
  };
  /** Descriptions linked ahead of their turn: the issuer a document before them names ("by the Quill Institute"). */
  const linkedEarly = new Set<Mention>();
  const link = (m: Mention, at: number) => {
    const party = m.kind === "name" && !m.entity ? partyOf(m.text) : undefined;
    if (party !== undefined) {
      // "the Utah Republican": the most salient person before, of no other party ("an Iowa
      // Democrat", "another Ohio Republican" are someone else).
      const fits = (x: Mention, e: Entity) => x.kind === "name" && e.kind === "person" && !ofOtherParty(e, party, around);
      const definite = tokens[m.extentFirstToken - 1]?.lower === "the";
      // "The Ohio Republican who wrote the speech says ...": an epithet, kept out of the names linked above, may be a lede's protagonist too.
      const lede = tokens.length ? ledeProtagonist(m, at, mentions, tokens, entityOf) : undefined;
      const e = lede ?? (definite ? salientBefore(mentions, at, tokens, entityOf, fits) : undefined) ?? create(null, "person", m.text);
      byId.set(e.id, e);
      add(m, e);
      return;
    }
    if (m.kind !== "description") return;
    const head = headOfMention(m);
    // "his best friend at Lehigh, Bruce Turry,": the name set off after a description wins.
    const named = tokens.length && !m.plural ? appositionName(m.endToken, mentions, at + 1, tokens, entityOf) : undefined;
    // "The Romanian hacker who ... Marek Novak, 44, said": a lede's protagonist, named next.
    // "the BLM group": the organisation the acronym spells out, or the acronym's own.
    const referent = named ??
      (tokens.length && m.category === "person" && !m.plural
        ? namedInNextSentence(m.firstToken, m.endToken, mentions, at, tokens, entityOf) ?? namedByDefiniteNext(m.firstToken, m.endToken, mentions, at, tokens, entityOf) ??
          identifiedNext(m, at, mentions, tokens, entityOf, (x) => insideQuotation(tokens, x.firstToken))
        : undefined) ??
      acronymGroup(m, byName, entities) ?? businessNamed(m, byName) ??
      (tokens.length ? organisationNamedNext(m, mentions, at, tokens, entityOf) : undefined);
    if (referent) {
      add(m, referent);
      heads.add(head, m, referent);
      return;
    }
    const parts = describe(m, mentions, at, entityOf, tokens);
    const owner =
      parts.ownerEntity ??
      (parts.ownerName !== undefined ? byName.get(nameKey(parts.ownerName)) ?? partOfFullName(m, fullNames.get(nameKey(parts.ownerName)) ?? []) ?? parts.ownerName : undefined) ??
      (parts.ownerHead !== undefined ? ownerEntityInside(m, at) ?? heads.antecedent(SYNONYMS.get(parts.ownerHead) ?? parts.ownerHead, { ...m, plural: false }) : undefined);
    // "her statement", "Mr. Clarke's letter": a document speaks for its author.
    // "an FBI summary", "a memo released Friday by Ann Lee": the name that issued it.
    if (m.category === "document" && typeof owner !== "object" && tokens.length) linkIssuerFirst(m);
    const issuer = m.category === "document" && typeof owner !== "object" && tokens.length ? documentOwner(m.firstToken, m.endToken, mentions, tokens, entityOf) : undefined;
    // "a Quill Institute poll" (one mention): the organisation its capitalised words name.
    let issuedBy = issuer;
    const issuerName = m.category === "document" && owner === undefined && !issuer && tokens.length ? issuerWords(m, tokens) : undefined;
    if (issuerName !== undefined) {
      const key = nameKey(issuerName);
      const known = byName.get(key) ?? partOfFullName(m, fullNames.get(key) ?? []);
      if (known) issuedBy = canIssue(known) ? known : undefined;
      else {
        issuedBy = create(null, "organisation", issuerName);
        byId.set(issuedBy.id, issuedBy);
        byName.set(key, issuedBy);
      }
    }
    if (m.category === "document" && ((owner && typeof owner !== "string") || issuedBy)) {
      const e = issuedBy ?? (owner as Entity);
      add(m, e);
      heads.add(head, m, e);
      return;
    }
    // "Cook provided a written statement", "Sherman said in the 2013 video": the subject is its author;
    // not after "according to" ("Lee attended alone, according to a pool report": a report on her).
    const author =
      m.category === "document" && !m.plural && !MEASURED.has(head) && owner === undefined && tokens.length && !followsAccordingTo(m, tokens) && !isTrailingAttribution(m, tokens) && !(DEFINITE.test(m.text) && heads.antecedent(head, m))
        ? subjectBefore(mentions, at, tokens, entityOf, (e) => e.kind === "person" || e.kind === "organisation")
        : undefined;
    if (author) {
      add(m, author);
      heads.add(head, m, author);
      return;
    }
    // "Jeb Bush, the former governor and a presidential candidate,": the person named just before.
    const host = owner === undefined && tokens.length ? appositionHost(m, mentions, at, tokens, entityOf) : undefined;
    if (host) {
      add(m, host);
      heads.add(head, m, host);
      return;
    }
    const ownedKey = owner === undefined ? "" : `${typeof owner === "string" ? nameKey(owner) : owner.id}\u0000${nameKey(parts.rest)}`;
    // A transcript's "ANCHOR:" is the anchor the article names ("Anchor: Dana Whitcombe"), as "the anchor" would be.
    const definite = DEFINITE.test(m.text) || (tokens.length > 0 && isRoleLabel(m, tokens));
    // An owned description ("the senator's spokesman") is someone else than its owner: no epithet.
    const epithet = () => {
      if (owner !== undefined || parts.ownerHead !== undefined || UNNAMED_HEADS.has(head)) return undefined;
      if (!tokens.length) return epithetReferent(m, mentions, at, entityOf);
      if (m.category === "organisation") return organisationReferent(m, mentions, at, tokens, entityOf);
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
    };
    // An antecedent never named and written bare, as in a headline ("NFL Legend Pays a Price"),
    // yields to a named person the epithet fits; "A White House spokesman ... the spokesperson" does not.
    const antecedent = definite ? roleHolder(head, m, at) ?? heads.antecedent(head, m) : undefined;
    const unnamed = antecedent !== undefined && antecedent.kind !== "organisation" && antecedent.mentions.every((x) => x.kind === "description" && !ARTICLE.test(x.text) && !DEFINITE.test(x.text));
    let e = (definite ? (unnamed ? epithet() ?? antecedent : antecedent ?? epithet()) : undefined) ?? (ownedKey ? byOwned.get(ownedKey) : undefined);
    if (!e) {
      // "a top GOP strategist" is `GOP strategist`, as an owned description drops its adjectives;
      // a person keeps the words as a title ("a former president": `president`, titled `former president`).
      const name = tokens.length && owner === undefined ? withoutModifiers(parts.rest, m, tokens) : parts.rest;
      e = create(null, m.category, name);
      if (name !== parts.rest && m.category === "person") e.title = parts.rest;
      byId.set(e.id, e);
      if (owner !== undefined) {
        // "the senator's spokesman" stays the speaker, titled.
        if (m.category === "person") e.title = parts.rest;
        owned.push({ e, owner, rest: tokens.length ? withoutModifiers(parts.rest, m, tokens) : parts.rest });
        byOwned.set(ownedKey, e);
      }
    }
    add(m, e);
    // "ran for president", "to serve as president": a bare singular role noun says what someone
    // is or wants to be, and is no antecedent for "the president".
    if (m.plural || /\s/.test(m.text.trim())) heads.add(head, m, e);
  };
  // "The poll by the Quill Institute": the issuer, a description written after the document, is linked first.
  const linkIssuerFirst = (m: Mention) => {
    const at = issuerMentionAfter(m.endToken, mentions, tokens);
    const issuer = at === undefined ? undefined : mentions[at]!;
    if (!issuer || issuer.kind !== "description" || issuer.entity || linkedEarly.has(issuer)) return;
    linkedEarly.add(issuer);
    link(issuer, at!);
  };
  mentions.forEach((m, at) => {
    if (!linkedEarly.has(m)) link(m, at);
  });

  if (headline && tokens.length) mergeHeadlineSubjects(mentions, tokens, entityOf);
  mergeAcronyms(entities);
  for (const e of entities) {
    if (!isSortedByStart(e.mentions)) e.mentions.sort((a, b) => a.start - b.start);
    finish(e, knownEntities.has(e));
    if (e.kind === "person" && tokens.length && e.mentions.some((m) => m.kind === "name" && declaresThey(tokens, m))) e.pronoun = "they";
  }
  genderFromPronouns(entities, mentions, tokens);
  // The full name an alias was given for names the entity, however long the alias ("Hacker Wraith").
  for (const owner of aliasOwners.values()) {
    const e = entityOf(owner);
    if (e && !knownEntities.has(e) && countWords(owner.text) >= countWords(e.name)) e.name = plainName(e, owner.text);
  }
  for (const { e, owner, rest } of owned) e.name = `${typeof owner === "string" ? owner : ownerLabel(owner)} ${rest}`;
  return entities;
}

/** Heads that an acronym before them names ("the BLM group", "the NRA lobby"). */
const ACRONYM_HEADS = new Set(["group", "movement", "organization", "organisation", "coalition", "lobby"]);

/**
 * The organisation a description of an acronym and an organisation's head refers to: "the BLM
 * group" is Black Lives Matter where the article spells it out, else the entity named BLM.
 */
function acronymGroup(m: Mention, byName: ReadonlyMap<string, Entity>, entities: readonly Entity[]): Entity | undefined {
  if (m.category !== "organisation" || m.plural) return undefined;
  const words = m.text.split(/\s+/);
  if (words.length !== 3 || !DEFINITE.test(m.text) || !ACRONYM_HEADS.has(words[2]!.toLowerCase())) return undefined;
  const letters = acronymLetters(words[1]!);
  if (letters === undefined) return undefined;
  const named = byName.get(nameKey(words[1]!));
  return spelledOut(letters, entities) ?? (named?.kind === "organisation" ? named : undefined);
}

/** Heads after an organisation's name that only say what it is: "the Minera Andina Sur company". */
const BUSINESS_HEADS = new Set(["company", "firm", "group", "corporation", "conglomerate"]);

/** "The Minera Andina Sur company": the organisation the words between "the" and the head name (then typed an organisation). */
function businessNamed(m: Mention, byName: ReadonlyMap<string, Entity>): Entity | undefined {
  const words = m.text.split(/\s+/);
  // A name of one word may be a person's that a firm carries ("the Podesta Group"): only longer names.
  if (m.category !== "organisation" || m.plural || words.length < 4 || !/^the$/i.test(words[0]!) || !BUSINESS_HEADS.has(words[words.length - 1]!.toLowerCase())) return undefined;
  const named = byName.get(nameKey(words.slice(1, -1).join(" ")));
  if (!named || named.kind === "organisation") return named;
  // A name the article calls a company is one, unless something shows a person: a known first name, a gender.
  if (named.kind === "place" || named.kind === "group" || named.gender || isFirstName(words[1]!.toLowerCase())) return undefined;
  named.kind = "organisation";
  return named;
}

/**
 * An owned description's words without its lower-case adjectives and adverbs, for its name:
 * "Lund's top advisers" are `Lund advisers`, "her closest political allies" `Vance allies`; the
 * head noun and noun or proper modifiers stay ("his campaign manager", "her Treasury secretary").
 */
function withoutModifiers(rest: string, m: Mention, tokens: readonly Token[]): string {
  const modifiers = new Set<string>();
  for (let k = m.firstToken; k < m.endToken - 1; k++) {
    const t = tokens[k]!;
    if ((t.pos === "ADJ" || t.pos === "ADV") && t.text === t.lower) modifiers.add(t.text);
  }
  const words = rest.split(/\s+/);
  const kept = words.filter((w, k) => k === words.length - 1 || !modifiers.has(w));
  return kept.join(" ");
}

/**
 * A description that opens its sentence as the subject ("The aide said"), a speech verb's ("said
 * the aide"), or the subject right after a quotation ("“…,” the aide said").
 */
function continuesSubject(m: Mention, tokens: readonly Token[]): boolean {
  if (isInvertedSpeaker(m, tokens) || speaksAfterQuotation(m, tokens)) return true;
  const before = tokens[m.extentFirstToken - 1];
  return (!before || before.sentence !== tokens[m.extentFirstToken]!.sentence) && isSubjectRole(m, tokens);
}

/** Whether a mention's phrase is the first of its sentence ("The secretary of state, a longtime ally, went"). */
function opensSentence(m: Mention, tokens: readonly Token[]): boolean {
  const before = tokens[m.extentFirstToken - 1];
  return !before || before.sentence !== tokens[m.extentFirstToken]!.sentence;
}

/** Punctuation that ends a quotation's words before its closing mark and the speaker: "“…,” the aide said". */
const QUOTATION_END = new Set([",", "?", "!", "—", "--"]);

/** A description between a quotation's closing mark and its verb: "“…,” the aide said", "“…?” the aide asked". */
function speaksAfterQuotation(m: Mention, tokens: readonly Token[]): boolean {
  const mark = tokens[m.extentFirstToken - 1];
  const end = tokens[m.extentFirstToken - 2];
  const verb = tokens[m.extentEndToken];
  if (!mark || !end || !verb || verb.sentence !== mark.sentence) return false;
  return (CLOSING_MARKS.has(mark.text) || mark.text === "\"") && QUOTATION_END.has(end.text) && (verb.pos === "VERB" || verb.pos === "AUX");
}

/** A subject, or a name set off as one in an apposition ("One of the authors, Ari Lent, said"). */
function isSubjectName(x: Mention, tokens: readonly Token[]): boolean {
  return isSubjectRole(x, tokens) || isSubjectPhrase(tokens, x.firstToken, x.endToken);
}

/** How many tokens back a quotation's opening mark is looked for. */
const QUOTATION_REACH = 120;

/**
 * Whether token `k` lies inside quotation marks ("“Certainly Hale has gone,” said the aide": Hale
 * is someone the speaker talks about): the nearest mark before it opens a quotation, or it is the
 * odd one of straight marks in its paragraph so far.
 */
function insideQuotation(tokens: readonly Token[], k: number): boolean {
  let straight = 0;
  const sentence = tokens[k]!.sentence;
  for (let j = k - 1; j >= 0 && j >= k - QUOTATION_REACH; j--) {
    const t = tokens[j]!;
    if (OPENING_MARKS.has(t.text)) return straight % 2 === 0;
    if (CLOSING_MARKS.has(t.text) && t.text !== "\u2019") return straight % 2 === 1;
    if (t.text === "\"") {
      // A straight mark against the word after it and apart from the one before opens; against the word before and apart from the one after closes.
      const shape = straightMarkShape(tokens, j);
      if (shape !== undefined) return shape === "opening" ? straight % 2 === 0 : straight % 2 === 1;
      straight++;
    }
    if (sentence - t.sentence > 3) break;
  }
  return straight % 2 === 1;
}

/** How many sentences back "the senator" looks for the senator the text is about. */
const ROLE_REACH = 4;

/** How many sentences back an epithet that is no role looks for the sentence naming its person. */
const EPITHET_SENTENCES = 6;

/**
 * The person an epithet that is no role ("the 19-year-old", "the Portuguese") describes: the one
 * person named in the nearest sentence before it that names anyone (outside quotation marks);
 * none when that sentence names two. A sports report or a vox pop names each speaker in the
 * sentence before the quotation, where the article's most named person is often someone else.
 */
function nearestSentencePerson(
  m: Mention, mentions: readonly Mention[], at: number, tokens: readonly Token[],
  entityOf: (m: Mention) => Entity | undefined, person: (x: Mention, e: Entity) => boolean,
): Entity | undefined {
  const sentence = tokens[m.firstToken]!.sentence;
  let found: Entity | undefined;
  let foundSentence = -1;
  for (let k = at - 1; k >= 0; k--) {
    const x = mentions[k]!;
    const s = tokens[x.firstToken]!.sentence;
    if (foundSentence >= 0 && s !== foundSentence) break;
    if (sentence - s > EPITHET_SENTENCES) break;
    const e = entityOf(x);
    if (!e || !person(x, e)) continue;
    if (found && found !== e) return undefined;
    found = e;
    foundSentence = s;
  }
  return found;
}

/**
 * The person "the 24-year-old" describes when the article gave someone that age just before:
 * "An illegal miner, 24, who ...", "Ann Lee (24) said". Ages set off so are facts the writer
 * matches on purpose, so they outrank who was named last.
 */
function agedReferent(
  m: Mention, mentions: readonly Mention[], at: number, tokens: readonly Token[], entityOf: (m: Mention) => Entity | undefined,
): Entity | undefined {
  const age = /\b(\d{1,3})-year-old\b/.exec(m.text)?.[1];
  if (age === undefined) return undefined;
  const sentence = tokens[m.firstToken]!.sentence;
  for (let k = at - 1; k >= 0; k--) {
    const x = mentions[k]!;
    if (sentence - tokens[x.firstToken]!.sentence > EPITHET_SENTENCES) break;
    const open = tokens[x.extentEndToken]?.text;
    const close = tokens[x.extentEndToken + 2]?.text;
    const given = (open === "," && (close === "," || close === ".")) || (open === "(" && close === ")");
    const e = entityOf(x);
    if (given && tokens[x.extentEndToken + 1]?.text === age && (e?.kind === "person" || e?.kind === "unknown")) return e;
  }
  return undefined;
}

/** Documents that measure others rather than speak for their subject: "Clinton leads in the poll". */
const MEASURED = new Set(["poll", "polls", "survey", "study"]);

/** Whether a mention is the object of "according to": the source of what the sentence reports. */
function followsAccordingTo(m: Mention, tokens: readonly Token[]): boolean {
  return tokens[m.firstToken - 1]?.lower === "to" && tokens[m.firstToken - 2]?.lower === "according";
}


/**
 * The person an epithet describes ("the soft-spoken owner", "the 71-year-old", "the Florida
 * senator" with no senator named before): the one person named in the text just before it, when
 * only one is. With two or more, the one the whole article names most often: an article calls
 * its main figure "the candidate"; with a tie it is not clear which, and the epithet stays an
 * entity of its own.
 */
function epithetReferent(
  m: Mention, mentions: readonly Mention[], at: number, entityOf: (m: Mention) => Entity | undefined, counts: (x: Mention) => boolean = () => true,
): Entity | undefined {
  if (m.category !== "person" || m.plural) return undefined;
  const near = new Set<Entity>();
  for (let k = at - 1; k >= 0; k--) {
    const other = mentions[k]!;
    if (m.start - other.end > EPITHET_REACH) break;
    if (other.kind !== "name" || !counts(other)) continue;
    const e = entityOf(other);
    if (e && e.kind === "person") near.add(e);
  }
  if (near.size <= 1) return near.values().next().value;
  return mostNamed(near);
}

/** Of these entities, the one with the most name mentions in the article, if no other has as many. */
function mostNamed(candidates: ReadonlySet<Entity>): Entity | undefined {
  let best: Entity | undefined;
  let bestCount = 0;
  let tied = false;
  for (const e of candidates) {
    let count = 0;
    for (const x of e.mentions) if (x.kind === "name") count++;
    if (count > bestCount) {
      best = e;
      bestCount = count;
      tied = false;
    } else if (count === bestCount) tied = true;
  }
  return tied ? undefined : best;
}

/**
 * Full-name entities by their last word, and by their first word where it is a first name ("Ann"
 * of "Ann Lee", not "Trump" of "Trump Train"), so a lone name is not compared with every one.
 */
function byPart(fullNames: readonly Entity[]): Map<string, Entity[]> {
  const index = new Map<string, Entity[]>();
  const file = (word: string, e: Entity) => {
    const list = index.get(word);
    if (list) list.push(e);
    else index.set(word, [e]);
  };
  for (const e of fullNames) {
    const parts = e.name.toLowerCase().split(/\s+/);
    const first = parts[0]!;
    const last = parts[parts.length - 1]!;
    if (isFirstName(first) || isFamilyNameFirst(parts)) file(first, e);
    if (last !== first) file(last, e);
  }
  return index;
}

/**
 * "Lee Min-ho", "Park Ji-hoon": a family name before a given name of two joined syllables, so
 * that "Lee said" later is that person (lower-cased parts; "Reem al-Amri" is no such name).
 */
function isFamilyNameFirst(parts: readonly string[]): boolean {
  const [first, second, ...rest] = (parts[1] ?? "").split("-");
  return parts.length === 2 && rest.length === 0 && second !== undefined && !PARTICLES.has(first!) && isGivenNameSyllables(first!, second);
}

/** What a person's name is set off by when the article introduces them: an age, a role, "who". */
const PERSON_APPOSITION = new Set(["a", "an", "the", "who", "whose"]);

/**
 * A person the article introduced as one, by a title before the name or an apposition after it
 * ("Li Wei, spokesperson of ...", "Hirut Tadesse, 41,", "Abebe Kebede, who chairs ..."), so that
 * the given name alone later is them ("Abebe said"); not a capitalised phrase such as "Trump Train".
 */
function introducedAsPerson(e: Entity, tokens: readonly Token[]): boolean {
  // A place's or a firm's word opening it, or a number inside, makes it no person's name ("Russia Today", "Flight MS804").
  if (isPlaceOrOrg(e.name.split(/\s+/)[0]!.toLowerCase()) || /\d/.test(e.name)) return false;
  return e.mentions.some((x) => {
    if (x.kind !== "name") return false;
    if (x.title !== undefined) return true;
    const next = tokens[x.endToken + 1];
    return tokens[x.endToken]?.text === "," && !!next && (next.pos === "NUM" || PERSON_APPOSITION.has(next.lower) || TITLE_HEADS.has(next.lower));
  });
}

/** A role word in capitals that labels a transcript's turn: "ANCHOR:", "HOST:" opening a sentence. */
function isRoleLabel(m: Mention, tokens: readonly Token[]): boolean {
  const first = tokens[m.firstToken]!;
  return m.endToken === m.firstToken + 1 && first.text === first.text.toUpperCase() && tokens[m.endToken]?.text === ":" &&
    tokens[m.firstToken - 1]?.sentence !== first.sentence;
}

/** Full-name entities by their first word, whatever it is ("tan" of "Tan Wei Ming"). */
function byFirstWord(fullNames: readonly Entity[]): Map<string, Entity[]> {
  const index = new Map<string, Entity[]>();
  for (const e of fullNames) {
    const first = e.name.toLowerCase().split(/\s+/)[0]!;
    index.set(first, [...(index.get(first) ?? []), e]);
  }
  return index;
}

/**
 * A lone word that ends a full name in the article is that person's surname, whatever gender the
 * first-name list gives it ("Sherman" of "Wendy Sherman", "Carter", "Professor Alba" of "Richard
 * Alba"): only an honorific before it ("Mrs. Sherman") says the gender then.
 */
function dropSurnameGender(m: Mention, candidates: readonly Entity[] | undefined, tokens: readonly Token[]): void {
  if (!m.gender || !candidates) return;
  // Without tokens (mentions made by hand), any word before the name counts as an honorific.
  if (tokens.length ? HONORIFICS.get(tokens[m.firstToken - 1]?.lower ?? "") === m.gender : m.extentStart < m.start) return;
  const word = m.text.toLowerCase();
  if (candidates.some((e) => lastWord(e.name) === word)) delete m.gender;
}

function lastWord(name: string): string {
  const parts = name.toLowerCase().split(/\s+/);
  return parts[parts.length - 1]!;
}

/**
 * A person's full name spelt with a first name one letter off an earlier one with the same
 * surname ("Hilary Clinton" beside "Hillary Clinton") is a misspelling of it: same person.
 */
function misspelt(m: Mention, byLastWord: ReadonlyMap<string, readonly Entity[]>): Entity | undefined {
  const words = m.text.toLowerCase().split(/\s+/);
  if (words.length !== 2 || words[0]!.length < 4) return undefined;
  for (const e of byLastWord.get(words[1]!) ?? []) {
    const other = e.name.toLowerCase().split(/\s+/);
    if (e.kind === "person" && other.length === 2 && oneEditApart(words[0]!, other[0]!)) return e;
  }
  return undefined;
}

/**
 * A name of two words or more that ends an earlier person's full name ("Ó Cuív" after "Pádraig Ó
 * Cuív", "Van Hollen" after "Chris Van Hollen"): that person, when only one such name fits.
 */
function endOfFullName(m: Mention, byLastWord: ReadonlyMap<string, readonly Entity[]>): Entity | undefined {
  const tail = ` ${m.text.toLowerCase()}`;
  const fits = (byLastWord.get(lastWord(m.text)) ?? []).filter((e) => e.kind === "person" && e.name.toLowerCase().endsWith(tail));
  return fits.length === 1 ? fits[0] : undefined;
}

/** A middle initial: one letter, or letters each with a dot ("J.", "W", "H.W."). */
const INITIAL = /^(?:\p{L}\.?|(?:\p{L}\.){2,3})$/u;

/** A name's words without the initials between its first and last word ("Donald J. Trump": donald trump). */
function wordsWithoutInitials(name: string): { words: string[]; initials: boolean } {
  const all = name.toLowerCase().split(/\s+/);
  const words = all.filter((w, k) => k === 0 || k === all.length - 1 || !INITIAL.test(w));
  return { words, initials: words.length < all.length };
}

/**
 * A full name written once with middle initials and once without ("Donald J. Trump" in the
 * narrative, "Donald Trump" in a quote): the same person, when exactly one earlier person fits and
 * only one of the two spellings has initials ("George H.W. Bush" is not "George W. Bush").
 */
function sameButInitials(name: string, byLastWord: ReadonlyMap<string, readonly Entity[]>): Entity | undefined {
  const own = wordsWithoutInitials(name);
  if (own.words.length < 2) return undefined;
  const bare = own.words.join(" ");
  const fits = (byLastWord.get(lastWord(name)) ?? []).filter((e) => {
    if (e.kind !== "person") return false;
    const other = wordsWithoutInitials(e.name);
    return other.initials !== own.initials && other.words.join(" ") === bare;
  });
  return fits.length === 1 ? fits[0] : undefined;
}

/** Whether one letter added, dropped or changed turns `a` into `b` (and they differ). */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Whether an honorific or first name gives the mention one gender and the entity's mentions the other. */
function ofOtherGender(m: Mention, e: Entity): boolean {
  const gender = m.gender && namedGender(e);
  return !!gender && gender !== m.gender;
}

/**
 * The person whose full name ends (or starts) with this single word (byPart's candidates),
 * nearest before it, and not of the other gender ("Mrs. Clinton" is not "Bill Clinton").
 */
function partOfFullName(m: Mention, candidates: readonly Entity[]): Entity | undefined {
  let best: Entity | undefined;
  let bestDistance = Infinity;
  for (const e of candidates) {
    if (ofOtherGender(m, e)) continue;
    // A known speaker the article has not named in full yet ranks after every full name before it.
    const first = e.mentions[0];
    const distance = !first ? 1e12 : first.start <= m.start ? m.start - first.start : 1e12 + first.start;
    if (distance < bestDistance) {
      best = e;
      bestDistance = distance;
    }
  }
  return best;
}

/** The role head noun a mention is indexed by: a description's own, a name's title's; "" for none. */
function headOfMention(m: Mention): string {
  if (m.kind === "description") return headOf(m.text);
  return m.title ? headOf(m.title.replace(TRAILING_ADDRESS, "")) : "";
}

/**
 * The person the sentence after a description introduces by full name under a title of another
 * role ("the pilot asked for volunteers. So Labor Secretary Ann Lee moved to the back"): that
 * person is not the one the description means, though the headline may have named them before.
 */
function introducedInOtherRole(
  m: Mention, head: string, mentions: readonly Mention[], at: number, tokens: readonly Token[], entityOf: (m: Mention) => Entity | undefined,
): Entity | undefined {
  const next = (tokens[m.firstToken]?.sentence ?? -2) + 1;
  for (let k = at + 1; k < mentions.length; k++) {
    const x = mentions[k]!;
    if (x.firstToken < 0) continue;
    const sentence = tokens[x.firstToken]!.sentence;
    if (sentence > next) return undefined;
    if (sentence < next || x.kind !== "name" || x.title === undefined || !/\s/.test(x.text.trim())) continue;
    const titleHead = headOfMention(x);
    const e = entityOf(x);
    // The first full name of the entity: a person named in full before is known, not introduced.
    const introduced = e?.mentions.find((y) => y.kind === "name" && /\s/.test(y.text.trim())) === x;
    if (titleHead !== "" && titleHead !== head && introduced) return e;
  }
  return undefined;
}

/** "..., a police report indicates.": a document that is the subject of an attribution after a comma speaks for what came before, not for the sentence's subject. */
function isTrailingAttribution(m: Mention, tokens: readonly Token[]): boolean {
  return tokens[m.extentFirstToken - 1]?.text === "," && tokens[m.extentEndToken]?.pos === "VERB";
}

/**
 * The name without a nickname in marks ("Sebastião “Tião” Moreira": Sebastião Moreira), or the
 * nickname with the surname where the article also names the person so ("Robert C. “Bobby”
 * Scott ... Bobby Scott": Bobby Scott, the name the person goes by).
 */
function plainName(e: Entity, text: string): string {
  const goesBy = nicknameWithSurname(text);
  if (goesBy === undefined) return text;
  const key = nameKey(goesBy);
  return e.mentions.some((m) => m.kind === "name" && nameKey(m.text) === key) ? goesBy : withoutNickname(text);
}

/** A form of address ending a longer title ("area coroner Dr", "chief economist Prof."): the role before it is the head. */
const TRAILING_ADDRESS = /(?<=\S)\s+(?:Dr|Prof|Rev)\.?$/;

interface HeadEntry {
  start: number;
  entity: Entity;
  /** The description's words, or a name's title: "the Florida senator" is not "the Vermont senator". */
  text: string;
  /** Whether `text` is a description's (a name's title reads "Former Secretary" in capitals). */
  description: boolean;
}

/** Whether an earlier mention with the same head cannot be the one a description refers to. */
function headsClash(entry: HeadEntry, m: Mention, text: string): boolean {
  return modifiersClash(entry.text, text) || partiesClash(entry.text, text) || (entry.description && m.kind === "description" && nameModifiersClash(entry.text, text));
}

/** A mention's words that its head noun is read from. */
const headText = (m: Mention) => (m.kind === "description" ? m.text : m.title ?? "");

/**
 * Mentions with a role head noun (descriptions, and names through their title), by number and
 * head, in document order: the antecedent of "the spokesman" is the latest earlier mention with
 * the same head, found by binary search instead of a scan of every mention.
 */
class HeadIndex {
  /** Singular heads, then plural heads. */
  private readonly byHead = [new Map<string, HeadEntry[]>(), new Map<string, HeadEntry[]>()] as const;

  constructor(entities: readonly Entity[]) {
    for (const e of entities) for (const m of e.mentions) this.listFor(headOfMention(m), m.plural)?.push({ start: m.start, entity: e, text: headText(m), description: m.kind === "description" });
    for (const heads of this.byHead) for (const list of heads.values()) list.sort((a, b) => a.start - b.start);
  }

  /** Adds a mention; descriptions come in document order, so this is an append in practice. */
  add(head: string, m: Mention, e: Entity): void {
    const list = this.listFor(head, m.plural);
    if (!list) return;
    let k = list.length;
    while (k > 0 && list[k - 1]!.start > m.start) k--;
    list.splice(k, 0, { start: m.start, entity: e, text: headText(m), description: m.kind === "description" });
  }

  private listFor(head: string, plural: boolean): HeadEntry[] | undefined {
    if (!head) return undefined;
    const heads = this.byHead[plural ? 1 : 0];
    let list = heads.get(head);
    if (!list) heads.set(head, (list = []));
    return list;
  }

  antecedent(head: string, m: Mention): Entity | undefined {
    const list = this.byHead[m.plural ? 1 : 0].get(head);
    if (!list) return undefined;
    const lo = countStartingBefore(list, m.start);
    const text = headText(m);
    for (let k = lo - 1; k >= 0; k--) if (!headsClash(list[k]!, m, text)) return list[k]!.entity;
    return undefined;
  }

  /** Every entity an earlier mention with the same head (and no clashing words) gives this role: who "the senator" may be. */
  holders(head: string, m: Mention): Set<Entity> {
    const found = new Set<Entity>();
    const text = headText(m);
    for (const entry of this.byHead[m.plural ? 1 : 0].get(head) ?? []) {
      if (entry.start < m.start && !headsClash(entry, m, text)) found.add(entry.entity);
    }
    return found;
  }
}

/** How many of the entity's name mentions read `text`. */
function uses(e: Entity, text: string): number {
  let n = 0;
  for (const m of e.mentions) if (m.kind === "name" && m.text === text) n++;
  return n;
}

/**
 * Of two spellings as full, the one used more often: a misspelling given once loses to the usual
 * one. Two spellings one letter apart used as often ("Hilary" in the summary, "Hillary" in the
 * text) are told apart by the first-name list, then by length: a dropped letter is a commoner slip
 * than an added one.
 */
function betterSpelt(e: Entity, text: string, than: string): boolean {
  if (text === than) return false;
  const difference = uses(e, text) - uses(e, than);
  if (difference !== 0) return difference > 0;
  const [a, b] = [text.toLowerCase().split(/\s+/), than.toLowerCase().split(/\s+/)];
  const differing = a.findIndex((w, k) => w !== b[k]);
  if (differing < 0 || a.slice(differing + 1).join(" ") !== b.slice(differing + 1).join(" ")) return false;
  const [word, other] = [a[differing]!, b[differing]!];
  if (!oneEditApart(word, other)) return false;
  const listed = Number(isFirstName(word)) - Number(isFirstName(other));
  return listed !== 0 ? listed > 0 : word.length > other.length;
}

/** Name, title, kind and gender of an entity from its mentions (a known speaker keeps its name). */
function finish(e: Entity, known: boolean): void {
  let fullest: Mention | undefined;
  let fullestWords = 0;
  let nameCount = 0;
  let title: string | undefined;
  let kind: SpeakerKind | undefined;
  let gender = e.gender;
  let describedGender: "male" | "female" | undefined;
  for (const m of e.mentions) {
    // An epithet ("Utah Republican") linked to a person is no spelling of the name.
    if (m.kind === "name" && (!isEpithetName(m.text) || e.mentions.every((x) => x.kind !== "name" || isEpithetName(x.text)))) {
      nameCount++;
      const words = countWords(m.text);
      if (!fullest || words > fullestWords || (words === fullestWords && betterSpelt(e, m.text, fullest.text))) {
        fullest = m;
        fullestWords = words;
      }
    }
    if (title === undefined && m.title) title = m.title;
    if (kind === undefined && m.category !== "unknown") kind = m.category;
    if (!gender && m.gender && m.kind !== "description") gender = m.gender;
    if (!describedGender && m.gender && m.kind === "description") describedGender = m.gender;
  }
  // A description's noun ("the woman", "his father") genders only a person the article never
  // names: one linked to a name may be a wrong link ("the first lady" inside a quotation).
  if (!gender && describedGender && nameCount === 0) gender = describedGender;
  if (fullest && !known && (fullestWords >= countWords(e.name) || e.mentions.length === nameCount)) e.name = plainName(e, fullest.text);
  if (e.title === undefined && title !== undefined) e.title = title;
  if (e.kind === "unknown" && kind !== undefined) e.kind = kind;
  if (gender) e.gender = gender;
}
