/** Mention detection: names, descriptions and pronouns, with the titles that join them. */

import { isSortedByStart } from "../../document";
import type { Doc, Token } from "../../document/types";
import { mentionIdAt } from "../ids";
import { addKnownMentions } from "../known";
import { retypeDatelinePlaces, retypeShortForms } from "../short-forms";
import { TokenFacts } from "../token-facts";
import type { KnownSpeaker, Mention } from "../types";
import { DETERMINERS, GENDERED_HEADS, PRONOUNS, isOrganisationTitle } from "../words";
import { rolesAfterThe } from "./article-titles";
import { descriptionCategory, isDatelinePlace, nameCategory, pronounCategory } from "./category";
import { isMeasure, withEpithets } from "./description-heads";
import { commaBeforeCredentials, credentialRuns } from "./credentials";
import { descriptionStart } from "./description-start";
import { compareStarts, makeMention, mergeByStart, nicknameInside } from "./make-mention";
import { absorbAffiliations, dropTitleWords, extendOverParenthesis } from "./name-phrases";
import { nameRuns } from "./name-runs";
import { nounTitle, officeHeld, roleRunsBeforeNames, titleWord } from "./name-titles";
import { officeBeforeName, pastPlaceOfOffice, pastPortfolio } from "./office";
import { runAt, runCovering, titleRunOver } from "./runs";
import type { Run, Titled } from "./runs";

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
  const runs = nameRuns(doc, facts, roles);
  const credentials = credentialRuns(tokens, facts, runs);
  const names = credentials.size > 0 ? runs.filter((run) => !credentials.has(run.first)) : runs;
  const titled = new Map<number, Titled>();
  /** Tokens inside a description, which no name may start at. */
  const covered = new Set<number>();
  const descriptions: Mention[] = [];

  for (const head of withEpithets(tokens, facts, names, roles)) {
    if (isMeasure(tokens, head) || insideConjoinedName(tokens, names, head)) continue;
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
    // "The mayor of Brillange, Marie Hoffmann,": the name in apposition after the office's place.
    const ofPlace = office > 0 ? -1 : pastPlaceOfOffice(tokens, names, end);
    const after = office > 0 ? office : ofPlace > 0 ? ofPlace : tokens[end]?.text === "," ? end + 1 : end;
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
    // "Hugh Hill, a doctor, said", "Hugh Hill, MD, a doctor, said"
    const comma = commaBeforeCredentials(tokens, credentials, first - 1);
    const before = tokens[comma]?.text === "," ? runAt(names, "end", comma) : undefined;
    if (before && hasDeterminer && tokens[end]?.text === ",") {
      titled.set(before.first, { title, extentFirst: before.first, extentEnd: end });
      continue;
    }
    descriptions.push(makeMention(doc, facts, "description", first, end, descriptionCategory(tokens[head]!), head));
  }

  roleRunsBeforeNames(doc, facts, names, titled, covered);
  const nameMentions: Mention[] = [];
  const datelinePlaces: Mention[] = [];
  for (const run of names) {
    if (covered.has(run.first)) continue;
    const t = titled.get(run.first) ?? titleWord(doc, run) ?? nounTitle(doc, run);
    const m = makeMention(doc, facts, "name", run.first, run.end, nameCategory(tokens, facts, run), -1);
    // The place of a dateline is no mention: no one is named after it, nor said anything ("WASHINGTON —" ... "Washington, star of ...").
    if (isDatelinePlace(doc, run)) {
      datelinePlaces.push(m);
      continue;
    }
    const nickname = nicknameInside(doc, run);
    if (nickname) m.nickname = nickname;
    const office = officeHeld(doc, run);
    if (office) m.office = office;
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
      if (m.category === "unknown") m.category = isOrganisationTitle(t.title) ? "organisation" : "person";
    }
    extendOverParenthesis(doc, m);
    nameMentions.push(m);
  }

  absorbAffiliations(doc, dropTitleWords(nameMentions));
  retypeShortForms(nameMentions);
  retypeDatelinePlaces(nameMentions, datelinePlaces);

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

/** "the Food and Drug Administration": a body's name joined by "and" holds no description ("Drug Administration"). */
function insideConjoinedName(tokens: readonly Token[], names: readonly Run[], head: number): boolean {
  const run = runCovering(names, head);
  if (!run) return false;
  for (let k = run.first + 1; k < run.end; k++) if (tokens[k]!.lower === "and") return true;
  return false;
}
