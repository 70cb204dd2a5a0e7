import type { Token } from "../document/types";
import type { Mention } from "./types";

/**
 * The text's own generic addressee: "you" in the writer's own voice ("if you don't like it"),
 * and a generic "one" ("one might think", "one has to feel") stand for any reader, not a person
 * the article names.
 */

/** The second person, as a one-word speaker mention (also read by transcript.ts). */
export const SECOND_PERSON: ReadonlySet<string> = new Set(["you", "your", "yourself", "yours"]);
/** What follows a generic "one": a modal, or "has to" / "needs to". */
const GENERIC_ONE_NEXT = new Set(["might", "may", "could", "would", "should", "must", "can", "cannot", "ca", "has", "needs", "wonders"]);

/**
 * Whether speaker mention `m`, outside any quotation in marks, is the generic reader: a lone
 * "you", or "one" followed by a modal ("one might think"). Inside someone's quotation "you" is
 * whom that speaker addresses: the caller asks only for mentions outside quotations.
 */
export function isGenericReader(m: Mention, tokens: readonly Token[]): boolean {
  if (m.endToken !== m.firstToken + 1) return false;
  const word = tokens[m.firstToken]?.lower;
  if (word === undefined) return false;
  if (SECOND_PERSON.has(word)) return true;
  return word === "one" && GENERIC_ONE_NEXT.has(tokens[m.endToken]?.lower ?? "");
}

const FIRST_PERSON_PLURAL = new Set(["we", "us", "our"]);
const FIRST_PERSON = new Set(["i", "me", "my", "we", "us", "our"]);
/** In this many paragraphs or more, first person outside quotations is the writer's own voice (a column, an editorial). */
const WRITER_VOICE_PARAGRAPHS = 3;

/**
 * Whether the article speaks in its writer's own voice: a first-person pronoun outside quotations
 * in several paragraphs ("In our last column we mocked...").
 */
export function hasWriterVoice(tokens: readonly Token[], paragraphOf: (t: Token) => number, quoted: (start: number, end: number) => boolean): boolean {
  const paragraphs = new Set<number>();
  for (const t of tokens) {
    if (FIRST_PERSON.has(t.lower) && !quoted(t.start, t.end)) paragraphs.add(paragraphOf(t));
    if (paragraphs.size >= WRITER_VOICE_PARAGRAPHS) return true;
  }
  return false;
}

/** Whether speaker mention `m` (outside quotations) is a lone "we" or "us": in the writer's voice, the author. */
export function isWritersWe(m: Mention, tokens: readonly Token[]): boolean {
  return m.endToken === m.firstToken + 1 && FIRST_PERSON_PLURAL.has(tokens[m.firstToken]?.lower ?? "");
}
