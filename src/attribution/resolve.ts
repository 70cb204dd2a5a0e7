import { countStartingBefore } from "../document/sorted";
import { sentenceAt } from "../document";
import { isCommonNoun } from "../document/pos";
import type { Doc, Token } from "../document/types";
import type { Entity, Mention } from "../mentions/types";
import type { QuoteCandidate } from "../quotes/types";
import type { AttributedQuote } from "./types";
import { appositionName } from "../mentions/apposition-name";
import { namesNoPerson } from "../mentions/person-phrase";
import { relativeReferent } from "../mentions/relative";
import { namedLater } from "../mentions/named-later";
import { documentOwner, ISSUED, takenUpDocumentOwner } from "../mentions/document-owner";
import { studyAuthors } from "../mentions/study-authors";
import { isTopicRole, MAX_MENTION_SCORE, mentionSalience, prominence } from "../mentions/salience";
import { bylineAuthor } from "../mentions/byline";
import { authorNoteWriter } from "../mentions/author-note";
import { excerptWriter } from "../mentions/excerpt-writer";
import { cataphoricReferent } from "../mentions/cataphora";
import { relativeClauseHost } from "../mentions/relative-host";
import { SUBJECT_FORMS, THIRD_PERSON_POSSESSIVES } from "../mentions/words";

/**
 * Whether an entity can be what a pronoun refers to: he, she and I a person (or a name of unknown
 * kind), never a place, organisation or document; it an organisation, a place ("Russia said it")
 * or a document ("The letter was made public. “...,” it said"); they and we a group or an
 * organisation, and they also a person the article says uses they/them pronouns (who is then
 * never he or she).
 */
export function compatible(pronoun: string, e: Entity): boolean {
  if (NOT_NAMES.has(e.name.toLowerCase())) return false;
  switch (pronoun) {
    case "he":
      return isOnePerson(e) && (e.gender ?? e.pronounGender) !== "female" && e.pronoun !== "they";
    case "she":
      return isOnePerson(e) && (e.gender ?? e.pronounGender) !== "male" && e.pronoun !== "they";
    case "i":
      return isOnePerson(e);
    case "it":
      return e.kind === "organisation" || e.kind === "place" || e.kind === "document";
    case "they":
      return e.kind === "group" || e.kind === "organisation" || e.pronoun === "they";
    default: // we
      return e.kind === "group" || e.kind === "organisation";
  }
}

/**
 * Capitalised words taken for a name that name no one: pronouns opening a sentence ("You said
 * yesterday") and an interview's one-letter labels ("Q:", "A:").
 */
const NOT_NAMES = new Set(["you", "your", "we", "our", "us", "they", "them", "it", "i", "me", "he", "him", "she", "this", "that", "q", "a"]);

/** Words that open a phrase about several ("those four skilled spielers", "many voters"). */
const PLURAL_OPENERS = new Set(["those", "these", "many", "some", "several", "both", "all", "few", "most", "other"]);

/** A person, or a speaker of unknown kind whose phrase does not speak of several nor of a thing, number or time (person-phrase.ts). */
function isOnePerson(e: Entity): boolean {
  if (e.kind === "person") return true;
  if (e.kind !== "unknown" || namesNoPerson(e.name) || (e.mentions.length > 0 && e.mentions.every(standsForThing))) return false;
  const words = e.name.toLowerCase().split(/\s+/);
  const last = words[words.length - 1]!;
  return !PLURAL_OPENERS.has(words[0]!) && !(words.length > 1 && /[^s]s$/.test(last));
}

/** A speaker span that is a relative of things ("which", "that"): named after its noun phrase, which is still no person. */
const standsForThing = (m: Mention): boolean => /^(?:which|that)$/i.test(m.text);

const NO_ENTITIES: ReadonlySet<Entity> = new Set();
/**
 * What a person the quotation names in the third person loses as its speaker: a speaker says "I"
 * of themself, though a name may come back in words the speaker reports ("they say Lee should quit").
 */
const NAMED_IN_QUOTE = 2;

/** A quote's speaker is as salient as a sentence's subject, counted from the quote's last sentence. */
const SPEAKER_ROLE = 2.5;
/** How far back (in quotes) an "I" looks for the latest "I" whose voice it continues. */
const VOICE_QUOTES = 30;
/** How many of the latest attributed quotes lend their speakers salience. */
const SPEAKER_QUOTES = 6;

/** The article's writer (its byline's, the one its closing note names, or a book excerpt's author), found once per article: an op-ed has many an "I". */
const writers = new WeakMap<readonly Mention[], Entity | null>();
function writerOf(doc: Doc, mentions: readonly Mention[], entityOf: (id: string) => Entity | undefined): Entity | null {
  let writer = writers.get(mentions);
  if (writer === undefined) writers.set(mentions, (writer = bylineAuthor(doc, mentions, entityOf) ?? authorNoteWriter(doc, mentions, entityOf) ?? excerptWriter(doc, mentions, entityOf) ?? null));
  return writer;
}

/**
 * Resolves a pronoun to the most salient compatible entity (see mentions/salience.ts): each
 * mention in the six sentences before it scores by how far back it is and its role there (the
 * subject of the sentence before scores highest, a name after a preposition lowest), and the
 * speakers of the latest attributed quotes score a bonus. Mentions inside the quote being
 * attributed are skipped, and `notSpeakers` (the people that quote names) lose NAMED_IN_QUOTE:
 * the speaker is rarely someone the speaker talks about. A he or she whose paragraph has a person
 * as subject before it gives no bonus to the speakers of earlier paragraphs' quotes.
 */
export function resolvePronoun(
  pronoun: Mention,
  mentions: readonly Mention[],
  entityOf: (id: string) => Entity | undefined,
  doc: Doc,
  previous: readonly AttributedQuote[],
  skip: (m: Mention) => boolean,
  notSpeakers: ReadonlySet<Entity> = NO_ENTITIES,
): Entity | null {
  const { tokens } = doc;
  const written = tokens[pronoun.firstToken]!.lower;
  const word = SUBJECT_FORMS.get(written) ?? written;
  const sentence = tokens[pronoun.firstToken]!.sentence;
  const gender = pronoun.gender ?? (word === "he" ? "male" : word === "she" ? "female" : undefined);
  // "I" outside a quotation goes on in the voice of the latest "I" (an interview's answers, a column).
  if (word === "i") {
    for (let k = previous.length - 1; k >= 0 && k >= previous.length - VOICE_QUOTES; k--) {
      const { entity: e, mention } = previous[k]!;
      if (e && isFirstPersonI(mention, tokens)) return e;
    }
    // The first "I" outside quotation marks of a column or a letter: its byline's writer, or the
    // writer its closing note names ("Ann Lee is a professor of law.").
    const author = writerOf(doc, mentions, entityOf);
    if (author) return author;
  }
  const shown = thirdPerson(word) ? gendersShown(previous, doc, sentence) : NO_GENDERS;
  const fits = (e: Entity) => compatible(word, e) && !(thirdPerson(word) && shown.has(e) && shown.get(e) !== gender);
  // "Ever since she endorsed Lee, Ann Reyes has been": the subject the opening clause points forward to.
  if (thirdPerson(word) || word === "they") {
    const ahead = cataphoricReferent(pronoun, mentions, tokens, (m) => (m.entity ? entityOf(m.entity) : undefined), fits);
    if (ahead) return ahead;
  }
  if (thirdPerson(word)) {
    const host = relativeClauseHost(pronoun, mentions, tokens, (m) => (m.entity ? entityOf(m.entity) : undefined), fits);
    if (host) return host;
  }
  const scores = new Map<Entity, number>();
  const paragraph = doc.sentences[sentence]!.paragraph;
  /** Compatible people named in the pronoun's paragraph before it. */
  const namedInParagraph = new Set<Entity>();
  /** People of the pronoun's gender named in paragraphs before the pronoun's, by paragraph. */
  const namedEarlier: Array<{ e: Entity; paragraph: number }> = [];
  let bestScore = -Infinity;
  // The candidates of the sentence being walked, latest first: its first one is known at its start.
  const pending: Mention[] = [];
  const pendingEntities: Entity[] = [];
  let pendingSentence = sentence;
  const flush = () => {
    for (let c = 0; c < pending.length; c++) {
      const e = pendingEntities[c]!;
      const score = mentionSalience(pending[c]!, e, sentence - pendingSentence, c === pending.length - 1, tokens, gender);
      const best = scores.get(e);
      if (best === undefined || score > best) scores.set(e, score);
      // The walk stops early on the best final score: a person the quotation names counts less.
      const final = notSpeakers.has(e) ? score - NAMED_IN_QUOTE : score;
      if (final > bestScore) bestScore = final;
    }
    pending.length = 0;
    pendingEntities.length = 0;
  };
  for (let k = countStartingBefore(mentions, pronoun.start) - 1; k >= 0; k--) {
    const m = mentions[k]!;
    // Checked first, for every mention: a run of pronouns must not walk back through the article.
    const mentionSentence = m.firstToken >= 0 ? tokens[m.firstToken]!.sentence : sentence;
    if (mentionSentence !== pendingSentence) {
      flush();
      pendingSentence = mentionSentence;
      // No mention this far back can score more than the best one found: stop.
      if (bestScore >= MAX_MENTION_SCORE - (sentence - mentionSentence)) break;
    }
    if (sentence - mentionSentence > 6) break;
    if (m.kind === "pronoun" || !m.entity) continue;
    const e = entityOf(m.entity);
    // skip() looks the mention up among the quotes: asked last, of compatible mentions only.
    if (!e || !fits(e) || skip(m)) continue;
    if (thirdPerson(word) && m.kind === "name" && e.kind === "person" && doc.sentences[mentionSentence]!.paragraph === paragraph && isTopicRole(m, tokens)) {
      namedInParagraph.add(e);
    }
    const mentionParagraph = doc.sentences[mentionSentence]!.paragraph;
    if (thirdPerson(word) && m.kind === "name" && e.gender === gender && mentionParagraph !== paragraph) {
      namedEarlier.push({ e, paragraph: mentionParagraph });
    }
    pending.push(m);
    pendingEntities.push(e);
  }
  flush();
  for (let k = previous.length - 1; k >= 0 && k >= previous.length - SPEAKER_QUOTES; k--) {
    const { entity: e, quote, mention } = previous[k]!;
    // The writer who speaks as "I" outside quotation marks calls no one else "he" or "she" but others.
    // Whom reported speech reports as saying something ("Lee said *Ray claimed* ...") is no speaker of the article's.
    if (!e || !fits(e) || (thirdPerson(word) && isFirstPersonI(mention, tokens)) || nestedIndirect(quote)) continue;
    const quoteSentence = sentenceAt(doc, Math.min(quote.end, pronoun.start) - 1);
    // A paragraph that names someone else before the pronoun has moved on from an earlier paragraph's speaker.
    const quoteParagraph = doc.sentences[quoteSentence]!.paragraph;
    if (namedInParagraph.size && !namedInParagraph.has(e) && quoteParagraph !== paragraph) continue;
    if (movedOnFrom(e, quoteParagraph, namedEarlier)) continue;
    const distance = Math.max(0, sentence - quoteSentence);
    const score = SPEAKER_ROLE - distance + (gender && e.gender === gender ? 0.5 : 0) + prominence(e);
    const best = scores.get(e);
    if (best === undefined || score > best) scores.set(e, score);
  }
  let referent: Entity | null = null;
  let top = -Infinity;
  // Candidates were found nearest first: on a tie the nearer one wins.
  for (const [e, raw] of scores) {
    const score = notSpeakers.has(e) ? raw - NAMED_IN_QUOTE : raw;
    if (score > top) {
      referent = e;
      top = score;
    }
  }
  return referent;
}

/**
 * Whether a paragraph after the quote's (and before the pronoun's) names someone else of the
 * pronoun's gender, in any role, and never its speaker: the narration has moved on ("Mr. Lee
 * recalled. ''...'' / But when it comes to Mr. Ray's record, ... / He voted against" is Ray's;
 * "His son defended him: ''...'' / Ann Mendel replaced Vance. / Last month, he" is Vance).
 */
function movedOnFrom(e: Entity, quoteParagraph: number, namedEarlier: ReadonlyArray<{ e: Entity; paragraph: number }>): boolean {
  const between = namedEarlier.filter((x) => x.paragraph > quoteParagraph);
  return between.length > 0 && between.every((x) => x.e !== e);
}

/** An indirect quote nested in another: "Lee said Ray claimed *the dam was safe*". */
function nestedIndirect(quote: QuoteCandidate): boolean {
  return quote.type === "indirect" && !!quote.parentId;
}

/** Whether a pronoun (in lower case) is "he" or "she". */
export const thirdPerson = (word: string): boolean => word === "he" || word === "she";

/** Whether a quote's speaker mention is the pronoun "I". */
function isFirstPersonI(mention: Mention | null | undefined, tokens: readonly Token[]): boolean {
  return mention?.kind === "pronoun" && tokens[mention.firstToken]?.lower === "i";
}

/** How many words a pronoun-owned document's phrase may have ("his new 300-page book"). */
const OWNED_DOCUMENT_WORDS = 5;
/** "his article", "her new book", "their latest report": a possessive pronoun, then a document noun last. */
function isPronounOwnedDocument(span: Mention, tokens: readonly Token[]): boolean {
  const length = span.endToken - span.firstToken;
  const owner = tokens[span.firstToken]!.lower;
  return length >= 2 && length <= OWNED_DOCUMENT_WORDS && THIRD_PERSON_POSSESSIVES.has(owner) && ISSUED.has(tokens[span.endToken - 1]!.lower);
}

/** Whether a speaker span is one possessive or object pronoun ("his", "them"), which refers as its subject form does. */
function isOtherPronounForm(span: Mention, tokens: readonly Token[]): boolean {
  return span.endToken - span.firstToken === 1 && SUBJECT_FORMS.has(tokens[span.firstToken]!.lower);
}
const NO_GENDERS: ReadonlyMap<Entity, "male" | "female"> = new Map();

/** How many sentences back a quote's "he" or "she" still tells its speaker's gender. */
const GENDER_SHOWN_SENTENCES = 3;

/**
 * The gender that the last few sentences' quotes gave, by "he" or "she", people the article's
 * names leave without one ("Colm ... he says" is a man: a "she" right after is someone else).
 * Only nearby, so that one wrong pronoun far back does not bar the right person later.
 */
function gendersShown(previous: readonly AttributedQuote[], doc: Doc, sentence: number): ReadonlyMap<Entity, "male" | "female"> {
  const shown = new Map<Entity, "male" | "female">();
  for (let k = previous.length - 1; k >= 0; k--) {
    const { entity: e, mention } = previous[k]!;
    if (!mention || mention.firstToken < 0) continue;
    const token = doc.tokens[mention.firstToken]!;
    if (sentence - token.sentence > GENDER_SHOWN_SENTENCES) break;
    if (!e || e.gender || mention.kind !== "pronoun" || shown.has(e)) continue;
    if (token.lower === "he") shown.set(e, "male");
    else if (token.lower === "she") shown.set(e, "female");
  }
  return shown;
}

/** Words that may open a span before the pronoun or name it stands for ("that he", "a speech Mrs. Lee"). */
const SPAN_OPENERS = new Set(["that", "as", "so", "and", "but", "then", "when", "while", "because", "under", "a", "an", "the"]);

/**
 * Whom a speaker span refers to, where a rule returned a phrase no mention covered: a relative
 * ("who", "two of whom", "Voters who") refers to its antecedent (mentions/relative.ts); a
 * description with a name set off after it to that name (mentions/apposition-name.ts); a span that
 * ends with a name ("a speech Mrs. Lee", "widow Terry Strada"), not after a preposition ("people
 * close to Lee"), refers to that name; a span of openers and a pronoun ("that he") to the pronoun's
 * referent. Null when it is none of these: the span stays a speaker of its own.
 */
export function resolveSpan(
  span: Mention,
  mentions: readonly Mention[],
  tokens: readonly Token[],
  entityOf: (id: string) => Entity | undefined,
  resolvePronounAt: (pronoun: Mention) => Entity | null,
): Entity | null {
  const first = span.firstToken;
  const last = span.endToken - 1;
  const byId = (m: Mention) => (m.entity ? entityOf(m.entity) : undefined);
  let at = countStartingBefore(mentions, span.start);
  while (at < mentions.length - 1 && mentions[at] !== span) at++;
  // "A woman who has accused the mayor said ... Ann Lee, who ...": a lede's protagonist, named next;
  // "said a geologist who ... The geologist, Ana Ruiz, said": the role repeated to name its holder;
  // "The harbour master reminds ... X, who has been harbour master, said": the role given to someone new.
  const protagonist = namedLater(span, at, mentions, tokens, byId, ["relative", "role-repeated", "role-given"]);
  if (protagonist) return protagonist;
  // A copy, resolved as a pronoun of the narrative rather than as this span again.
  if (isOtherPronounForm(span, tokens)) return resolvePronounAt({ ...span, kind: "pronoun", entity: null });
  const relative = relativeReferent(span, at, mentions, tokens, byId, resolvePronounAt);
  if (relative !== undefined) return relative;
  const owner = documentOwner(first, span.endToken, mentions, tokens, byId) ?? takenUpDocumentOwner(span, at, mentions, tokens, byId) ?? studyAuthors(span, at, mentions, tokens, byId);
  if (owner) return owner;
  // "His article said": a document a possessive pronoun owns speaks for whom the pronoun refers to.
  if (isPronounOwnedDocument(span, tokens)) return resolvePronounAt({ ...span, kind: "pronoun", entity: null, endToken: first + 1, end: tokens[first]!.end });
  // A name set off after the source of "according to" is no apposition of it: "According to the
  // indictment, Ann Lee, the founder, moved ..." opens the clause reported.
  const accordingTo = tokens[first - 1]?.lower === "to" && tokens[first - 2]?.lower === "according";
  // The span is a speaker's, so a role in lower case no list knows ("said the chief monk, the Venerable X") is a person's.
  // ("a spa called Bulgari Tower": a naming verb after a noun no list knows names a thing.)
  const role = isCommonNoun(tokens[last]) && tokens[span.endToken]?.pos !== "VERB";
  const named = accordingTo ? undefined : appositionName(span.endToken, mentions, countStartingBefore(mentions, span.end), tokens, byId, role);
  if (named) return named;
  let inside: Mention | undefined;
  for (let k = countStartingBefore(mentions, span.end) - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (m.start < span.start) break;
    if (m !== span && m.end <= span.end && m.kind !== "description") {
      inside = m;
      break;
    }
  }
  if (!inside || inside.endToken !== span.endToken) return null;
  if (inside.kind === "pronoun") {
    for (let k = first; k < inside.firstToken; k++) if (!SPAN_OPENERS.has(tokens[k]!.lower)) return null;
    return resolvePronounAt(inside);
  }
  const before = tokens[inside.extentFirstToken - 1];
  if (inside.extentFirstToken > first && before?.pos === "ADP") return null;
  return inside.entity ? entityOf(inside.entity) ?? null : null;
}
