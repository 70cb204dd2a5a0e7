/** "one of the sources said ... Another said": one member of a group speaks, named in the singular. */

import type { Token } from "../document/types";
import type { ArticleView } from "./plural";
import { isNumber } from "./poll-share";
import { isSubjectRole } from "./salience";
import type { Entity, Mention } from "./types";

/**
 * Irregular plurals of people's nouns. Not "people": "one of the people familiar with the matter"
 * is written up as the group ("people familiar with the matter"), never as "person".
 */
const IRREGULAR: ReadonlyMap<string, string> = new Map([
  ["men", "man"],
  ["women", "woman"],
  ["children", "child"],
]);

/**
 * Whether the mention is the group of "one of the sources", "one of them", "one of those
 * officials": the speaker is one member, not the group.
 */
export function isOneOf(m: Mention, tokens: readonly Token[]): boolean {
  const from = m.extentFirstToken;
  return tokens[from - 1]?.lower === "of" && tokens[from - 2]?.lower === "one" && tokens[from - 2]!.sentence === tokens[from]!.sentence;
}

/** Whether the mention is a lone "Another" standing for one more member of a group a speaker before belonged to. */
export function isLoneAnother(m: Mention, tokens: readonly Token[]): boolean {
  return m.endToken - m.firstToken === 1 && tokens[m.firstToken]!.lower === "another";
}

/**
 * The name of one member of a group whose name ends in a plural noun ("sources" -> "source",
 * "government officials" -> "government official"; "people" is left alone), or undefined
 * when its last word is no plural noun.
 */
export function memberName(e: Entity): string | undefined {
  if (e.kind === "person" || e.kind === "place" || e.name.includes("&")) return undefined;
  const words = e.name.split(/\s+/);
  const last = words[words.length - 1]!;
  const lower = last.toLowerCase();
  let single = IRREGULAR.get(lower);
  if (single === undefined && /^\p{Ll}+$/u.test(last)) {
    if (/[^aeiou]ies$/.test(lower)) single = `${lower.slice(0, -3)}y`;
    else if (/[^su]s$/.test(lower)) single = lower.slice(0, -1);
  }
  return single === undefined ? undefined : [...words.slice(0, -1), single].join(" ");
}

/**
 * "five superdelegates, two of whom have pledged ... Two others have not said": a count of
 * "others" in the sentence after a partitive ("N of whom") is more of the group that partitive
 * spoke of, named as the group is (`superdelegates`).
 */
export function restOfGroup(m: Mention, article: ArticleView): Entity | undefined {
  const { tokens } = article;
  if (m.endToken - m.firstToken !== 2 || tokens[m.firstToken + 1]!.lower !== "others" || !isNumber(tokens[m.firstToken])) return undefined;
  const sentence = tokens[m.firstToken]!.sentence;
  for (let k = m.firstToken - 1; k >= 3 && sentence - tokens[k]!.sentence <= 1; k--) {
    if (tokens[k]!.lower !== "whom" || tokens[k - 1]!.lower !== "of" || !isNumber(tokens[k - 2]) || tokens[k - 3]!.text !== ",") continue;
    // "whom" is the group's mention where the relative is linked to it; else the plural phrase before the comma.
    const group = article.mentions.find((x) => x.firstToken === k) ?? article.mentions.find((x) => x.extentEndToken === k - 3 && x.plural);
    const e = group && article.entityOf(group);
    return e && e.kind !== "person" ? e : undefined;
  }
  return undefined;
}

/** Words that alone stand for part or all of a group just named: "Others", "Neither", "Some". */
// Not "Many" or "Most": "Lee's voters turned out. Many speculated that ..." is anyone.
const LONE_PARTS = new Set(["others", "neither", "both", "some"]);

/**
 * "Many senators backed the plan. Others said it would fail.": a lone word for part of a group
 * opening its sentence is the group of people the sentence before had as its subject (a plural
 * description outside quotation marks, not a name), named as that group is (`senators`).
 */
export function partOfGroupBefore(m: Mention, article: ArticleView): Entity | undefined {
  const { tokens, mentions } = article;
  const first = tokens[m.firstToken]!;
  if (m.endToken - m.firstToken !== 1 || !LONE_PARTS.has(first.lower) || tokens[m.firstToken - 1]?.sentence === first.sentence) return undefined;
  const group = mentions.find((x) =>
    x.firstToken >= 0 && tokens[x.firstToken]!.sentence === first.sentence - 1 && x.kind === "description" && x.plural && !article.quoted(x.start, x.end) && isSubjectRole(x, tokens));
  const e = group && article.entityOf(group);
  return e && e.kind !== "person" && e.kind !== "place" ? e : undefined;
}
