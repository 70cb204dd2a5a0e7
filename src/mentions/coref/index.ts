/** Coreference: grouping name and description mentions into entities. */

import { genderFromRoleNouns } from "../role-gender";
import { countWords, isSortedByStart } from "../../document";
import type { Token } from "../../document/types";
import type { SpeakerKind } from "../../types";
import { mergeAcronyms } from "../acronym";
import { aliasesOf, nicknameWithSurname, withoutNickname } from "../alias";
import { appositionName } from "../apposition-name";
import { BODY_MODIFIER, appositionHost, coordinatedRoleHost, copularHost, modifierBody, parenthesisHost } from "../appositive";
import { declaresThey } from "../declared-pronouns";
import { describe, ownerLabel, type DescriptionParts } from "../describe";
import { canIssue, documentOwner, issuerMentionAfter, issuerWords, plaintiffOf } from "../document-owner";
import { isEpithetName, ofOtherParty, partyOf } from "../epithet";
import { ledeProtagonist } from "../epithet-referents";
import { titlesSetOff } from "../set-off-titles";
import { mergeHeadlineSubjects } from "../headline-subject";
import { entityIdAt } from "../ids";
import { organisationNamedNext } from "../lede-organisation";
import { namedLater } from "../named-later";
import { pairReferent } from "../former-latter";
import { isFirstName } from "../lexicon";
import { ownerMentionInside } from "../possessor";
import { genderFromPronouns } from "../pronoun-gender";
import { salientBefore, subjectBefore } from "../salience";
import type { Entity, KnownSpeaker, Mention } from "../types";
import { HONORIFICS, TITLE_HEADS, UNNAMED_HEADS } from "../words";
import { ARTICLE, DEFINITE } from "./determiners";
import { MEASURED, documentOwnName, followsAccordingTo, isTrailingAttribution } from "./document-authors";
import { finish, plainName } from "./finish";
import { HeadIndex } from "./head-index";
import { SYNONYMS, headOfMention } from "./heads";
import { insideQuotation } from "./inside-quotation";
import { coupleGenders, sharedSurnames } from "./couples";
import { byFirstWord, byPart, lastWord } from "./name-index";
import { nameKey } from "./name-key";
import { dropSurnameGender, givenNameWithHonorific, introducedAsPerson, ofOtherGender, otherOfSurnameNamedAfter, partOfFullName, holderOfTitle } from "./name-parts";
import { endOfFullName, givenAndPatronymic, initialledGivenNames, misspelt, sameButInitials } from "./name-variants";
import { acronymGroup, businessNamed, isInstitutionName } from "./organisation-descriptions";
import { withoutModifiers, writtenName } from "./owned-names";
import { isRoleLabel, subjectAfterOpeningPhrase } from "./subject-position";
import { epithetReferentOf } from "./epithet-referent";
import { olderOrYounger } from "./elder-younger";
import { namesInsidePhrases, restoreWrittenNames } from "./embedded-names";

/**
 * Groups name and description mentions into entities: a surname or first name joins the full
 * name given elsewhere in the article, a definite description ("the US spokesperson") joins the
 * latest entity with the same head noun, and a name matching a known speaker (its name, an alias,
 * or a part of its name) joins that speaker, which keeps the name, title and kind it was given.
 * Pronouns stay unlinked: which entity they refer to depends on attribution. `headlineLines`: how
 * many first sentences are lines of their own (a headline, a deck), whose bare nouns the lede may
 * describe (headline-subject.ts).
 */

/** How many sentences back a body's role ("its manager") may find the person named in it. */
const BODY_ROLE_REACH = 3;
export function linkEntities(
  mentions: readonly Mention[], known: readonly KnownSpeaker[] = [], tokens: readonly Token[] = [], headlineLines = 0,
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
    const plain = withoutNickname(m);
    const key = nameKey(plain);
    let e =
      byName.get(key) ?? misspelt(m, byLastWord) ?? endOfFullName(m, byLastWord) ?? sameButInitials(plain, byLastWord) ?? initialledGivenNames(plain, byLastWord) ??
      givenAndPatronymic(m, entities);
    if (!e) {
      e = create(null, m.category, plain);
      const last = lastWord(m.text);
      const sameLast = byLastWord.get(last);
      if (sameLast) sameLast.push(e);
      else byLastWord.set(last, [e]);
    }
    byName.set(key, e);
    return e;
  };
  // "Marek Novak, the hacker known as “Wraith,”": Wraith, and "Hacker Wraith" in the headline, are Marek Novak.
  const aliasOwners = new Map<string, Mention>();
  if (tokens.length) for (const [alias, owner] of aliasesOf(mentions, tokens)) aliasOwners.set(nameKey(alias.text), owner);
  // "the Abbaa Gadaa of the district, Jaarso Boru, ... The Abbaa Gadaa said": a title set off before its holder's name.
  if (tokens.length) for (const [title, holder] of titlesSetOff(mentions, tokens)) aliasOwners.set(nameKey(title.text), holder);
  // "Sebastião “Tião” Moreira ... said Tião": the nickname in marks is an alias too.
  for (const m of names) {
    if (m.nickname === undefined) continue;
    aliasOwners.set(nameKey(m.nickname.text), m);
    aliasOwners.set(nameKey(nicknameWithSurname(m)!), m);
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
    // "the younger Ait Ouali": a surname of two words, shared by two people named before.
    const surnameOf = () => entities.filter((e) => e.kind === "person" && e.name.toLowerCase().endsWith(` ${nameKey(m.text)}`));
    const relative = tokens.length ? olderOrYounger(m, surnameOf, tokens) : undefined;
    add(m, relative ?? (owner && owner !== m ? named(owner) : named(m)));
  }
  for (const [alias, owner] of aliasOwners) if (!byName.has(alias) || byName.get(alias)!.mentions.length === 0) byName.set(alias, named(owner));
  const writtenAt = tokens.length ? namesInsidePhrases(mentions, tokens, byName, create) : undefined;
  // "Khizr and Ghazala Khan": the lone given name is a full name of its own, so that "Mr. Khan" finds him.
  const composed = new Map<Entity, string>();
  for (const pair of tokens.length ? sharedSurnames(names, tokens) : []) {
    const partner = entities.find((e) => e.id === pair.full.entity);
    if (pair.given.entity || partner?.kind !== "person") continue;
    const e = named({ ...pair.given, text: pair.name, category: "person" });
    add(pair.given, e);
    if (e === partner) continue;
    composed.set(e, pair.name);
    coupleGenders(pair, [e, partner], names, tokens);
  }
  const people = entities.filter((e) => e.kind === "person" && countWords(e.name) >= 2);
  const fullNames = byPart(people);
  const firstWords = byFirstWord(people);
  const byHonorific = new Map<string, Entity>();
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
    // "Mr. Khan ... Ms. Khan ... Mr. Khan": an honorific's surname goes on with whom it last named.
    const styled = tokens.length ? honorificKey(m, key, tokens) : undefined;
    const same = (styled !== undefined ? byHonorific.get(styled) : undefined) ?? byName.get(key);
    // "Mr Tan" after "Tan Wei Ming", "Ms Nurul" after "Nurul Huda Ahmad": with an honorific or title
    // before it, a lone word that starts a full name (a surname written first, or a given name) is that person.
    // Bare, a given name where the article must tell people of one surname apart ("Colm" of Colm
    // and Maeve Brennan), and no full name ends with it.
    const endsName = fullNames.get(key);
    const startsName = () =>
      m.extentStart < m.start ? partOfFullName(m, firstWords.get(key) ?? []) : !endsName ? partOfFullName(m, (firstWords.get(key) ?? []).filter((e) => sharesSurname(e) || introducedAsPerson(e, tokens))) : undefined;
    // "the younger Diop" tells two people apart for this mention only: a later bare "Diop" is read as before.
    const relative = tokens.length ? olderOrYounger(m, () => endsName, tokens) : undefined;
    // "Clinton declared of Hillary Clinton" sets two people apart for this mention only, as "the younger Diop" does.
    const other = relative ?? (tokens.length ? otherOfSurnameNamedAfter(m, endsName, names, tokens) : undefined);
    if (other) {
      add(m, other);
      continue;
    }
    const e =
      holderOfTitle(m, endsName) ??
      (same && !ofOtherGender(m, same) ? same : undefined) ??
      partOfFullName(m, endsName ?? [], writtenAt) ??
      startsName() ??
      givenNameWithHonorific(m, firstWords) ??
      create(null, m.category, m.text);
    byName.set(key, e);
    if (styled !== undefined) byHonorific.set(styled, e);
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
  const scene = { mentions, tokens, entityOf, around };
  // "Cruz defends his record in an ad: '…,' the senator says": of the people the article gives the
  // role, the one its nearest sentences are about, rather than the last one titled so (Sen. John McCain).
  const roleHolder = (head: string, m: Mention, at: number): Entity | undefined => {
    if (!tokens.length || m.plural || !TITLE_HEADS.has(head)) return undefined;
    const holders = heads.holders(head, m);
    if (holders.size < 2) return undefined;
    const fits = (x: Mention, e: Entity) => x.kind === "name" && holders.has(e) && !insideQuotation(tokens, x.firstToken);
    return salientBefore(mentions, at, tokens, entityOf, fits, ROLE_REACH);
  };
  /**
   * "Vento Norte's area manager, Patricio Lemunao, said ... Its manager said": a body's role opening
   * a sentence is the person the article has just named in that role, as "the manager" would be; a
   * body has one holder of a role, where "his spokesman" is anyone's. Only a person named within a
   * few sentences: else the description keeps its own words.
   */
  const bodyRoleHolder = (m: Mention, head: string): Entity | undefined => {
    // The subject opening a sentence ("Its manager said"), where it takes up the body just written
    // of; inside a phrase ("one of Twitter's founders and its chief executive") it is any body's.
    const opensSentence = tokens.length > 0 && m.firstToken > 0 && tokens[m.firstToken - 1]!.sentence !== tokens[m.firstToken]!.sentence;
    if (!opensSentence || m.plural || m.category !== "person" || !/^its\s/i.test(m.text)) return undefined;
    const e = heads.antecedent(head, m);
    // Named close by: "Uber ... its senior vice president" is not the "JPMorgan Chase vice president" paragraphs before.
    const sentence = tokens[m.firstToken]!.sentence;
    const near = (x: Mention) => x.kind === "name" && x.firstToken >= 0 && x.start < m.start && sentence - tokens[x.firstToken]!.sentence <= BODY_ROLE_REACH;
    return e?.kind === "person" && e.mentions.some(near) ? e : undefined;
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
    const named = tokens.length && !m.plural ? appositionName(m.endToken, mentions, at + 1, tokens, entityOf, m.category === "person") : undefined;
    // "The Romanian hacker who ... Marek Novak, 44, said": a lede's protagonist, named next.
    // "the BLM group": the organisation the acronym spells out, or the acronym's own.
    const referent = named ?? (tokens.length ? pairReferent(m, at, mentions, tokens, entityOf) : undefined) ??
      (tokens.length && m.category === "person" && !m.plural ? namedLater(m, at, mentions, tokens, entityOf) : undefined) ??
      acronymGroup(m, byName, entities) ?? businessNamed(m, byName) ??
      (tokens.length ? organisationNamedNext(m, mentions, at, tokens, entityOf) : undefined);
    if (referent) {
      add(m, referent);
      heads.add(head, m, referent);
      return;
    }
    // "its hefty American Community Survey": the survey by its own name, not its owner's.
    const ownName = tokens.length ? documentOwnName(m, tokens) : undefined;
    if (ownName !== undefined) {
      const key = nameKey(ownName);
      const e = byName.get(key) ?? create(null, "document", ownName);
      byId.set(e.id, e);
      byName.set(key, e);
      add(m, e);
      heads.add(head, m, e);
      return;
    }
    let parts = describe(m, mentions, at, entityOf, tokens);
    const roleOwner = parts.ownerHead !== undefined ? ownerEntityInside(m, at) ?? heads.antecedent(SYNONYMS.get(parts.ownerHead) ?? parts.ownerHead, { ...m, plural: false }) : undefined;
    // "the Ohio senator's allies" (an owner written with its own words): a person the article names, else those words.
    const namedRoleOwner = parts.ownerName === undefined || roleOwner?.mentions.some((x) => x.kind === "name") ? roleOwner : undefined;
    const written =
      parts.ownerEntity ??
      namedRoleOwner ??
      (parts.ownerName !== undefined ? byName.get(nameKey(parts.ownerName)) ?? partOfFullName(m, fullNames.get(nameKey(parts.ownerName)) ?? []) ?? parts.ownerName : undefined);
    // "company executives", "an agency official": the people of the body the article is about, as "the company's" would be.
    const business = written === undefined && tokens.length && m.category !== "document" ? modifierBody(m, parts.rest, mentions, at, tokens, entityOf) : undefined;
    if (business) parts = { ...parts, rest: parts.rest.replace(BODY_MODIFIER, " ").trim() };
    const owner = written ?? business;
    // "her statement", "Mr. Clarke's letter": a document speaks for its author.
    // "an FBI summary", "a memo released Friday by Ann Lee": the name that issued it.
    const issuable = m.category === "document" && typeof owner !== "object" && tokens.length > 0;
    if (issuable) linkIssuerFirst(m);
    const issuer = issuable ? documentOwner(m.firstToken, m.endToken, mentions, tokens, entityOf) ?? plaintiffOf(m, mentions, tokens, entityOf) : undefined;
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
    if (m.category === "document" && !issuedBy && owner !== undefined) issuedBy = writtenOwner(owner, parts);
    if (m.category === "document" && ((owner && typeof owner !== "string") || issuedBy)) {
      const e = issuedBy ?? (owner as Entity);
      add(m, e);
      heads.add(head, m, e);
      return;
    }
    // "X published a report ... our report ... the report stated": the report X issued, not the bare take-up between.
    const takenUp = m.category === "document" && owner === undefined && DEFINITE.test(m.text) ? heads.issuerOfTakenUp(head, m, canIssue) : undefined;
    if (takenUp) {
      add(m, takenUp);
      heads.add(head, m, takenUp);
      return;
    }
    // "Cook provided a written statement", "Sherman said in the 2013 video": the subject is its author;
    // not after "according to" ("Lee attended alone, according to a pool report": a report on her).
    const author =
      m.category === "document" && !m.plural && !MEASURED.has(head) && owner === undefined && tokens.length && !followsAccordingTo(m, tokens) && !isTrailingAttribution(m, tokens) && !(DEFINITE.test(m.text) && heads.antecedent(head, m))
        ? subjectBefore(mentions, at, tokens, entityOf, authorKind) ?? openingPhraseAuthor(m, at)
        : undefined;
    if (author) {
      add(m, author);
      heads.add(head, m, author);
      return;
    }
    // "Jeb Bush, the former governor and a presidential candidate,": the person named just before.
    const host = owner === undefined && tokens.length ? appositionHost(m, mentions, at, tokens, entityOf) ?? coordinatedRoleHost(m, mentions, at, tokens, entityOf) ?? copularHost(m, mentions, at, tokens, entityOf) ?? parenthesisHost(m, mentions, at, tokens, entityOf) : undefined;
    if (host) {
      add(m, host);
      heads.add(head, m, host);
      return;
    }
    const ownedKey = owner === undefined ? "" : `${typeof owner === "string" ? nameKey(owner) : owner.id}\u0000${nameKey(parts.rest)}`;
    // A transcript's "ANCHOR:" is the anchor the article names ("Anchor: Dana Whitcombe"), as "the anchor" would be.
    const definite = DEFINITE.test(m.text) || (tokens.length > 0 && isRoleLabel(m, tokens));
    // An owned description ("the senator's spokesman") is someone else than its owner: no epithet.
    const epithet = () =>
      owner !== undefined || parts.ownerHead !== undefined || UNNAMED_HEADS.has(head) ? undefined : epithetReferentOf(m, at, head, scene);
    // An antecedent never named and written bare, as in a headline ("NFL Legend Pays a Price"),
    // yields to a named person the epithet fits; "A White House spokesman ... the spokesperson" does not.
    const antecedent = definite ? roleHolder(head, m, at) ?? heads.antecedent(head, m) : undefined;
    const unnamed = antecedent !== undefined && antecedent.kind !== "organisation" && antecedent.mentions.every((x) => x.kind === "description" && !ARTICLE.test(x.text) && !DEFINITE.test(x.text));
    const holder = definite ? undefined : bodyRoleHolder(m, head);
    let e = (definite ? (unnamed ? epithet() ?? antecedent : antecedent ?? epithet()) : holder) ?? (ownedKey ? byOwned.get(ownedKey) : undefined);
    if (!e) {
      // "a top GOP strategist" is `GOP strategist`, as an owned description drops its adjectives;
      // a person keeps the words as a title ("a former president": `president`, titled `former president`).
      const name = tokens.length && owner === undefined ? writtenName(withoutModifiers(parts.rest, m, tokens), m.category) : parts.rest;
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
    // A holder found by the head alone adds no words to it: "its manager" is no antecedent for "the shed manager".
    if ((m.plural || /\s/.test(m.text.trim())) && !holder) heads.add(head, m, e);
  };
  /**
   * The person whose name owns a document ("Thomas Frank's new book"): the entity of that name,
   * given the full name where the article otherwise writes only the surname, or a new one where
   * the article names the owner nowhere else. Undefined where the owner entity is already given.
   */
  const writtenOwner = (owner: Entity | string, parts: DescriptionParts): Entity | undefined => {
    const full = parts.ownerFullName;
    // Only a first name makes the words a person's ("Monday's poll", "the FDIC inspector general's memo" are not),
    // and only an institution's word an organisation's ("Elmsford Town Council's traffic study").
    if (typeof owner === "string") {
      const kind = full ? "person" : isInstitutionName(owner) ? "organisation" : undefined;
      if (!kind) return undefined;
      const e = create(null, kind, full ?? owner);
      byId.set(e.id, e);
      byName.set(nameKey(owner), e);
      if (full) byName.set(nameKey(full), e);
      return e;
    }
    if (full && !knownEntities.has(owner) && countWords(owner.name) === 1 && nameKey(owner.name) === nameKey(lastWord(full))) {
      owner.name = full;
      if (owner.kind === "unknown") owner.kind = "person";
    }
    return undefined;
  };
  // "The poll by the Quill Institute": the issuer, a description written after the document, is linked first.
  const linkIssuerFirst = (m: Mention) => linkFirst(issuerMentionAfter(m.endToken, mentions, tokens));
  const linkFirst = (at: number | undefined) => {
    const issuer = at === undefined ? undefined : mentions[at]!;
    if (!issuer || issuer.kind !== "description" || issuer.entity || linkedEarly.has(issuer)) return;
    linkedEarly.add(issuer);
    link(issuer, at!);
  };
  // "In a statement, the governor announced": the subject after the phrase the document opens the sentence with.
  const openingPhraseAuthor = (m: Mention, at: number) => {
    const subject = tokens.length ? subjectAfterOpeningPhrase(m, mentions, at, tokens) : undefined;
    if (subject === undefined) return undefined;
    linkFirst(subject);
    const e = entityOf(mentions[subject]!);
    return e && authorKind(e) ? e : undefined;
  };
  mentions.forEach((m, at) => {
    if (!linkedEarly.has(m)) link(m, at);
  });

  if (headlineLines > 0 && tokens.length) mergeHeadlineSubjects(mentions, tokens, entityOf, headlineLines);
  mergeAcronyms(entities);
  for (const e of entities) {
    if (!isSortedByStart(e.mentions)) e.mentions.sort((a, b) => a.start - b.start);
    finish(e, knownEntities.has(e));
    if (e.kind === "person" && tokens.length && e.mentions.some((m) => m.kind === "name" && declaresThey(tokens, m))) e.pronoun = "they";
  }
  if (writtenAt) restoreWrittenNames(writtenAt);
  // The article writes "Khizr Khan" nowhere: no mention of his spells the name out.
  for (const [e, name] of composed) if (countWords(e.name) < 2) e.name = name;
  genderFromPronouns(entities, mentions, tokens);
  genderFromRoleNouns(entities, tokens);
  // The full name an alias was given for names the entity, however long the alias ("Hacker Wraith").
  for (const owner of aliasOwners.values()) {
    const e = entityOf(owner);
    if (e && !knownEntities.has(e) && countWords(owner.text) >= countWords(e.name)) e.name = plainName(e, owner);
  }
  for (const { e, owner, rest } of owned) e.name = `${typeof owner === "string" ? owner : ownerLabel(owner)} ${rest}`;
  return entities;
}

/** Who may author a document the sentence's subject speaks in: a person or an organisation. */
const authorKind = (e: Entity) => e.kind === "person" || e.kind === "organisation";

/** How many sentences back "the senator" looks for the senator the text is about. */
const ROLE_REACH = 4;

/** "mr. khan" of "Mr. Khan": the honorific written before a lone name, with its key; undefined without one. */
function honorificKey(m: Mention, key: string, tokens: readonly Token[]): string | undefined {
  const before = tokens[m.firstToken - 1]?.lower ?? "";
  return m.extentStart < m.start && HONORIFICS.has(before) ? `${before} ${key}` : undefined;
}
