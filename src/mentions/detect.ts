import { CLOSING_OR_STRAIGHT, OPENING_MARKS, straightMarkShape } from "../document/quotation-marks";
import { partitionPoint } from "../document/sorted";
import { isSortedByStart } from "../document";
import { isAttachedHyphen, isPossessiveS } from "../document/pos";
import type { Doc, Token } from "../document/types";
import type { SpeakerKind } from "../types";
import { addKnownMentions } from "./known";
import { startsByline } from "./byline";
import { DEMONYM, FIRST_NAME, ORGANISATION, PHRASE_START, PLACE, genderOfTag, isDemonymNoun, nameTagOf } from "./lexicon";
import { mentionIdAt } from "./ids";
import { kickerEnd, labelSentences } from "./labels";
import { DOCUMENT_HEADS } from "./describe";
import { partyIn } from "./epithet";
import { isDomainDot, partyLabelTokens } from "./name-marks";
import { nicknameClose } from "../document/nickname";
import { retypeShortForms } from "./short-forms";
import { TokenFacts } from "./token-facts";
import type { KnownSpeaker, Mention, MentionKind } from "./types";
import {
  COMMON_WORD_FIRST_NAMES, DETERMINERS, NOMINAL_ADJECTIVES, EITHER_GENDER_NAMES, GENDERED_HEADS, GROUP_HEADS, HONORIFICS, INVERTED_SPEECH_VERBS, POST_HONORIFICS, LEGISLATOR_LETTERS, NAME_TITLES, ORG_HEADS, ORG_NAME_WORDS, PARTICLES, PLACE_NAME_WORDS, PORTFOLIO_WORDS, POST_NOMINALS, PRONOUNS, TWO_WORD_TITLES,
  ARTICLES, REGION_ABBREVIATIONS, TITLE_HEADS, AGENT_NOUN, MAN_NOUN, isGivenNameSyllables, isPluralHead, isRoleNounShaped,
} from "./words";

const MODIFIER_TAGS = new Set(["ADJ", "NOUN", "PROPN", "NUM"]);
/** A single capitalised word of two to six capitals ("NATO", "CNN") names an organisation. */
const ACRONYM = /^\p{Lu}{2,6}$/u;
/** Words that end a title written into a name, in one set for one lookup per word. */
const TITLE_WORDS = new Set([...NAME_TITLES, ...TITLE_HEADS]);

/** Past the name particles from token `k`: "Pieter van der Merwe", "Ana de la Cruz", "Reem al-Mansouri". */
function particlesEnd(tokens: readonly Token[], k: number): number {
  let j = k;
  while (j < tokens.length && PARTICLES.has(tokens[j]!.text)) {
    j++;
    if (isAttachedHyphen(tokens, j)) j++;
  }
  return j;
}

/** A title word, or its plural before names joined by "and" ("Professors Foner and Alba", "Sens. Lee and Park"). */
function isTitleWord(lower: string): boolean {
  return TITLE_WORDS.has(lower) || (lower.endsWith("s") && TITLE_WORDS.has(lower.slice(0, -1))) || (lower.endsWith("s.") && TITLE_WORDS.has(`${lower.slice(0, -2)}.`));
}

/** Whether token `k` ends a two-word title: "Tan Sri Wong Kah Leong". */
function isTwoWordTitle(tokens: readonly Token[], k: number): boolean {
  return k > 0 && TWO_WORD_TITLES.has(`${tokens[k - 1]!.lower} ${tokens[k]!.lower}`);
}

interface Run {
  first: number;
  end: number;
  /** Where a title word written as part of the name starts ("Sen." in "Sen. Ted Cruz"). */
  titleFirst: number;
  /** Where the whole phrase starts: the title, or an honorific ("Mr.") before the name. */
  extentFirst: number;
  /** Where the whole phrase ends: after letters written after the name ("Sean Kelly TD"). */
  extentEnd: number;
}

interface Titled {
  title: string | undefined;
  extentFirst: number;
  extentEnd: number;
}

/**
 * Finds every mention in one pass per kind over the tokens: capitalised name runs, descriptions
 * headed by a role noun ("a White House spokesman", "his supporters") and subject pronouns. A
 * description right before a name, or in apposition to it, becomes that name's title. Known
 * speakers' names and aliases are mentions wherever they appear.
 */
export function detectMentions(doc: Doc, known: readonly KnownSpeaker[] = []): Mention[] {
  const { tokens, text } = doc;
  const facts = new TokenFacts(tokens);
  const roles = rolesAfterThe(tokens, facts);
  const names = nameRuns(doc, facts, roles);
  const titled = new Map<number, Titled>();
  /** Tokens inside a description, which no name may start at. */
  const covered = new Set<number>();
  const descriptions: Mention[] = [];

  for (const head of withEpithets(tokens, facts, names, roles)) {
    if (isMeasure(tokens, head)) continue;
    const first = descriptionStart(tokens, head);
    const end = head + 1;
    for (let k = first; k < end; k++) covered.add(k);
    const hasDeterminer = DETERMINERS.has(tokens[first]!.lower);
    const titleFirst = hasDeterminer ? first + 1 : first;
    const title = text.slice(tokens[titleFirst]!.start, tokens[head]!.end);
    // "Russian foreign minister Sergey Lavrov" / "Its defence minister, Sergei Shoigu,"
    // "Minister for Health Áine Ní Bhriain": the portfolio is part of the title.
    const portfolio = pastPortfolio(tokens, end);
    const office = portfolio > 0 ? portfolio : officeBeforeName(tokens, names, end);
    const after = office > 0 ? office : tokens[end]?.text === "," ? end + 1 : end;
    // A name in the next sentence is no title's ("..., says minister" then the dateline "LAHORE:").
    const sameSentence = tokens[after]?.sentence === tokens[head]!.sentence;
    const named = sameSentence ? runAt(names, "first", after) : undefined;
    // "Pentagon spokesman Navy Capt. Jeff Davis": a title written into the name right after the
    // description continues it; "retired Army Lt. Gen. Mick Bednarek": the description's head opens it.
    const written = named || !sameSentence ? undefined : (after === end ? runAt(names, "titleFirst", end) : undefined) ?? titleRunOver(names, head);
    if (written) {
      const earlier = titled.get(written.first);
      const from = earlier && earlier.extentFirst < first ? earlier.extentFirst : first;
      const titleFrom = DETERMINERS.has(tokens[from]!.lower) ? from + 1 : from;
      titled.set(written.first, { title: text.slice(tokens[titleFrom]!.start, tokens[written.first - 1]!.end), extentFirst: from, extentEnd: written.extentEnd });
      continue;
    }
    if (named && office > 0) {
      titled.set(named.first, { title: text.slice(tokens[titleFirst]!.start, tokens[office - 1]!.end), extentFirst: first, extentEnd: named.extentEnd });
      continue;
    }
    if (named && (after === end || !hasDeterminer || tokens[named.end]?.text === "," || tokens[first]!.lower !== "a")) {
      titled.set(named.first, { title, extentFirst: first, extentEnd: named.extentEnd });
      continue;
    }
    // "Hugh Hill, a doctor, said"
    const before = tokens[first - 1]?.text === "," ? runAt(names, "end", first - 1) : undefined;
    if (before && hasDeterminer && tokens[end]?.text === ",") {
      titled.set(before.first, { title, extentFirst: before.first, extentEnd: end });
      continue;
    }
    descriptions.push(makeMention(doc, facts, "description", first, end, descriptionCategory(tokens[head]!), head));
  }

  roleRunsBeforeNames(doc, facts, names, titled, covered);
  const nameMentions: Mention[] = [];
  for (const run of names) {
    if (covered.has(run.first)) continue;
    const t = titled.get(run.first) ?? titleWord(doc, run) ?? nounTitle(doc, run);
    const m = makeMention(doc, facts, "name", run.first, run.end, nameCategory(tokens, facts, run), -1);
    if (!t && run.extentEnd > run.end) {
      m.extentEndToken = run.extentEnd;
      m.extentEnd = tokens[run.extentEnd - 1]!.end;
    }
    if (t) {
      if (t.title) m.title = t.title;
      // "his wife, Maeve": the role says what the first-name lists may not.
      if (t.title && !m.gender) m.gender = GENDERED_HEADS.get(t.title.slice(t.title.lastIndexOf(" ") + 1).toLowerCase());
      m.extentFirstToken = Math.min(t.extentFirst, run.first);
      m.extentEndToken = Math.max(t.extentEnd, run.end);
      m.extentStart = tokens[m.extentFirstToken]!.start;
      m.extentEnd = tokens[m.extentEndToken - 1]!.end;
      if (m.category === "unknown") m.category = "person";
    }
    extendOverParenthesis(doc, m);
    nameMentions.push(m);
  }

  absorbAffiliations(doc, dropTitleWords(nameMentions));
  retypeShortForms(nameMentions);

  const pronouns: Mention[] = [];
  for (const i of facts.pronouns) {
    const lower = tokens[i]!.lower;
    const p = PRONOUNS.get(lower)!;
    const m = makeMention(doc, facts, "pronoun", i, i + 1, pronounCategory(lower), -1);
    m.plural = p.plural;
    if (p.gender) m.gender = p.gender;
    pronouns.push(m);
  }

  // Names and pronouns are found in document order; a description's modifiers can reach back
  // before an earlier description, so its list is sorted (stably, as are all sorts here).
  if (!isSortedByStart(descriptions)) descriptions.sort(compareStarts);
  const mentions = mergeByStart(descriptions, nameMentions, pronouns);
  if (known.length) {
    addKnownMentions(doc, mentions, known, (first, end) => makeMention(doc, facts, "name", first, end, "person", -1));
    mentions.sort(compareStarts);
  }
  mentions.forEach((m, k) => (m.id = mentionIdAt(k)));
  return mentions;
}

/**
 * "the Tánaiste, Gráinne Ní Shúilleabháin, said", "the Ceann Comhairle, Colm Ó Ceallacháin,": a
 * capitalised phrase after "the" (no one's name is written so) set off before a person's name is
 * the title of that name, as "the minister, Ann Lee," is; it is no mention of its own.
 */
function roleRunsBeforeNames(doc: Doc, facts: TokenFacts, names: readonly Run[], titled: Map<number, Titled>, covered: Set<number>): void {
  const { tokens, text } = doc;
  for (let r = 0; r + 1 < names.length; r++) {
    const role = names[r]!;
    const name = names[r + 1]!;
    const the = role.extentFirst - 1;
    // Not a preposition's object ("Councillor for the Palmers Cross Division, Everton Blagrove,").
    if (tokens[the]?.lower !== "the" || tokens[the - 1]?.pos === "ADP" || tokens[role.extentEnd]?.text !== "," || name.extentFirst !== role.extentEnd + 1) continue;
    if (titled.has(name.first) || !/^[,.]$/.test(tokens[name.extentEnd]?.text ?? "")) continue;
    const person = (facts.nameTag(name.first) & FIRST_NAME) !== 0 || name.end - name.first >= 2;
    const kind = nameCategory(tokens, facts, role);
    if (!person || (facts.nameTag(role.first) & FIRST_NAME) !== 0 || (kind !== "person" && kind !== "unknown")) continue;
    titled.set(name.first, { title: text.slice(tokens[role.extentFirst]!.start, tokens[role.extentEnd - 1]!.end), extentFirst: the, extentEnd: name.extentEnd });
    for (let k = role.extentFirst; k < role.extentEnd; k++) covered.add(k);
  }
}

/** Units of time whose possessive measures what follows ("20 years' service", "two weeks' notice"). */
const TIME_UNITS = new Set(["hour", "hours", "day", "days", "night", "nights", "week", "weeks", "month", "months", "year", "years", "decade", "decades"]);

/** "20 years' service", "a day's work": a noun owned by a unit of time is an amount, no one who speaks. */
function isMeasure(tokens: readonly Token[], head: number): boolean {
  const mark = tokens[head - 1];
  const unit = tokens[head - 2];
  return !!mark && !!unit && (POSSESSIVE_MARKS.has(mark.lower) || mark.text === "\u2019") && TIME_UNITS.has(unit.lower);
}

/** Points of the compass that may open a demonym ("the South African"). */
const COMPASS_WORDS = new Set(["North", "South", "East", "West"]);

/**
 * Role heads; nationalities after "the" that end their phrase ("the Swede told", "the South
 * African said"), an epithet of a person as "the 71-year-old" is; and acronyms this article
 * writes as a person's title ("Makongeni MCA Daniel Kiprotich", "Iolo Vaughan MS") after a
 * determiner or a possessive ("said the MCA", "the area's MSP"): a role noun there, not an
 * organisation's name. In token order.
 */
function withEpithets(tokens: readonly Token[], facts: TokenFacts, names: readonly Run[], roles: ReadonlySet<string>): number[] {
  const listed = new Set(facts.descriptionHeads);
  const heads = [...facts.descriptionHeads, ...appositionRoles(tokens, facts, names, listed), ...agentsSaying(tokens, listed)];
  const titles = acronymTitles(tokens, names, roles);
  for (const k of facts.nameShaped) {
    const before = tokens[k - 1]?.lower ?? "";
    // "the MCA said", not "the MCA Daniel Kiprotich" (a title before a name).
    // "the local MPA, Arshad Warraich,": a legislator's letters after a determiner and an adjective too.
    const afterAdjective = tokens[k - 1]?.pos === "ADJ" && DETERMINERS.has(tokens[k - 2]?.lower ?? "");
    if ((titles.has(tokens[k]!.text) || LEGISLATOR_LETTERS.has(tokens[k]!.text)) && (DETERMINERS.has(before) || POSSESSIVE_MARKS.has(before) || afterAdjective) && !facts.isNameShaped(k + 1)) {
      heads.push(k);
      continue;
    }
    // "the South African", "the North Korean": a point of the compass before the demonym.
    const compass = COMPASS_WORDS.has(tokens[k - 1]?.text ?? "") && tokens[k - 2]?.lower === "the";
    if ((before !== "the" && !compass) || !((facts.nameTag(k) & DEMONYM) || isDemonymNoun(tokens[k]!.lower))) continue;
    const next = tokens[k + 1];
    if (next && next.sentence === tokens[k]!.sentence && (facts.isCapitalised(k + 1) || next.pos === "NOUN" || next.pos === "PROPN")) continue;
    heads.push(k);
  }
  return heads.length === facts.descriptionHeads.length ? heads : heads.sort((a, b) => a - b);
}

/**
 * Role nouns no list knows, after "the", as the subject of a verb of saying ("the retired
 * schoolteacher told", "the foreman said", "the Yemeni-born grocer said"): an agent noun there is
 * someone the article has described or goes on to, who speaks, as a listed role is. In token order.
 */
function agentsSaying(tokens: readonly Token[], listed: ReadonlySet<number>): number[] {
  const heads: number[] = [];
  for (let k = 1; k + 1 < tokens.length; k++) {
    const t = tokens[k]!;
    if (!SAYS.has(tokens[k + 1]!.lower) || t.pos !== "NOUN" || t.text !== t.lower || listed.has(k)) continue;
    if (isRoleNounShaped(t.text) && tokens[descriptionStart(tokens, k)]!.lower === "the") heads.push(k);
  }
  return heads;
}

/** How many modifiers may stand between "a" and an apposition's role noun ("a former night postman"). */
const MAX_ROLE_MODIFIERS = 3;

/** What may follow a role noun in apposition: the apposition's end, or where the role is held ("a volcanologist at the centre,"). */
const ROLE_ENDS = new Set([",", ".", "at", "with", "for", "of", "in", "from"]);

/**
 * Role nouns no list knows that this article gives a person in apposition ("Dean Whitlock, a
 * former postman,", "Retno Sari, a volcanologist at the centre,") or writes before the name as a
 * title ("defence solicitor Ruaridh Gillespie", "area coroner Dr Rebecca Hale"): there, and
 * wherever "the" takes them up ("the former postman said", "the coroner said"), they head a
 * description, as a listed role does. In token order; none of the listed heads.
 */
function appositionRoles(tokens: readonly Token[], facts: TokenFacts, names: readonly Run[], listed: ReadonlySet<number>): number[] {
  const roles = new Set<string>();
  const isPerson = (run: Run) => nameCategory(tokens, facts, run) === "person";
  for (const run of names) {
    const before = roleBeforeName(tokens, run);
    if (before !== undefined && !listed.has(before) && isPerson(run)) roles.add(tokens[before]!.lower);
    if (tokens[run.end]?.text !== "," || !/^an?$/i.test(tokens[run.end + 1]?.text ?? "") || !isPerson(run)) continue;
    let k = run.end + 2;
    while (k < run.end + 2 + MAX_ROLE_MODIFIERS && (tokens[k]?.pos === "ADJ" || tokens[k]?.pos === "NOUN") && tokens[k + 1]?.pos !== "PUNCT" && !ROLE_ENDS.has(tokens[k + 1]?.lower ?? "")) k++;
    const head = tokens[k];
    if (head?.pos === "NOUN" && head.text === head.lower && ROLE_ENDS.has(tokens[k + 1]?.lower ?? "") && !listed.has(k)) roles.add(head.lower);
  }
  if (roles.size === 0) return [];
  const heads: number[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.pos === "NOUN" && roles.has(t.text) && !listed.has(k) && tokens[k + 1]?.pos !== "NOUN") heads.push(k);
  }
  return heads;
}

/**
 * The lower-case agent noun written right before a person's name as a title ("defence solicitor
 * Ruaridh Gillespie"), past an honorific or a title word ("area coroner Dr Rebecca Hale").
 */
function roleBeforeName(tokens: readonly Token[], run: Run): number | undefined {
  const k = roleWordBeforeName(tokens, run);
  const role = tokens[k];
  return role?.pos === "NOUN" && role.text === role.lower ? k : undefined;
}

/**
 * The token of the agent noun that ends the title written before a person's name, in any case
 * ("defence solicitor Tom Gill", "District Collector Dr. S. Lakshmi Priya"), or -1.
 */
function roleWordBeforeName(tokens: readonly Token[], run: Run): number {
  let k = run.first - 1;
  while (k >= run.extentFirst && k >= 0 && (isTitleWord(tokens[k]!.lower) || HONORIFICS.has(tokens[k]!.lower))) k--;
  const role = tokens[k];
  return role?.kind === "word" && role.sentence === tokens[run.first]!.sentence && AGENT_NOUN.test(role.lower) ? k : -1;
}

/**
 * The acronyms and capitalised agent nouns that end a title written before a name ("MCA" of
 * "Makongeni MCA Daniel Kiprotich", "Collector" of "District Collector Dr. S. Lakshmi Priya"; not
 * "DNC" of "DNC Chairwoman Debbie Wasserman Schultz"), follow a name as a
 * post-nominal ("MS" of "Iolo Vaughan MS") or stand in apposition to a name ("Daniel Kiprotich,
 * the MCA for Makongeni,"), as written.
 */
/** What may follow a role in apposition: its portfolio or place ("the MCA for Makongeni"), or the apposition's end. */
const APPOSITION_ENDS = new Set(["for", "of", "in", ",", "."]);

function acronymTitles(tokens: readonly Token[], names: readonly Run[], roles: ReadonlySet<string>): Set<string> {
  const titles = new Set<string>();
  for (const run of names) {
    const last = tokens[run.first - 1];
    if (run.titleFirst < run.first && last && (ACRONYM.test(last.text) || roles.has(last.text))) titles.add(last.text);
    // "District Collector Dr. S. Lakshmi Priya ... the Collector said": a capitalised role, as written.
    const role = run.titleFirst < run.first ? tokens[roleWordBeforeName(tokens, run)] : undefined;
    if (role && role.text !== role.lower) titles.add(role.text);
    for (let k = run.end; k < run.extentEnd; k++) if (POST_NOMINALS.has(tokens[k]!.text)) titles.add(tokens[k]!.text);
    const k = run.extentEnd;
    const acronym = tokens[k + 2];
    if (tokens[k]?.text === "," && ARTICLES.has(tokens[k + 1]?.lower ?? "") && acronym && ACRONYM.test(acronym.text) && APPOSITION_ENDS.has(tokens[k + 3]?.lower ?? "")) {
      titles.add(acronym.text);
    }
  }
  return titles;
}

/**
 * The run whose `first` (or `end`) token is `k`, the last such if several: runs come in order, so
 * both are sorted (two runs share an end only where one took in the next sentence's first word).
 */
function runAt(runs: readonly Run[], side: "first" | "end" | "titleFirst", k: number): Run | undefined {
  const lo = partitionPoint(0, runs.length, (i) => runs[i]![side] <= k);
  return runs[lo - 1]?.[side] === k ? runs[lo - 1] : undefined;
}

/** The run whose title written into the name holds token `k` ("Army" of "Army Lt. Gen. Mick Bednarek"), if any. */
function titleRunOver(runs: readonly Run[], k: number): Run | undefined {
  const run = runs[partitionPoint(0, runs.length, (i) => runs[i]!.first <= k)];
  return run && run.titleFirst <= k ? run : undefined;
}

const compareStarts = (a: Mention, b: Mention): number => a.start - b.start;

/** Three lists sorted by start, merged; at equal starts the earlier list's mention comes first. */
function mergeByStart(a: readonly Mention[], b: readonly Mention[], c: readonly Mention[]): Mention[] {
  const merged: Mention[] = [];
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length || j < b.length || k < c.length) {
    const x = a[i]?.start ?? Infinity;
    const y = b[j]?.start ?? Infinity;
    const z = c[k]?.start ?? Infinity;
    if (x <= y && x <= z) merged.push(a[i++]!);
    else if (y <= z) merged.push(b[j++]!);
    else merged.push(c[k++]!);
  }
  return merged;
}

/**
 * "Tennis great Billie Sutton", "Former champion Tom Birch": a capitalised word of a name's title
 * is no name of its own. Drops, in place, the name mentions that lie inside the title of the name
 * after them; returns the list.
 */
function dropTitleWords(names: Mention[]): Mention[] {
  let kept = 0;
  for (let k = 0; k < names.length; k++) {
    const m = names[k]!;
    const next = names[k + 1];
    if (next && next.title && m.category !== "person" && next.extentFirstToken <= m.firstToken && m.endToken <= next.firstToken) continue;
    names[kept++] = m;
  }
  names.length = kept;
  return names;
}

/**
 * "Hana Kovac of BrightPath", "Sen. Ted Cruz of Texas", "Aris Tanian of the Armenian Patriarchate
 * of Corvale": the organisation or place after a person's "of" belongs to the person's phrase, and
 * is no mention of its own there (a rule looking for the phrase before "said" or "who" finds the
 * person).
 */
function absorbAffiliations(doc: Doc, names: Mention[]): void {
  const { tokens } = doc;
  for (let k = 0; k + 1 < names.length; k++) {
    const m = names[k]!;
    if (m.category !== "person" || tokens[m.extentEndToken]?.lower !== "of") continue;
    // "Aris Tanian of the Armenian Patriarchate of Corvale": a person takes no "the", and an
    // affiliation may have its own "of" place.
    for (let next = names[k + 1]; next && tokens[m.extentEndToken]?.lower === "of"; next = names[k + 1]) {
      const the = tokens[m.extentEndToken + 1]?.lower === "the";
      // Any name there but a person's (one with a first name or a title): "Joel Pollak of Breitbart California".
      if (next.firstToken !== m.extentEndToken + (the ? 2 : 1) || (!the && next.category === "person" && (next.gender || next.title))) break;
      m.extentEndToken = next.extentEndToken;
      m.extentEnd = next.extentEnd;
      names.splice(k + 1, 1);
    }
  }
}

/** "Rep. Gwen Moore (D-Wis.)": a short parenthesis after a name belongs to its phrase. */
function extendOverParenthesis(doc: Doc, m: Mention): void {
  const { tokens } = doc;
  if (tokens[m.extentEndToken]?.text !== "(") return;
  for (let k = m.extentEndToken + 1; k < Math.min(tokens.length, m.extentEndToken + 8); k++) {
    if (tokens[k]!.text !== ")") continue;
    m.extentEndToken = k + 1;
    m.extentEnd = tokens[k]!.end;
    return;
  }
}

/** "Holtz-Eakin": a hyphen with no space on either side, between two name words. */
function isJoiningHyphen(tokens: readonly Token[], facts: TokenFacts, k: number): boolean {
  return isAttachedHyphen(tokens, k) && facts.isNameWord(k + 1, false);
}

/**
 * "Ho Ka-wing", "Leung Chi-ming", "Yang Seung-cheol": a Chinese or Korean given name written as two
 * short syllables joined by a hyphen, the second in lower case, after the family name (a name
 * word of the run before it, so that "Well-known" opening a sentence is no name).
 */
function isSyllableHyphen(tokens: readonly Token[], k: number, runStart: number): boolean {
  if (k - 1 <= runStart || !isAttachedHyphen(tokens, k)) return false;
  const [before, next, after] = [tokens[k - 1]!, tokens[k + 1]!, tokens[k + 2]];
  if (after && after.start === next.end && after.kind === "word") return false;
  return /^\p{Lu}/u.test(before.text) && isGivenNameSyllables(before.text, next.text);
}

/**
 * "CNN/ORC", "New York Times/CBS News": a slash with no space on either side joins two
 * organisations' names into one (a joint poll's issuers), when a word next to it is an acronym
 * or an organisation's; "Obama/Clinton" stays two people.
 */
function isJoiningSlash(tokens: readonly Token[], facts: TokenFacts, k: number): boolean {
  const slash = tokens[k];
  const next = tokens[k + 1];
  if (!slash || !next || slash.text !== "/" || slash.start !== tokens[k - 1]!.end || next.start !== slash.end || !facts.isNameWord(k + 1, false)) return false;
  const organisational = (j: number) => ACRONYM.test(tokens[j]!.text) || ORG_NAME_WORDS.has(tokens[j]!.lower) || (facts.nameTag(j) & ORGANISATION) !== 0;
  return organisational(k - 1) || organisational(k + 1);
}

/**
 * "Mile 12 Market", "Gate 5 Road": a number inside a place's name, before the place word that
 * ends it (not a score between two names, "Rovers 2 Ashfield City").
 */
function isPlaceNumber(tokens: readonly Token[], facts: TokenFacts, k: number): boolean {
  const next = tokens[k + 1];
  return tokens[k]!.kind === "number" && /^\d{1,3}$/.test(tokens[k]!.text) && !!next && facts.isNameWord(k + 1, false) &&
    PLACE_NAME_WORDS.has(next.lower) && !facts.isNameWord(k + 2, false);
}

/**
 * "said grain farmer Tomas Ribeiro", "skier Ann Oh": a singular common noun right before a name,
 * with its modifiers, is the name's title whatever the noun (role nouns are found as descriptions).
 */
function nounTitle(doc: Doc, run: Run): Titled | undefined {
  const { tokens, text } = doc;
  const k = run.extentFirst - 1;
  const noun = tokens[k];
  // "Tennis great Billie Sutton": an adjective used as a role noun before a name.
  const role = noun?.pos === "NOUN" || (noun?.pos === "ADJ" && NOMINAL_ADJECTIVES.has(noun.lower));
  if (!noun || !role || noun.kind !== "word" || noun.sentence !== tokens[run.first]!.sentence) return undefined;
  if (!/^\p{Ll}/u.test(noun.text) || isPluralHead(noun.lower)) return undefined;
  // A past form the tagger took for a noun is the cue, not a title ("...," fretted Dana Ortiz): no role noun ends in -ed.
  if (noun.lower.endsWith("ed")) return undefined;
  const first = descriptionStart(tokens, k);
  const titleFirst = DETERMINERS.has(tokens[first]!.lower) ? first + 1 : first;
  if (titleFirst > k) return undefined;
  return { title: text.slice(tokens[titleFirst]!.start, noun.end), extentFirst: first, extentEnd: run.extentEnd };
}

function titleWord(doc: Doc, run: Run): Titled | undefined {
  if (run.titleFirst === run.first && run.extentFirst === run.first) return undefined;
  const { tokens, text } = doc;
  const title = run.titleFirst < run.first ? text.slice(tokens[run.titleFirst]!.start, tokens[run.first - 1]!.end) : undefined;
  return { title, extentFirst: run.extentFirst, extentEnd: run.extentEnd };
}

function makeMention(doc: Doc, facts: TokenFacts, kind: MentionKind, first: number, end: number, category: SpeakerKind, head: number): Mention {
  const { tokens, text } = doc;
  const start = tokens[first]!.start;
  const stop = tokens[end - 1]!.end;
  const m: Mention = {
    id: "",
    kind,
    text: text.slice(start, stop),
    start,
    end: stop,
    firstToken: first,
    endToken: end,
    extentStart: start,
    extentEnd: stop,
    extentFirstToken: first,
    extentEndToken: end,
    category,
    plural: kind === "description" && isPluralHead(tokens[head >= 0 ? head : end - 1]!.lower),
    entity: null,
  };
  if (kind === "name") {
    const word = tokens[first]!.lower;
    const byFirstName = EITHER_GENDER_NAMES.has(word)
      ? undefined
      : (genderOfTag(facts.nameTag(first)) ?? (end - first > 1 ? COMMON_WORD_FIRST_NAMES.get(word) : undefined));
    const gender = byFirstName ?? HONORIFICS.get(tokens[first - 1]?.lower ?? "") ?? POST_HONORIFICS.get(tokens[end]?.lower ?? "");
    if (gender) m.gender = gender;
  }
  if (kind === "description" && m.plural && category === "person") m.category = "group";
  if (kind === "description" && !m.plural) {
    const lower = tokens[head]!.lower;
    // "the foreman", "the chairwoman": the compound says it.
    const gender = GENDERED_HEADS.get(lower) ?? (MAN_NOUN.test(lower) ? (lower.endsWith("woman") ? "female" : "male") : undefined);
    if (gender) m.gender = gender;
  }
  return m;
}


const SAYS = new Set(["said", "says", "told", "added", "asked", "wrote"]);

/**
 * A name the tagger took for a verb: a first name before a name ("said Don Fowler", "Sen. Ted
 * Cruz"), a capitalised word after a name ("Stephen Lynch"), or before "said" ("Lynch said").
 */
function isTaggedFirstName(tokens: readonly Token[], facts: TokenFacts, k: number): boolean {
  if (!facts.isNameShaped(k)) return false;
  if (facts.isNameWord(k + 1, false) && facts.nameTag(k) & FIRST_NAME) return true;
  const t = tokens[k]!;
  if (t.pos !== "VERB" && t.pos !== "AUX") return false;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  return (!!prev && prev.sentence === t.sentence && prev.pos === "PROPN" && facts.isCapitalised(k - 1)) || (!!next && SAYS.has(next.lower));
}

/** A token that can start or continue a name (`isNameWord`), or a first name the tagger took for a verb. */
function isNamePart(tokens: readonly Token[], facts: TokenFacts, k: number, sentenceStart: boolean): boolean {
  return facts.isNameWord(k, sentenceStart) || isTaggedFirstName(tokens, facts, k) || isCommonWordName(tokens, facts, k, sentenceStart);
}

/**
 * A name made of common words, whatever the tagger made of them ("said Will Young", "skier Ann
 * Oh", "Rose Field, a teacher,", "Ms Prior"): inside a sentence, a capitalised word next to a
 * name word or after an honorific; at a
 * sentence's start, a noun, verb or auxiliary before a name word that a comma follows, a noun
 * or auxiliary before a name word that a verb follows ("Will Young said"), or any word before a
 * given name of two joined syllables ("Park Ji-hoon").
 */
function isCommonWordName(tokens: readonly Token[], facts: TokenFacts, k: number, sentenceStart: boolean): boolean {
  if (!facts.isNameShaped(k) || tokens[k]!.text.length < 2) return false;
  const sentence = tokens[k]!.sentence;
  const nameAfter = tokens[k + 1]?.sentence === sentence && facts.isNameWord(k + 1, false);
  // "Ms Prior", "Mr Young": after an honorific a capitalised word is a surname, whatever its tag.
  if (!sentenceStart) return nameAfter || isSetOffAfterRole(tokens, k, k + 1) || (facts.nameTag(k - 1) & FIRST_NAME) !== 0 || HONORIFICS.has(tokens[k - 1]!.lower);
  // Not a function word ("When Trump said", "Even China,"), nor a verb before a verb ("Say Mexico demanded").
  const { pos } = tokens[k]!;
  const after = tokens[k + 2];
  if (!nameAfter || !after) return false;
  // "Park Ji-hoon, 34,": a family name before a given name of two joined syllables.
  if (isSyllableHyphen(tokens, k + 2, k)) return true;
  if (after.text === ",") return pos === "VERB" || pos === "AUX" || pos === "NOUN";
  return (after.pos === "VERB" || after.pos === "AUX") && (pos === "AUX" || pos === "NOUN");
}

/**
 * "Lee's son, Grant, defended", "his lawyer, Ruiz, said": a name set off by commas right after a
 * role noun names that person, whatever the tagger made of its words.
 */
function isSetOffAfterRole(tokens: readonly Token[], first: number, end: number): boolean {
  const role = tokens[first - 2];
  return tokens[first - 1]?.text === "," && tokens[end]?.text === "," && !!role && role.sentence === tokens[first]!.sentence &&
    TITLE_HEADS.has(role.lower) && role.text === role.lower;
}

/**
 * Maximal runs of capitalised name tokens, without a leading title word ("President"). A run
 * starts at a name-shaped word, so only those are visited; one ends inside its sentence, except
 * that a joining hyphen or particle may take in the next sentence's first word.
 */
function nameRuns(doc: Doc, facts: TokenFacts, roles: ReadonlySet<string>): Run[] {
  const { tokens, sentences } = doc;
  const runs: Run[] = [];
  // Where the last run ended, in its sentence: a later start in that sentence must come after it.
  let runSentence = -1;
  let runEnd = 0;
  const partyLabels = partyLabelTokens(tokens);
  // The words written after an honorific ("Ms Tuwai"), read once and only if a run needs them.
  let afterHonorifics: ReadonlySet<string> | undefined;
  for (const i of facts.nameShaped) {
    const s = sentences[tokens[i]!.sentence]!;
    if ((s.index === runSentence && i < runEnd) || partyLabels.has(i)) continue;
    if (!isNamePart(tokens, facts, i, i === s.firstToken || opensQuotation(tokens, i))) continue;
    // "Said Comey, ...": a verb of saying opening the sentence before its speaker is no name's word.
    if (i === s.firstToken && INVERTED_SPEECH_VERBS.has(tokens[i]!.lower)) continue;
    let end = i + 1;
    while (end < s.endToken) {
      if (isNamePart(tokens, facts, end, false)) end++;
      else if (isJoiningHyphen(tokens, facts, end) || isJoiningSlash(tokens, facts, end) || isDomainDot(tokens, end) || isSyllableHyphen(tokens, end, i)) end += 2;
      else if (PARTICLES.has(tokens[end]!.text) && facts.isNameWord(particlesEnd(tokens, end), false)) end = particlesEnd(tokens, end) + 1;
      else if (isPlaceNumber(tokens, facts, end)) end += 2;
      else {
        const close = nicknameClose(tokens, end); // Daniel “Kestrel” Moreau
        if (close < 0) break;
        end = close + 1;
      }
    }
    // "Opposition MP for Hill Vale X": one word and a legislator's letters before the seat are
    // the title of the name after it, not a person named Opposition.
    if (end === i + 2 && LEGISLATOR_LETTERS.has(tokens[i + 1]!.text) && tokens[end]?.lower === "for") {
      runSentence = s.index;
      runEnd = end;
      continue;
    }
    // "Iolo Vaughan MS": letters after the name that are no name word ("MS" reads as the honorific) still end its phrase.
    while (end < s.endToken && POST_NOMINALS.has(tokens[end]!.text)) end++;
    // A title written into the name ("Democratic Sen. Claire McCaskill", "Chief Chuck Jordan")
    // ends at the last title word that still leaves a name after it.
    let first = i;
    for (let k = i; k < end - 1; k++) if (isTitleWord(tokens[k]!.lower) || isTwoWordTitle(tokens, k)) first = k + 1;
    // "Opposition Chief Whip and ...": an office of title words only names no one.
    if (first > i && first === end - 1 && isTitleWord(tokens[first]!.lower)) {
      runSentence = s.index;
      runEnd = end;
      continue;
    }
    // "local MLA Declan Rooney": a legislator's letters before two name words or more are a title.
    for (let k = first; k < end - 2; k++) if (LEGISLATOR_LETTERS.has(tokens[k]!.text)) first = k + 1;
    // "the Punjab Assembly Rana Sohail Akhtar": a body's name written before a person's, as a title.
    for (let k = first; k < end - 2; k++) if (ORG_NAME_WORDS.has(tokens[k]!.lower) && onlyPersonWords(tokens, facts, k + 1, end)) first = k + 1;
    if (first === i && isUnlistedRole(tokens, facts, i, end, () => (afterHonorifics ??= wordsAfterHonorifics(tokens)))) first = i + 1;
    // "Taoiseach Mícheál Ó Dónaill" where the article also writes "the Taoiseach replied": a role, as written.
    if (first === i && end - i > 2 && roles.has(tokens[i]!.text)) first = i + 1;
    // After an honorific the whole run is the name ("Mr Tan Wei Ming": "Tan" is a surname, not a title).
    const afterHonorific = i > s.firstToken && HONORIFICS.has(tokens[i - 1]!.lower);
    if (!afterHonorific) first = innerFirstName(tokens, facts, first, end);
    const office = afterOffice(tokens, i);
    if (office) {
      while (first < end && PORTFOLIO_WORDS.has(tokens[first]!.lower)) first++;
      // "Minister for Foreign Affairs and ...": office words only, no name.
      if (first === end) continue;
    }
    let nameEnd = end;
    while (nameEnd - 1 > first && (POST_NOMINALS.has(tokens[nameEnd - 1]!.text) || POST_HONORIFICS.has(tokens[nameEnd - 1]!.lower))) nameEnd--;
    // "Member for Mobility Wanjiru Kamau": an office right before a run of three words or more,
    // none of them a portfolio word or a known first name, is named by the words before the
    // last two; those are the name.
    // Not after a description's lower-case head ("An official of Tokai Chubu Bus" is a firm's).
    if (office && first === i && nameEnd - first > 2 && !(facts.nameTag(first) & FIRST_NAME) && officeIsTitle(tokens, i)) first = nameEnd - 2;
    let onlyDemonyms = true;
    for (let k = first; k < nameEnd && onlyDemonyms; k++) onlyDemonyms = (facts.nameTag(k) & DEMONYM) !== 0;
    // "al-Mansouri said", "Al-Mansouri said": a particle joined by a hyphen before the run is part of the surname.
    if (first === i && isAttachedHyphen(tokens, i - 1) && PARTICLES.has(tokens[i - 2]?.lower ?? "")) first = i - 2;
    // "Mr ap Iorwerth", "Mr de Klerk": a particle between an honorific and the surname is part of the name.
    const particleAfterHonorific = first === i && PARTICLES.has(tokens[i - 1]?.text ?? "") && HONORIFICS.has(tokens[i - 2]?.lower ?? "");
    if (particleAfterHonorific) first = i - 1;
    const honorific = afterHonorific ? i - 1 : particleAfterHonorific ? i - 2 : Math.min(i, first);
    if (!onlyDemonyms) runs.push({ first, end: nameEnd, titleFirst: Math.min(i, first), extentFirst: honorific, extentEnd: end });
    runSentence = s.index;
    runEnd = end;
  }
  return acronymsBeforeSurnames(tokens, facts, trimLabelRuns(doc, withSurnamesOfCommonWords(doc, facts, runs)));
}

/**
 * "Cabinet Secretary Hassan Abdi Warsame ... CS Warsame told journalists": capitals before the
 * surname of someone the article has named in full are the title they hold, not part of a name.
 */
function acronymsBeforeSurnames(tokens: readonly Token[], facts: TokenFacts, runs: Run[]): Run[] {
  const surnames = new Map<string, number>();
  for (const run of runs) {
    const last = tokens[run.end - 1]!.text;
    // A person's full name: a first name opens it ("NBC News" and "USA TODAY" are no one's).
    if (run.end - run.first >= 2 && facts.nameTag(run.first) & FIRST_NAME && !surnames.has(last)) surnames.set(last, run.first);
  }
  for (const run of runs) {
    const surname = tokens[run.first + 1]?.text ?? "";
    const named = surnames.get(surname);
    // Capitals before a word in lower case: "RAMÓN OCHOA", a transcript's label, is a name in capitals.
    if (run.end - run.first === 2 && named !== undefined && named < run.first && ACRONYM.test(tokens[run.first]!.text) && surname !== surname.toUpperCase()) run.first++;
  }
  return runs;
}

/**
 * "George Will ... Instead, Will called for", "Theresa May ... May said": after a person's full
 * name, the surname alone is a name wherever it is capitalised, whatever the tagger made of it
 * (a modal, a verb); at a sentence's start only before a verb ("Will urged", not "Will he run?").
 */
function withSurnamesOfCommonWords(doc: Doc, facts: TokenFacts, runs: Run[]): Run[] {
  const { tokens, sentences } = doc;
  const firstSeen = new Map<string, number>();
  for (const run of runs) {
    const last = tokens[run.end - 1]!;
    if (run.end - run.first >= 2 && facts.nameTag(run.first) & FIRST_NAME && !firstSeen.has(last.text)) firstSeen.set(last.text, run.end);
  }
  if (!firstSeen.size) return runs;
  const added: Run[] = [];
  let r = 0;
  for (const i of facts.nameShaped) {
    while (r < runs.length && runs[r]!.extentEnd <= i) r++;
    const inRun = r < runs.length && runs[r]!.extentFirst <= i;
    const seen = firstSeen.get(tokens[i]!.text);
    if (inRun || seen === undefined || seen > i || isNamePart(tokens, facts, i, false)) continue;
    const atStart = i === sentences[tokens[i]!.sentence]!.firstToken;
    if (atStart && tokens[i + 1]?.pos !== "VERB") continue;
    const honorific = HONORIFICS.has(tokens[i - 1]?.lower ?? "") ? i - 1 : i;
    added.push({ first: i, end: i + 1, titleFirst: i, extentFirst: honorific, extentEnd: i + 1 });
  }
  if (!added.length) return runs;
  return [...runs, ...added].sort((a, b) => a.first - b.first);
}


/**
 * "Forecaster Ilisapeci Tuwai said": a role no list knows, capitalised as a title, opening a run of
 * three words or more. An agent noun that the name lexicon does not know (no first name, place or
 * demonym: "Spencer", "Manchester", "Egyptian") before capitalised words that are no
 * organisation's or place's, of whom the text shows a person: a first name after the role, the
 * last word after an honorific elsewhere ("Ms Tuwai") or a name particle inside ("Hydrologist Anke
 * ter Welle"), as "Trident Capital Partners" has none.
 */
function isUnlistedRole(
  tokens: readonly Token[], facts: TokenFacts, i: number, end: number, afterHonorifics: () => ReadonlySet<string>,
): boolean {
  if (end - i < 3 || facts.nameTag(i) !== 0 || !AGENT_NOUN.test(tokens[i]!.lower) || !capitalisedPersonWords(tokens, facts, i + 1, end)) return false;
  return (facts.nameTag(i + 1) & FIRST_NAME) !== 0 || afterHonorifics().has(tokens[end - 1]!.text) || hasParticle(tokens, i + 2, end - 1);
}

/**
 * Capitalised words the article writes alone after "the", before a verb ("the Taoiseach replied",
 * "the Collector said"): roles, as a name is not written ("the Dónaill said").
 */
function rolesAfterThe(tokens: readonly Token[], facts: TokenFacts): Set<string> {
  const roles = new Set<string>();
  for (const k of facts.nameShaped) {
    // A word of lower-case letters after its capital, that no name list knows or a party's ("the SVP", "the U.S.", "the Republican" are other things).
    if (tokens[k - 1]?.lower !== "the" || tokens[k]!.pos === "ADJ" || !/^\p{Lu}\p{Ll}+$/u.test(tokens[k]!.text) || facts.nameTag(k) !== 0 || partyIn(tokens[k]!.text)) continue;
    const next = tokens[k + 1];
    if (next && next.sentence === tokens[k]!.sentence && (next.pos === "VERB" || next.pos === "AUX") && !facts.isCapitalised(k + 1)) roles.add(tokens[k]!.text);
  }
  return roles;
}

/** Whether a name particle lies in tokens [from, end): a person's name ("Hydrologist Anke ter Welle"). */
function hasParticle(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < end; k++) if (PARTICLES.has(tokens[k]!.text)) return true;
  return false;
}

/** The words written right after an honorific anywhere in the text ("Tuwai" of "Ms Tuwai"). */
function wordsAfterHonorifics(tokens: readonly Token[]): Set<string> {
  const words = new Set<string>();
  for (let k = 1; k < tokens.length; k++) if (HONORIFICS.has(tokens[k - 1]!.lower)) words.add(tokens[k]!.text);
  return words;
}

/**
 * Whether the words from `from` to `end` read as a person's name after a body's: capitalised
 * words, none naming an organisation or a place ("News Good Morning America" is no person), three
 * of them or a known first name first ("Post Fact Checker" is no person; "CNN/ORC" no name after CNN).
 */
function onlyPersonWords(tokens: readonly Token[], facts: TokenFacts, from: number, end: number): boolean {
  if (end - from < 3 && !(facts.nameTag(from) & FIRST_NAME)) return false;
  return capitalisedPersonWords(tokens, facts, from, end);
}

/** Whether tokens [from, end) are all capitalised words, none an organisation's or a place's. */
function capitalisedPersonWords(tokens: readonly Token[], facts: TokenFacts, from: number, end: number): boolean {
  for (let k = from; k < end; k++) {
    const t = tokens[k]!;
    // "Anke ter Welle", "Reem al-Mansouri": a particle inside the name, not at its end.
    if ((PARTICLES.has(t.text) || (t.text === "-" && PARTICLES.has(tokens[k - 1]!.text))) && k + 1 < end) continue;
    if (t.kind !== "word" || !/^\p{Lu}/u.test(t.text) || ORG_NAME_WORDS.has(t.lower) || facts.nameTag(k) & (ORGANISATION | PLACE)) return false;
  }
  return true;
}

/**
 * Whether token `k` is the first word of a quotation: capitalised there by its place, as a
 * sentence's first word is (“So Norway should have ...” names `Norway`, not `So Norway`).
 * A straight mark opens when it is written against the word after it.
 */
function opensQuotation(tokens: readonly Token[], k: number): boolean {
  const mark = tokens[k - 1];
  if (!mark) return false;
  return OPENING_MARKS.has(mark.text) || (mark.text === '"' && straightMarkShape(tokens, k - 1) === "opening");
}

/** Words that join a title to its portfolio and a portfolio's parts: "Minister of State for Health and Children". */
const OFFICE_JOINS = new Set(["for", "of", "and", "&"]);

/**
 * Past "for" or "of" and a portfolio's capitalised words after a title ("Minister | for Health |
 * Áine Ní Bhriain"): the token where the name starts, or -1 when no portfolio follows token `k`.
 */
function pastPortfolio(tokens: readonly Token[], k: number): number {
  const join = tokens[k]?.lower;
  if (join !== "for" && join !== "of") return -1;
  let j = k + 1;
  let words = 0;
  for (; tokens[j] && tokens[j]!.sentence === tokens[k]!.sentence; j++) {
    const t = tokens[j]!;
    if (PORTFOLIO_WORDS.has(t.lower) && /^\p{Lu}/u.test(t.text)) words++;
    else if (!OFFICE_JOINS.has(t.lower) || !words) break;
  }
  return words && !OFFICE_JOINS.has(tokens[j - 1]!.lower) ? j : -1;
}

/**
 * "Member for Mobility Wanjiru Kamau", "chair of Acme Holdings Ruth Lee": an office named in
 * words the portfolio list does not know, ended where the name run after "for" or "of" found
 * the person's name; -1 when no run starts there or its words before the name hold a title
 * ("a critic of President Obama" names no office).
 */
function officeBeforeName(tokens: readonly Token[], names: readonly Run[], k: number): number {
  const join = tokens[k]?.lower;
  if (join !== "for" && join !== "of") return -1;
  const run = runAt(names, "titleFirst", k + 1);
  if (!run || run.first === run.titleFirst || run.extentFirst !== run.titleFirst) return -1;
  for (let j = run.titleFirst; j < run.first; j++) if (TITLE_WORDS.has(tokens[j]!.lower)) return -1;
  return run.first;
}

/** Whether the office before a name run at token `i` is written as a title: capitalised ("Member for", "MP for"), not "an official of". */
function officeIsTitle(tokens: readonly Token[], i: number): boolean {
  return /^\p{Lu}/u.test(tokens[officeWordAt(tokens, i)]!.text);
}

/** The word before the joins and portfolio words that precede a name run at token `i`: "[Minister] for Health". */
function officeWordAt(tokens: readonly Token[], i: number): number {
  let j = i - 1;
  while (j > 0 && (OFFICE_JOINS.has(tokens[j]!.lower) || PORTFOLIO_WORDS.has(tokens[j]!.lower))) j--;
  return j;
}

/** Whether a name run starting at token `i` follows a title and its portfolio: "Minister for [Health Áine Ní Bhriain]". */
function afterOffice(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]?.lower ?? "";
  if (!OFFICE_JOINS.has(before) && !PORTFOLIO_WORDS.has(before)) return false;
  const j = officeWordAt(tokens, i);
  // "MP for Nuwara Eliya Palani Sivakumar": a legislator's letters hold a seat as a title does.
  return TITLE_WORDS.has(tokens[j]!.lower) || LEGISLATOR_LETTERS.has(tokens[j]!.text);
}

/**
 * "New York City Public Advocate Trish James": a first name after words that are not one starts
 * the name, and the words before it are a title (two words at least stay a name: "Rand Paul").
 */
function innerFirstName(tokens: readonly Token[], facts: TokenFacts, first: number, end: number): number {
  for (let k = end - 2; k > first; k--) {
    if (!(facts.nameTag(k) & FIRST_NAME) || facts.nameTag(k - 1) & FIRST_NAME) continue;
    if (!facts.isCapitalised(k - 1) || isForeignGivenName(tokens, facts, k - 1)) continue;
    return k;
  }
  return first;
}

/** A word with a letter English lacks that no lexicon knows ("João" of "João Carlos Silva Pereira"): a given name, not a title's. */
function isForeignGivenName(tokens: readonly Token[], facts: TokenFacts, k: number): boolean {
  return facts.nameTag(k) === 0 && /[^\x00-\x7f]/.test(tokens[k]!.text) && /^\p{L}+$/u.test(tokens[k]!.text);
}

/**
 * A run in a label (a headline, a line in capitals, a kicker: see labels.ts) is kept only as far
 * as the running text names it too, as a whole name or a name's first or last word ("Obama Says
 * Museum Will Heal Nation" keeps "Obama"); a run the running text never names is dropped.
 */
function trimLabelRuns(doc: Doc, runs: Run[]): Run[] {
  const labels = labelSentences(doc);
  const { tokens } = doc;
  // A byline's name is the writer's, whom a column's "I" is: kept ("By Marcus Hale").
  const inLabel = (run: Run) => !startsByline(doc, run.extentFirst) && (labels.has(tokens[run.first]!.sentence) || kickerEnd(tokens, run.titleFirst, paragraphStartOf(doc, run.titleFirst)) > run.first);
  if (!labels.size && !runs.some(inLabel)) return runs;
  const named = new Set<string>();
  for (const run of runs) {
    if (inLabel(run)) continue;
    named.add(wordsOf(tokens, run.first, run.end));
    named.add(tokens[run.first]!.lower);
    named.add(tokens[run.end - 1]!.lower);
  }
  const kept: Run[] = [];
  for (const run of runs) {
    if (!inLabel(run)) {
      kept.push(run);
      continue;
    }
    for (let end = run.end; end > run.first; end--) {
      if (!named.has(wordsOf(tokens, run.first, end))) continue;
      kept.push({ ...run, end });
      break;
    }
  }
  return kept;
}

function wordsOf(tokens: readonly Token[], first: number, end: number): string {
  let words = tokens[first]!.lower;
  for (let k = first + 1; k < end; k++) words += " " + tokens[k]!.lower;
  return words;
}

function paragraphStartOf(doc: Doc, k: number): number {
  return doc.paragraphs[doc.sentences[doc.tokens[k]!.sentence]!.paragraph]!.start;
}

/**
 * The lexicon tag of a run's words in lower case, one space apart ("united states"). The phrase
 * is built and looked up only if the lexicon lists a phrase starting with the run's first word.
 */
function runTag(tokens: readonly Token[], facts: TokenFacts, first: number, end: number): number {
  if (end - first === 1) return facts.nameTag(first);
  if (!(facts.nameTag(first) & PHRASE_START)) return 0;
  let words = tokens[first]!.lower;
  for (let k = first + 1; k < end; k++) words += " " + tokens[k]!.lower;
  return nameTagOf(words);
}

/**
 * What a name run names, from its words (an organisation or place word, the lexicon's places,
 * organisations and first names, an acronym), the words before it (an honorific or a title:
 * a person; "in" or "near": a place) and after it (", Ont.": a place).
 */
function nameCategory(tokens: readonly Token[], facts: TokenFacts, run: Run): SpeakerKind {
  const { first, end } = run;
  // "AP" is the agency; "ap" in "Gareth ap Rhys" a particle.
  for (let k = first; k < end; k++) if (ORG_NAME_WORDS.has(tokens[k]!.lower) && !PARTICLES.has(tokens[k]!.text)) return "organisation";
  const single = end - first === 1;
  const tag = runTag(tokens, facts, first, end);
  if (tag & ORGANISATION) return "organisation";
  if (tag & PLACE) return "place";
  if (single && isRegionAbbreviation(tokens, first)) return "place";
  const firstName = (facts.nameTag(first) & FIRST_NAME) !== 0;
  if (single && ACRONYM.test(tokens[first]!.text) && !firstName) return "organisation";
  const before = tokens[first - 1]?.lower ?? "";
  if (firstName || HONORIFICS.has(before)) return "person";
  if (NAME_TITLES.has(before) || isSetOffAfterRole(tokens, first, end)) return "person";
  for (let k = first; k < end; k++) if (PLACE_NAME_WORDS.has(tokens[k]!.lower)) return "place";
  let places = 0;
  let orgs = 0;
  for (let k = first; k < end; k++) {
    const t = facts.nameTag(k);
    if (t & PLACE) places++;
    else if (t & ORGANISATION) orgs++;
  }
  if (places + orgs === end - first) return orgs ? "organisation" : "place";
  // "Kenora, Ont.", "in Kenora": a place by its context.
  if (tokens[end]?.text === "," && isRegionAbbreviation(tokens, end + 1)) return "place";
  if (single && PLACE_PREPOSITIONS.has(before) && !POSSESSIVE_MARKS.has(tokens[end]?.lower ?? "")) return "place";
  return single ? "unknown" : "person";
}

/** Prepositions that put a lone capitalised word in a place ("lives in Kenora", "near Halifax"). */
const PLACE_PREPOSITIONS = new Set(["in", "near"]);
const POSSESSIVE_MARKS = new Set(["'s", "\u2019s", "'"]);

/** "Ont" of "Kenora, Ont.", "N.S." of "Halifax, N.S.": a state or province abbreviation after a place or in brackets. */
function isRegionAbbreviation(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || !REGION_ABBREVIATIONS.has(t.lower.replace(/\.$/, ""))) return false;
  const before = tokens[k - 1]?.text ?? "";
  const periodAfter = t.text.endsWith(".") || tokens[k + 1]?.text === ".";
  return periodAfter && (before === "," || before === "(" || before === "-");
}

function descriptionCategory(head: Token): SpeakerKind {
  if (DOCUMENT_HEADS.has(head.lower)) return "document";
  if (ORG_HEADS.has(head.lower)) return "organisation";
  if (GROUP_HEADS.has(head.lower)) return "group";
  return "person";
}

function pronounCategory(lower: string): SpeakerKind {
  if (lower === "it") return "organisation";
  if (lower === "they" || lower === "we") return "group";
  return "person";
}

/** Whether token `k` closes a quotation: a closing mark, or a comma right before one (`,"` as wink splits it) or after one. */
function closesQuotation(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]?.text ?? "";
  return CLOSING_OR_STRAIGHT.has(t) || (t === "," && CLOSING_OR_STRAIGHT.has(tokens[k - 1]?.text ?? ""));
}

/** Walks back over modifiers to the determiner (kept) or the first modifier. */
function descriptionStart(tokens: readonly Token[], head: number): number {
  let k = head;
  while (k > 0) {
    const prev = tokens[k - 1]!;
    if (prev.sentence !== tokens[head]!.sentence) break;
    if (DETERMINERS.has(prev.lower) && (prev.pos === "DET" || prev.pos === "PRON" || prev.pos === "NUM" || prev.pos === "ADJ")) {
      return k - 1;
    }
    // A hyphen inside a compound ("vice-president"), not a dash set off by a space ("..." -Commissioner X).
    const hyphen = prev.text === "-" && k >= 2 && tokens[k - 2]!.end === prev.start && prev.end === tokens[k]!.start;
    const possessive = isPossessiveS(prev);
    if (hyphen || possessive) {
      k -= 2;
      continue;
    }
    // "soft-spoken owner": the word after a joining hyphen modifies a common noun, whatever its tag.
    const beforePrev = tokens[k - 2];
    if (prev.kind === "word" && beforePrev?.text === "-" && beforePrev.end === prev.start && /^\p{Ll}/u.test(tokens[head]!.text)) {
      k--;
      continue;
    }
    // "Lund's most loyal supporters": an adverb of degree before an adjective that modifies the head.
    if (prev.pos === "ADV" && prev.kind === "word" && prev.text === prev.lower && k < head && tokens[k]!.pos === "ADJ") {
      k--;
      continue;
    }
    // "the study's lead author": the word right after a possessive modifies the head, whatever its tag.
    const owner = tokens[k - 3];
    const afterPossessive = isPossessiveS(beforePrev) && (owner?.pos === "NOUN" || owner?.pos === "PROPN");
    if ((!MODIFIER_TAGS.has(prev.pos) && !afterPossessive) || prev.kind !== "word") break;
    // `"...," fumed owner Nasser Obeid`: a past form right after a quotation's comma is the cue, no modifier.
    if (prev.lower.endsWith("ed") && closesQuotation(tokens, k - 2)) break;
    k--;
  }
  return k;
}
