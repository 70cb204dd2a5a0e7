/** When a document's subject is not its author: polls, "according to", a trailing attribution. */

import type { Token } from "../../document/types";
import { POSSESSIVE_DETERMINERS } from "../words";
import type { Mention } from "../types";

/** Documents that measure others rather than speak for their subject: "Clinton leads in the poll". */
export const MEASURED = new Set(["poll", "polls", "survey", "study"]);

/** Whether a mention is the object of "according to": the source of what the sentence reports. */
export function followsAccordingTo(m: Mention, tokens: readonly Token[]): boolean {
  return tokens[m.firstToken - 1]?.lower === "to" && tokens[m.firstToken - 2]?.lower === "according";
}

/** "..., a police report indicates.": a document that is the subject of an attribution after a comma speaks for what came before, not for the sentence's subject. */
export function isTrailingAttribution(m: Mention, tokens: readonly Token[]): boolean {
  return tokens[m.extentFirstToken - 1]?.text === "," && tokens[m.extentEndToken]?.pos === "VERB";
}

/**
 * "its hefty American Community Survey": a document a pronoun owns, written with a name of its own
 * (its head and the word before capitalised), is that named document, not the pronoun's referent
 * (a pronoun resolved to the wrong body would carry the document with it). Not "a CNN/ORC Poll"
 * nor "X's Business Report", whose capitals name their issuer. The name's words, or undefined.
 */
export function documentOwnName(m: Mention, tokens: readonly Token[]): string | undefined {
  const capitalised = (t: Token | undefined) => t !== undefined && t.kind === "word" && /^\p{Lu}/u.test(t.text);
  const head = m.endToken - 1;
  if (m.category !== "document" || !POSSESSIVE_DETERMINERS.has(tokens[m.firstToken]?.lower ?? "") || !capitalised(tokens[head]) || !capitalised(tokens[head - 1]) || head - 1 <= m.firstToken) return undefined;
  let first = head - 1;
  while (first - 1 > m.firstToken && capitalised(tokens[first - 1])) first--;
  return tokens.slice(first, head + 1).map((t) => t.text).join(" ");
}
