import type { Token } from "../document/types";
import type { Mention } from "./types";

/**
 * A share of a poll that speaks ("Six in 10 say ...", "55 percent said ...", "Almost half of
 * respondents said ...") is the group polled, as the name guidelines write it: the "of X" group
 * when the phrase gives one ("47 percent of Cuban Americans" -> "Cuban Americans"), else the
 * population the article named last ("a poll of 400 registered Latino voters in Florida" ->
 * "Florida Latino voters"), else "respondents".
 */

const NUMBER_WORDS = new Set([
  "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
  "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
]);
/** Words that are a share on their own ("half said", "a majority of voters"). */
const SHARE_WORDS = new Set(["percent", "%", "half", "majority", "majorities", "plurality", "third", "thirds", "quarter", "quarters", "fifth", "fifths"]);
/** Who answered, without saying who they are: the population named before stands for them. */
const UNNAMED_POLLED = new Set(["respondents", "those", "participants", "people"]);
const PEOPLE_NOUNS = new Set([
  "voters", "adults", "respondents", "residents", "democrats", "republicans", "independents", "latinos", "hispanics",
  "women", "men", "supporters", "parents", "students", "workers", "caucusgoers", "delegates", "superdelegates",
  "evangelicals", "millennials", "conservatives", "liberals", "moderates", "whites", "blacks", "citizens", "members",
  "attendees", "employees", "retirees",
]);
/** Qualifiers of how the sample was drawn, not who the people are ("registered", "likely" voters). */
const SAMPLE_WORDS = new Set(["registered", "likely", "eligible", "all", "the", "these", "those", "overall", "polled", "surveyed", "interviewed"]);
/** Characters looked back for the population polled. */
const POPULATION_REACH = 4000;
const POLL_WORDS = new Set(["poll", "survey", "sample"]);

/** Digits ("55", "1,200", "42%") or number words ("six", "twenty-five"). */
export function isNumber(t: Token | undefined): boolean {
  if (!t) return false;
  if (/^\d[\d,.]*%?$/.test(t.text)) return true;
  // Most words have no hyphen: no need to split them (this runs on every word of many subjects).
  return t.lower.includes("-") ? t.lower.split("-").every((w) => NUMBER_WORDS.has(w)) : NUMBER_WORDS.has(t.lower);
}
export const isShareHead = (t: Token | undefined): boolean => !!t && (SHARE_WORDS.has(t.lower) || isNumber(t));
/** A share by itself, not a count: "percent", "half", "18%". */
const isFraction = (t: Token): boolean => SHARE_WORDS.has(t.lower) || /^\d[\d.]*%$/.test(t.text);
const RELATIVE_WORDS = new Set(["who", "that"]);
const isPeopleNoun = (t: Token): boolean =>
  PEOPLE_NOUNS.has(t.lower) || /^[A-Z][a-z]+ans$/.test(t.text);

/** The group a poll share stands for, or null when the mention is no share of a poll. */
export function pollShareGroup(mention: Mention, tokens: readonly Token[]): string | null {
  // "18% who said ...", "another 12 percent who ...": the relative pronoun the mention ends on
  // is the share's own clause, not part of the share.
  const relative = mention.endToken - mention.firstToken > 1 && RELATIVE_WORDS.has(tokens[mention.endToken - 1]?.lower ?? "");
  const m = relative ? { ...mention, endToken: mention.endToken - 1 } : mention;
  const first = tokens[m.firstToken];
  const last = tokens[m.endToken - 1];
  if (!first || !last) return null;
  if (m.endToken - m.firstToken === 1 && LONE_QUANTIFIERS.has(first.lower)) return shareJustBefore(m.firstToken, tokens);
  // "58 percent of [Florida Latino voters]", "Majorities in [many countries]": the mention is the group.
  // Modifiers outside the mention ("of rural [Oregonians]") belong to the group.
  let from = m.firstToken;
  while (from > m.firstToken - 3 && /^(ADJ|NOUN|PROPN)$/.test(tokens[from - 1]?.pos ?? "")) from--;
  const before = tokens[from - 1];
  // A whole phrase "Some 60 percent of Dutch farmers": its group.
  for (let k = m.firstToken + 1; k < m.endToken - 1; k++) {
    const t = tokens[k]!;
    if ((t.lower === "of" || t.lower === "among") && isShareHead(tokens[k - 1]) && UNNAMED_POLLED.has(tokens[k + 1]!.lower)) {
      // "Thirty-one percent of those [surveyed]": a share of the whole sample (not "two of those", members).
      if (isFraction(tokens[k - 1]!)) return populationBefore(m.firstToken, tokens, true);
    } else if ((t.lower === "of" || t.lower === "among") && isShareHead(tokens[k - 1])) {
      // The phrase ends at its group's head, a noun whether or not it names people ("farmers").
      const named = groupName(k + 1, tokens, m.endToken);
      if (named) return named;
    }
  }
  // "one of the people [familiar with the matter]", "two of those": some members of a group named before, no share of a poll.
  const membersOf = !/^\d/.test(tokens[from - 2]?.text ?? "") && isNumber(tokens[from - 2]) && /^(the|those|these)$/.test(first.lower) && UNNAMED_POLLED.has(last.lower);
  if (before && (before.lower === "of" || before.lower === "among") && isShareHead(tokens[from - 2]) && !membersOf) {
    return UNNAMED_POLLED.has(last.lower) ? populationBefore(from - 2, tokens, true) : groupName(from, tokens);
  }
  // "One in [four voters]": the people after the share's number.
  if (isNumber(first) && m.endToken - m.firstToken > 1 && tokens[m.firstToken - 1]?.lower === "in" && isNumber(tokens[m.firstToken - 2])) {
    const named = groupName(m.firstToken, tokens);
    if (named) return named;
  }
  // "[Six in 10]" (the mention is the 10), "[55 percent]", "[half]".
  const oneInN = isNumber(last) && tokens[m.firstToken - 1]?.lower === "in" && isNumber(tokens[m.firstToken - 2]);
  if (!oneInN && !(isShareHead(last) && (isFraction(last) || m.endToken - m.firstToken === 1 && /percent|%/.test(tokens[m.endToken]?.lower ?? "")))) {
    return UNNAMED_POLLED.has(last.lower) && m.endToken - m.firstToken === 1 && last.lower === "respondents"
      ? populationBefore(m.firstToken, tokens, true, true)
      : null;
  }
  const of = tokens[m.endToken];
  if (of?.lower === "of" && tokens[m.endToken + 1] && !UNNAMED_POLLED.has(tokens[m.endToken + 1]!.lower)) {
    const named = groupName(m.endToken + 1, tokens);
    if (named) return named;
  }
  return populationBefore(m.firstToken, tokens);
}

/** Quantifiers that stand alone for part of a group ("most said"). */
const LONE_QUANTIFIERS = new Set(["most"]);

/**
 * "More than nine of 10 Republicans in Georgia were worried; most said ...": a lone quantifier
 * right after a share of a group (in its sentence or the one before) is part of that group; with
 * none there it is no share ("what most would agree").
 */
function shareJustBefore(at: number, tokens: readonly Token[]): string | null {
  const sentence = tokens[at]!.sentence;
  for (let i = at - 1; i > 0 && tokens[i]!.sentence >= sentence - 1; i--) {
    const t = tokens[i]!;
    if ((t.lower === "of" || t.lower === "among") && isShareHead(tokens[i - 1])) return groupName(i + 1, tokens);
  }
  return null;
}

/**
 * The people phrase after "of"/"among" nearest before token `from` ("56 percent of Cuban
 * Americans" before "Thirty percent said"), or after "from" in the share's sentence or the one
 * before ("no high marks from Cuban Americans. One in three said"), else "respondents". Respondents as such ("half of
 * respondents") are the whole sample: the population of the poll described last ("a poll of 400
 * Latino voters"), when `wholePoll` or when the nearest phrase is "of respondents". With
 * `pollOnly` (a bare "Respondents"), only a poll's population: a people phrase of another
 * sentence ("lists of local farmers. Respondents are obliged to ...") is no sample.
 */
function populationBefore(from: number, tokens: readonly Token[], wholePoll = false, pollOnly = false): string {
  const limit = tokens[from]!.start - POPULATION_REACH;
  let nearest: string | null = null;
  for (let i = from - 1; i > 0 && tokens[i]!.start > limit; i--) {
    const t = tokens[i]!;
    // "The party got no high marks from Cuban Americans. One in three said": the people the sentence before names as a source.
    const source = t.lower === "from" && tokens[from]!.sentence - t.sentence <= 1;
    // "More than 6 in 10 [Republicans who attended]": a share written "N in M" names its people after the M.
    const oneIn = t.lower === "in" && isNumber(tokens[i - 1]) && isNumber(tokens[i + 1]);
    if (t.lower !== "of" && t.lower !== "among" && !source && !oneIn) continue;
    if (!wholePoll && !nearest && tokens[i + 1]?.lower === "respondents") wholePoll = true;
    const named = groupName(i + 1, tokens);
    if (!named) continue;
    if (!wholePoll || POLL_WORDS.has(tokens[i - 1]!.lower)) return named;
    nearest ??= named;
  }
  return (pollOnly ? null : nearest) ?? "respondents";
}

/**
 * "Cuban Americans" for the tokens from `from` when they name people ("400 registered Latino
 * voters in Florida" -> "Florida Latino voters"); a noun before token `headBefore` (the end of a
 * share's phrase) heads the group whatever it names.
 */
function groupName(from: number, tokens: readonly Token[], headBefore = -1): string | null {
  const words: Token[] = [];
  let head = -1;
  for (let i = from; i < tokens.length && i < from + 7; i++) {
    const t = tokens[i]!;
    if (t.sentence !== tokens[from]!.sentence) break;
    if (t.text === "-" || isNumber(t) || /^(ADJ|PROPN|NOUN|DET|NUM)$/.test(t.pos) || SAMPLE_WORDS.has(t.lower)) {
      words.push(t);
      if (isPeopleNoun(t) || (i < headBefore && (t.pos === "NOUN" || t.pos === "PROPN"))) head = words.length;
      continue;
    }
    break;
  }
  if (head < 0) return null;
  const kept = words.slice(0, head).filter((t) => !isNumber(t) && !SAMPLE_WORDS.has(t.lower) && t.pos !== "DET");
  // "... voters in Florida" -> "Florida ... voters".
  const after = tokens[from + head];
  const place = after?.lower === "in" && tokens[from + head + 1]?.pos === "PROPN" ? tokens[from + head + 1]!.text + " " : "";
  const name = kept.reduce((s, t, i) => s + (i > 0 && t.start !== kept[i - 1]!.end ? " " : "") + t.text, "");
  return name.toLowerCase() === "respondents" ? null : place + name;
}
