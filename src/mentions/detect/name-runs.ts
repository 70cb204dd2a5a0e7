/** Capitalised name runs, each with the title and honorific written into it. */

import { nicknameClose } from "../../document/nickname";
import { isAttachedHyphen } from "../../document/pos";
import type { Doc, Token } from "../../document/types";
import { institutionOfEnd } from "../institution-names";
import { DEMONYM, FIRST_NAME } from "../lexicon";
import { isDomainDot, partyLabelTokens } from "../name-marks";
import { TokenFacts } from "../token-facts";
import { HONORIFICS, INVERTED_SPEECH_VERBS, LEGISLATOR_LETTERS, ORG_NAME_WORDS, PARTICLES, PATRONYMIC_ENDINGS, PORTFOLIO_WORDS, POST_HONORIFICS, POST_NOMINALS, QUESTION_AUXILIARIES } from "../words";
import { trimLabelRuns } from "./label-runs";
import { postHonorifics } from "./post-honorifics";
import { conjoinedBodyEnd, institutionAndEnd, isHonorificSuffix, isJoiningHyphen, isJoiningSlash, isPlaceNumber, isSyllableHyphen, particlesEnd } from "./name-joins";
import { isNamePart, opensQuotation } from "./name-words";
import { afterOffice, officeIsTitle, seatAfterOffice } from "./office";
import type { Run } from "./runs";
import { acronymsBeforeSurnames, withSurnamesOfCommonWords } from "./surname-runs";
import { isTitleWord, isTwoWordTitle } from "./title-words";
import { titlesOfArticle } from "./titles-of-respect";
import { capitalisedPersonWords, isUnlistedRole, onlyPersonWords, wordsAfterHonorifics } from "./unlisted-role";

/** An ordinal written before a rank: "1st" of "1st Lt.", "2nd" of "2nd Lt.". */
const RANK_ORDINAL = /^\d+(?:st|nd|rd|th)$/;

/**
 * Maximal runs of capitalised name tokens, without a leading title word ("President"). A run
 * starts at a name-shaped word, so only those are visited; one ends inside its sentence, except
 * that a joining hyphen or particle may take in the next sentence's first word.
 */
export function nameRuns(doc: Doc, facts: TokenFacts, roles: ReadonlySet<string>): Run[] {
  const { tokens, sentences } = doc;
  const runs: Run[] = [];
  // Where the last run ended, in its sentence: a later start in that sentence must come after it.
  let runSentence = -1;
  let runEnd = 0;
  const partyLabels = partyLabelTokens(tokens);
  // The words written after an honorific ("Ms Tuwai"), read once and only if a run needs them.
  let afterHonorifics: ReadonlySet<string> | undefined;
  // Honorifics written in lower case after a given name ("Dilnoza opa"), read once and only if a one-word run needs them.
  let lowerHonorifics: ReadonlySet<string> | undefined;
  // Titles of respect the article shows to be titles ("Tayta Julián Quispe Mamani" ... "Tayta Julián").
  const articleTitles = titlesOfArticle(tokens, facts);
  for (const i of facts.nameShaped) {
    const s = sentences[tokens[i]!.sentence]!;
    if ((s.index === runSentence && i < runEnd) || partyLabels.has(i)) continue;
    if (!isNamePart(tokens, facts, i, i === s.firstToken || opensQuotation(tokens, i))) continue;
    // "Said Comey, ...": a verb of saying opening the sentence before its speaker is no name's word.
    // "Does Reyes, like Lee, oppose the tax?": nor is an auxiliary opening a question.
    if (i === s.firstToken && (INVERTED_SPEECH_VERBS.has(tokens[i]!.lower) || QUESTION_AUXILIARIES.has(tokens[i]!.lower))) continue;
    let end = i + 1;
    let nickname: Run["nickname"];
    let institution = false;
    while (end < s.endToken) {
      // "the Department of Health and Human Services" (after an institution's "of"), "the Food and
      // Drug Administration" (one word, "and", a body's name): -1 unless "and" joins there.
      const joined = institution ? institutionAndEnd(tokens, facts, end) : end === i + 1 ? conjoinedBodyEnd(tokens, facts, end) : -1;
      if (isNamePart(tokens, facts, end, false)) end++;
      else if (isJoiningHyphen(tokens, facts, end) || isJoiningSlash(tokens, facts, end) || isDomainDot(tokens, end) || isSyllableHyphen(tokens, end, i)) end += 2;
      else if (PARTICLES.has(tokens[end]!.text) && facts.isNameWord(particlesEnd(tokens, end), false)) end = particlesEnd(tokens, end) + 1;
      else if (isPlaceNumber(tokens, facts, end)) end += 2;
      // "Air Force 1st Lt. Tom Baxter": an ordinal before a rank goes on with the title written into the name.
      else if (RANK_ORDINAL.test(tokens[end]!.lower) && isTitleWord(tokens[end + 1]?.lower ?? "")) end++;
      // "Oversight ranking Democrat Tom Baxter": a committee's "ranking" member goes on with the title
      // written into the name, so the committee's word is no person of its own.
      else if (tokens[end]!.lower === "ranking" && isNamePart(tokens, facts, end + 1, false)) end++;
      // "Ministry of Public Works", "Center for American Progress" (-1 is no name part).
      else if (isNamePart(tokens, facts, institutionOfEnd(tokens, end), false)) {
        end = institutionOfEnd(tokens, end);
        institution = true;
      }
      else if (joined > 0) end = joined;
      // "Bakyt Nurlan uulu": a patronymic word ends the name.
      else if (PATRONYMIC_ENDINGS.has(tokens[end]!.text)) {
        end++;
        break;
      }
      else {
        const close = nicknameClose(tokens, end); // Daniel “Kestrel” Moreau
        if (close < 0) break;
        nickname ??= { first: end + 1, end: close };
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
    // "Higa-san said": a lower-case honorific joined to the name ends its phrase, not its name.
    const named = end;
    if (end + 1 < s.endToken && isHonorificSuffix(tokens, facts, end)) end += 2;
    // "Dilnoza opa said": one written apart, learned from the article.
    else if (end === i + 1 && end < s.endToken && (lowerHonorifics ??= postHonorifics(tokens, facts)).has(tokens[end]!.text)) end++;
    // A title written into the name ("Democratic Sen. Claire McCaskill", "Chief Chuck Jordan")
    // ends at the last title word that still leaves a name after it.
    let first = i;
    for (let k = i; k < end - 1; k++) if (isTitleWord(tokens[k]!.lower) || isTwoWordTitle(tokens, k) || isRankingTitle(tokens, i, k)) first = k + 1;
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
    // A title the article taught, before a given name it writes alone after it: that word opens the name ("Lella Mabrouka Ben Salah").
    const givenAfterTitle = first === i && end - i >= 2 ? articleTitles.get(tokens[i]!.text) : undefined;
    if (givenAfterTitle) first = i + 1;
    // "Taoiseach Mícheál Ó Dónaill" where the article also writes "the Taoiseach replied": a role, as written;
    // after its portfolio too ("Education Kalon Dhondup Wangmo" ... "the Kalon told").
    if (first === i) first = pastArticleRole(tokens, facts, roles, i, end);
    // "M. El Ouazzani said": the French "Monsieur" opens the run (see isMonsieur).
    if (first === i && isMonsieur(tokens, facts, i, end)) first = i + 1;
    // After an honorific the whole run is the name ("Mr Tan Wei Ming": "Tan" is a surname, not a title).
    const afterHonorific = i > s.firstToken && HONORIFICS.has(tokens[i - 1]!.lower);
    if (!afterHonorific && !givenAfterTitle?.has(tokens[i + 1]!.text)) first = innerFirstName(tokens, facts, first, end);
    const office = afterOffice(tokens, i);
    if (office && seatAfterOffice(tokens, i)) continue;
    if (office) {
      while (first < end && PORTFOLIO_WORDS.has(tokens[first]!.lower)) first++;
      // "Minister for Foreign Affairs and ...": office words only, no name.
      if (first === end) continue;
    }
    let nameEnd = named;
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
    // "the Rev. Tom Lee", "the Hon. Ama Mensah": the article before a title word is the phrase's.
    const extentFirst = first > i && tokens[honorific - 1]?.lower === "the" ? honorific - 1 : honorific;
    if (!onlyDemonyms) runs.push({ first, end: nameEnd, titleFirst: Math.min(i, first), extentFirst, extentEnd: end, ...(nickname && { nickname }) });
    runSentence = s.index;
    runEnd = end;
  }
  return acronymsBeforeSurnames(tokens, facts, trimLabelRuns(doc, withSurnamesOfCommonWords(doc, facts, runs)));
}

/** "Oversight ranking Democrat": the word after a committee's "ranking", inside the run, ends a title (a party or "Member"). */
function isRankingTitle(tokens: readonly Token[], i: number, k: number): boolean {
  return k > i && tokens[k - 1]!.lower === "ranking";
}

/**
 * "M. El Ouazzani", "M. Benali": "M." opening a name before a word that is no first name is the
 * French honorific, as Francophone countries' English press writes it (an honorific, like "Mme");
 * an initial stands before a given name ("M. Scott Peck") or after one ("John M. Smith").
 */
/**
 * Where the name starts in run [i, end) past the last word the article writes alone as a role
 * ("the Kalon told"), leaving a name after it; inside the run only before two or more person's words
 * ("Illinois Board of Elections" is a body's name, though the article writes "the Board ruled").
 */
function pastArticleRole(tokens: readonly Token[], facts: TokenFacts, roles: ReadonlySet<string>, i: number, end: number): number {
  let first = i;
  for (let k = i; k < end - 1; k++) if (roles.has(tokens[k]!.text) && (k === i || (end - k > 2 && capitalisedPersonWords(tokens, facts, k + 1, end)))) first = k + 1;
  return first;
}

export function isMonsieur(tokens: readonly Token[], facts: TokenFacts, i: number, end: number): boolean {
  return tokens[i]!.text === "M." && end - i >= 2 && !(facts.nameTag(i + 1) & FIRST_NAME);
}

/**
 * "New York City Public Advocate Trish James": a first name after words that are not one starts
 * the name, and the words before it are a title (two words at least stay a name: "Rand Paul").
 */
function innerFirstName(tokens: readonly Token[], facts: TokenFacts, first: number, end: number): number {
  for (let k = end - 2; k > first; k--) {
    if (!(facts.nameTag(k) & FIRST_NAME) || facts.nameTag(k - 1) & FIRST_NAME) continue;
    if (!facts.isCapitalised(k - 1) || isForeignGivenName(tokens, facts, k - 1) || isSyllabicGivenName(tokens, k)) continue;
    return k;
  }
  return first;
}

/**
 * "Wong Mei-ling", "Kim Dae-jung": a given name of two syllables joined by a hyphen, the second in
 * lower case, follows the family name, which is part of the name, not a title before it.
 */
function isSyllabicGivenName(tokens: readonly Token[], k: number): boolean {
  return isAttachedHyphen(tokens, k + 1) && /^\p{Ll}/u.test(tokens[k + 2]?.text ?? "");
}

/** A word with a letter English lacks that no lexicon knows ("João" of "João Carlos Silva Pereira"): a given name, not a title's. */
function isForeignGivenName(tokens: readonly Token[], facts: TokenFacts, k: number): boolean {
  return facts.nameTag(k) === 0 && /[^\x00-\x7f]/.test(tokens[k]!.text) && /^\p{L}+$/u.test(tokens[k]!.text);
}
