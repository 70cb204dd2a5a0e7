import { BE_FORMS, isPossessiveMark } from "../document/pos";
import { countStartingBefore } from "../document/sorted";
import { timePhraseEnd } from "../document/time-words";
import type { Token } from "../document/types";
import { DOCUMENT_HEADS } from "./describe";
import { nameTagOf, PLACE } from "./lexicon";
import type { Entity, Mention } from "./types";
import { DETERMINERS, NOT_NAMES, POSSESSIVE_DETERMINERS } from "./words";

/** Inquiries and records: no documents to the mention detector, but issued by whoever conducts or keeps them. */
const INQUIRIES: ReadonlySet<string> = new Set(["investigation", "investigations", "inquiry", "inquiries", "probe", "reports", "records"]);
/**
 * Nouns of what an organisation or person issues: a phrase headed by one speaks for its owner.
 * "her Twitter account posted", "by his account": an account or feed is its holder's voice.
 */
export const ISSUED = new Set([
  ...DOCUMENT_HEADS,
  ...`summary summaries average averages memo memos memorandum ad ads advertisement video videos cable cables
  tally analysis estimate estimates projection projections forecast forecasts transcript tweet tweets
  findings audit assessment review ruling brief motion indictment document documents data
  count ranking rankings briefing op-ed column sheet statistics legislation bill bills
  article articles essay essays book books biography memoir bulletin bulletins advisory
  account accounts feed calculations test tests`.split(/\s+/),
]);
/** Accounts and feeds: a name written before the head is the platform that hosts them, not their holder. */
const ACCOUNTS: ReadonlySet<string> = new Set(["account", "accounts", "feed"]);
/** Participles between a document and "by" its owner: "a memo released Friday by the agency". */
export const ISSUING = new Set(
  `released published issued written conducted commissioned prepared compiled sent signed filed
  authored produced posted made distributed`.split(/\s+/),
);
/** How many tokens (a day, "last week") may sit between the participle and "by". */
export const MAX_WHEN = 3;
/** How many tokens an "of" phrase between a document and its participle may span ("of 400 registered voters"). */
const MAX_OF = 6;
/** How many words before a mention a joined issuer's name may start ("New York Times/CBS News poll"). */
const MAX_JOINED = 6;
/** How far back (in characters) "the summary" may find the document it takes up. */
const ANTECEDENT_REACH = 2000;

type EntityOf = (m: Mention) => Entity | undefined;

/** Whether this entity can issue a document: an organisation or person, or a name of unknown kind. */
export const canIssue = (e: Entity) => e.kind === "organisation" || e.kind === "person" || e.kind === "unknown";

/**
 * The organisation or person a document phrase (tokens [first, end)) speaks for: the name that
 * modifies its head ("an FBI summary", "the RealClearPolitics average", "a Quill Institute
 * poll"), or the name after "by" or "from" ("a memo released Friday by Ann Lee", "a report from
 * the Quill Institute"). Undefined when the head is no document noun or no owner is written.
 */
export function documentOwner(first: number, end: number, mentions: readonly Mention[], tokens: readonly Token[], entityOf: EntityOf): Entity | undefined {
  const head = tokens[end - 1];
  if (!head || !(ISSUED.has(head.lower) || INQUIRIES.has(head.lower))) return undefined;
  // "its FEC reports": records a pronoun owns are its referent's, whoever keeps them.
  if (INQUIRIES.has(head.lower) && POSSESSIVE_DETERMINERS.has(tokens[first]!.lower)) return undefined;
  const at = countStartingBefore(mentions, tokens[first]!.start);
  for (let k = at; k < mentions.length && mentions[k]!.firstToken < end - 1; k++) {
    const m = mentions[k]!;
    if (m.firstToken < first) continue;
    // "a 2014 [Labor Department study]": a document phrase inside, already given to its issuer.
    if (m.kind === "description" && m.firstToken > first && m.endToken === end) {
      const e = entityOf(m);
      if (e && canIssue(e)) return e;
      continue;
    }
    // "The office's bulletin", "the senator's statement": a description owning the document issued it.
    if (m.kind === "description" && m.firstToken === first && m.endToken < end - 1 && isPossessiveMark(tokens[m.endToken])) {
      const e = entityOf(m);
      if (e && canIssue(e)) return e;
      continue;
    }
    // "Tuttle's article": a name owning the document is a name, whatever its capital opens.
    if (m.kind !== "name" || m.endToken > end - 1 || (capitalisedAtStart(m, tokens) && !isPossessiveMark(tokens[m.endToken]))) continue;
    // "her Twitter account": the name before an account is its platform; only "Lee's" owns it.
    if (ACCOUNTS.has(head.lower) && !isPossessiveMark(tokens[m.endToken])) continue;
    const e = entityOf(m);
    if (e && canIssue(e)) return e;
  }
  // "reports from the convention" are about it: an inquiry's or records' issuer is only the name before the head.
  const issuer = INQUIRIES.has(head.lower) ? undefined : issuerMentionAfter(end, mentions, tokens);
  if (issuer === undefined) return undefined;
  const e = entityOf(mentions[issuer]!);
  // "a study by researchers at X": a group written after "by" wrote it, as a body would.
  return e && (canIssue(e) || e.kind === "group") ? e : undefined;
}

/**
 * The place in `mentions` of the name written after a document phrase ending at token `end` as
 * its issuer: "a poll by Quill Research", "a report from the Quill Institute" (a name written
 * with its article is a description: "the Quill Institute"), "a poll of 400 voters released
 * Friday by ...", "The poll, released Wednesday by the Quill Institute,". Undefined when none is.
 */
export function issuerMentionAfter(end: number, mentions: readonly Mention[], tokens: readonly Token[]): number | undefined {
  const head = tokens[end - 1]!;
  // "a poll of 400 voters released Friday by ...": what the document is of sits between it and its issuer.
  // "a study last year by economists": a time phrase may stand before "by" as before a participle.
  let k = timePhraseEnd(tokens, end + ofPhraseLength(end, head, tokens));
  // "The poll, released Wednesday by ...,": the participle set off as an aside.
  if (tokens[k]?.text === "," && ISSUING.has(tokens[k + 1]?.lower ?? "")) k++;
  if (ISSUING.has(tokens[k]?.lower ?? "")) {
    k++;
    const limit = k + MAX_WHEN;
    while (k < limit && tokens[k] && tokens[k]!.lower !== "by" && tokens[k]!.sentence === head.sentence && tokens[k]!.text !== ",") k++;
    if (tokens[k]?.lower !== "by") return undefined;
  } else if (tokens[k]?.lower !== "by" && tokens[k]?.lower !== "from" && !authoredOf(head, tokens[k], tokens[k + 1])) return undefined;
  const from = k + 1;
  const byOf = tokens[k]!.lower === "of";
  let name = tokens[from]?.lower === "the" ? from + 1 : from;
  // "a report by the progressive Center for Economic and Policy Research": an adjective or two before the name.
  while (name < from + MAX_ISSUER_ADJECTIVES && tokens[name]?.pos === "ADJ" && /^\p{Ll}/u.test(tokens[name]!.text)) name++;
  for (let j = countStartingBefore(mentions, tokens[from]?.start ?? Infinity); j < mentions.length && mentions[j]!.extentFirstToken <= name; j++) {
    const m = mentions[j]!;
    // "a report from the State Department's inspector general": the issuer is the possessed noun.
    if (isPossessiveMark(tokens[m.endToken])) continue;
    // "of the Quill Council" names its issuer only as a body's name; "of the city council" may be what the report is about.
    if (m.kind === "name" && (m.firstToken === name || m.extentFirstToken === name || m.extentFirstToken === from) && (!byOf || m.category === "organisation")) return j;
    if (m.kind === "description" && m.firstToken === from && name > from && (isCapitalisedName(m, tokens) || (!byOf && describedIssuer(m, head, tokens)))) return j;
    // "a study by researchers at the Quill Institute", "a letter signed by 40 economists": a group wrote it.
    if (m.kind === "description" && m.firstToken === from && name === from && m.category === "group" && tokens[from - 1]!.lower === "by") return j;
  }
  return undefined;
}

/** How many words after "by" (its "the" included) may come before an issuer's name. */
const MAX_ISSUER_ADJECTIVES = 3;

/** Documents whose "of the X" names who wrote them ("a report of the Auditor General"), not what they are about. */
const AUTHORED_OF = new Set(["report", "reports", "statement", "statements", "letter", "memo", "memorandum", "findings", "bulletin", "communique", "communiqué", "declaration", "resolution"]);

/**
 * "a special audit report of the Auditor General": "of the" after a written document's head
 * introduces its author; "a poll of the state's voters", "an analysis of the Affordable Care Act",
 * "a video of the Capitol" are of what they measure or show.
 */
function authoredOf(head: Token, of: Token | undefined, next: Token | undefined): boolean {
  return of?.lower === "of" && next?.lower === "the" && AUTHORED_OF.has(head.lower);
}

/**
 * "a report by the nonpartisan Quill Institute", "a report by the city's planning department": an
 * organisation described in more words than "the organization" (which takes up one named before)
 * issues a document that no capitalised name before its head already gives to another ("a Quill
 * Watch report released by the governor's office" is Quill Watch's).
 */
function describedIssuer(m: Mention, head: Token, tokens: readonly Token[]): boolean {
  const modifier = tokens[head.index - 1];
  return m.category === "organisation" && m.endToken - m.firstToken > 2 && !(modifier && modifier.pos !== "DET" && /^\p{Lu}/u.test(modifier.text));
}

/** "the Quill Institute", "the Public Policy Institute of California": an article, then capitalised words (and "of"). */
function isCapitalisedName(m: Mention, tokens: readonly Token[]): boolean {
  for (let k = m.firstToken + 1; k < m.endToken; k++) {
    const t = tokens[k]!;
    if (!/^\p{Lu}/u.test(t.text) && !(t.lower === "of" && k > m.firstToken + 1)) return false;
  }
  return m.endToken > m.firstToken + 1;
}

/**
 * The length of an "of" phrase right after a document's head that an issuing participle follows
 * ("of 400 registered voters" in "a poll of 400 registered voters released by ..."), 0 when there
 * is none: the phrase stays in its sentence and holds no comma.
 */
export function ofPhraseLength(end: number, head: Token, tokens: readonly Token[]): number {
  if (tokens[end]?.lower !== "of") return 0;
  for (let k = end + 1; k <= end + MAX_OF; k++) {
    const t = tokens[k];
    if (!t || t.sentence !== head.sentence || t.text === ",") return 0;
    if (ISSUING.has(t.lower)) return k - end;
  }
  return 0;
}

/**
 * The capitalised words right before the head of a document mention that holds them ("Quill
 * Institute" of "a new Quill Institute poll"), undefined without any or when the head is no
 * document noun; not a word capitalised only because it opens the sentence ("Public polls").
 */
export function issuerWords(m: Mention, tokens: readonly Token[]): string | undefined {
  const head = tokens[m.endToken - 1];
  // "the Drudge Report", "the U.S. Geological Survey": a capitalised head names the document itself.
  if (!head || !ISSUED.has(head.lower) || head.text !== head.lower) return undefined;
  let k = m.endToken - 1;
  // Past the mention's start only through a join ("New York Times/[CBS News poll]").
  let from = m.firstToken;
  for (;;) {
    // "WMBK-TV": a suffix in capitals joined to a broadcaster's call letters, though "TV" alone is no name.
    if (k > from && (issuerWord(tokens[k - 1]!) || (k >= 3 && /^\p{Lu}+$/u.test(tokens[k - 1]!.text) && joins(tokens, k - 2)))) k--;
    else if (k >= 2 && joins(tokens, k - 1) && issuerWord(tokens[k - 2]!) && tokens[k - 2]!.sentence === head.sentence) {
      k -= 2;
      from = Math.min(from, tokens[m.firstToken]!.index - MAX_JOINED);
    } else break;
  }
  if (k === m.endToken - 1) return undefined;
  const first = tokens[k]!;
  const sentenceStart = k === 0 || tokens[k - 1]!.sentence !== first.sentence;
  if (sentenceStart && k === m.endToken - 2 && first.text !== first.text.toUpperCase()) return undefined;
  const run = tokens.slice(k, m.endToken - 1);
  const words = run.map((t, j) => t.text + (j < run.length - 1 && t.end < run[j + 1]!.start ? " " : "")).join("");
  return nameTagOf(words.toLowerCase()) & PLACE ? undefined : words;
}

/** A capitalised word that can name whoever issued a document: not "The", "One", "June" or "Wednesday". */
function issuerWord(t: Token): boolean {
  return /^\p{Lu}/u.test(t.text) && !DETERMINERS.has(t.lower) && !NOT_NAMES.has(t.lower);
}

/** A hyphen or slash written between two capitalised words: "CNN/ORC", "ABC News-Washington Post". */
function joins(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  return (t.text === "-" || t.text === "/") && tokens[k - 1]!.end === t.start && tokens[k + 1]?.start === t.end;
}

/**
 * The owner of a bare definite document ("the summary", "The poll"): that of the latest document
 * phrase before it with the same head that names one. `at` is the phrase's place in `mentions`.
 */
export function takenUpDocumentOwner(span: Mention, at: number, mentions: readonly Mention[], tokens: readonly Token[], entityOf: EntityOf): Entity | undefined {
  if (span.endToken - span.firstToken !== 2 || !/^(the|this|that)$/.test(tokens[span.firstToken]!.lower)) return undefined;
  const head = tokens[span.endToken - 1]!.lower;
  if (!ISSUED.has(head)) return undefined;
  for (let k = at - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (span.start - m.end > ANTECEDENT_REACH) break;
    if (m.kind === "pronoun" || tokens[m.endToken - 1]?.lower !== head) continue;
    const owner = documentOwner(m.firstToken, m.endToken, mentions, tokens, entityOf);
    if (owner) return owner;
  }
  return unlistedDocumentOwner(span, head, mentions, tokens, entityOf);
}

/** What a plaintiff files: "the complaint" or "the lawsuit" after "X sued Y" is X's. */
const FILED_IN_SUING = new Set(["complaint", "lawsuit", "suit"]);
const SUING = new Set(["sued", "sues", "suing", "sue"]);
const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set([...BE_FORMS, "get", "got"]);

/**
 * "Her campaign sued the city on Friday. The complaint, filed in federal court, alleged ...": the
 * subject of "sued" in the sentence before (or the same one) filed the complaint the article takes up.
 */
export function plaintiffOf(span: Mention, mentions: readonly Mention[], tokens: readonly Token[], entityOf: EntityOf): Entity | undefined {
  if (span.endToken - span.firstToken !== 2 || !/^(the|this|that)$/.test(tokens[span.firstToken]!.lower) || !FILED_IN_SUING.has(tokens[span.firstToken + 1]!.lower)) return undefined;
  const sentence = tokens[span.firstToken]!.sentence;
  for (let k = span.firstToken - 1; k >= 0 && tokens[k]!.sentence >= sentence - 1; k--) {
    if (!SUING.has(tokens[k]!.lower)) continue;
    // "The county was sued by the party": the subject is the defendant.
    if (PASSIVE_AUXILIARIES.has(tokens[k - 1]?.lower ?? "")) return undefined;
    let end = k;
    while (end > 0 && BETWEEN_SUBJECT_AND_VERB.has(tokens[end - 1]!.lower)) end--;
    // "The party and the campaigns of Lee and Reyes will sue": only a subject that is the whole
    // phrase opening the sentence, not the last name of a longer one.
    return mentionEndingAt(end, mentions, tokens, entityOf, true);
  }
  return undefined;
}

/** Verbs whose subject issues the document that is their object: "the group is running full-page ads". */
const ISSUES_OBJECT = new Set([
  ...ISSUING,
  ...`release releases publish publishes issue issues file files run runs ran running air airs aired airing
  unveil unveils unveiled introduce introduces introduced`.split(/\s+/),
]);
/** Auxiliaries and adverbs between a subject and its verb ("is also running", "has now released"). */
const BETWEEN_SUBJECT_AND_VERB = new Set(["is", "are", "was", "were", "has", "have", "had", "will", "would", "also", "now", "just", "already", "been", "be"]);
/** How many words (determiner, numbers, adjectives) may sit between the verb or owner and the head. */
const MODIFIER_REACH = 4;
const MODIFIER_POS = new Set(["ADJ", "NUM", "NOUN"]);
/** How many mentions ending at one place (a name inside a description) are looked at. */
const NESTED = 3;

/**
 * The owner of "the ads" or "the legislation" where the earlier phrase with that head is no
 * mention: "Sen. Ann Lee's legislation" (a possessive name before it), or "the group is running
 * full-page ads" (the subject of a verb that issues it). Only the nearest earlier phrase with the
 * head counts, unless it is itself a take-up ("the ads" again).
 */
function unlistedDocumentOwner(span: Mention, head: string, mentions: readonly Mention[], tokens: readonly Token[], entityOf: EntityOf): Entity | undefined {
  for (let k = span.firstToken - 1; k >= 0 && span.start - tokens[k]!.end <= ANTECEDENT_REACH; k--) {
    if (tokens[k]!.lower !== head) continue;
    let j = k - 1;
    while (j >= 0 && k - j <= MODIFIER_REACH && !ISSUES_OBJECT.has(tokens[j]!.lower) && !isPossessiveMark(tokens[j])) {
      if (MODIFIER_POS.has(tokens[j]!.pos) || DETERMINERS.has(tokens[j]!.lower) || joins(tokens, j)) j--;
      else break;
    }
    const owner = j >= 0 ? (isPossessiveMark(tokens[j]) ? mentionEndingAt(j, mentions, tokens, entityOf) : issuingSubject(j, tokens, mentions, entityOf)) : undefined;
    if (owner) return owner;
    if (!/^(the|this|that|these|those)$/.test(tokens[k - 1]?.lower ?? "")) return undefined;
  }
  return undefined;
}

/** The entity of the name or description whose phrase ends just before token `end` (and, if `opening`, opens its sentence). */
function mentionEndingAt(end: number, mentions: readonly Mention[], tokens: readonly Token[], entityOf: EntityOf, opening = false): Entity | undefined {
  const before = countStartingBefore(mentions, tokens[end]!.start);
  for (let k = before - 1; k >= 0 && k >= before - NESTED; k--) {
    const m = mentions[k]!;
    if (m.kind === "pronoun" || (m.endToken !== end && m.extentEndToken !== end)) continue;
    if (opening && m.extentFirstToken > 0 && tokens[m.extentFirstToken - 1]!.sentence === tokens[end]!.sentence) return undefined;
    const e = entityOf(m);
    return e && canIssue(e) ? e : undefined;
  }
  return undefined;
}

/** The subject of the issuing verb at `verb`, with only auxiliaries and adverbs between. */
function issuingSubject(verb: number, tokens: readonly Token[], mentions: readonly Mention[], entityOf: EntityOf): Entity | undefined {
  if (!ISSUES_OBJECT.has(tokens[verb]!.lower)) return undefined;
  let end = verb;
  while (end > 0 && BETWEEN_SUBJECT_AND_VERB.has(tokens[end - 1]!.lower)) end--;
  return mentionEndingAt(end, mentions, tokens, entityOf);
}

/**
 * A one-word name whose capital only opens the sentence ("Public polls", "Early analysis"): no
 * owner to go by. An acronym ("FBI data") is one.
 */
function capitalisedAtStart(m: Mention, tokens: readonly Token[]): boolean {
  const token = tokens[m.firstToken]!;
  const sentenceStart = m.firstToken === 0 || tokens[m.firstToken - 1]!.sentence !== token.sentence;
  return sentenceStart && m.endToken === m.firstToken + 1 && token.text !== token.text.toUpperCase();
}

