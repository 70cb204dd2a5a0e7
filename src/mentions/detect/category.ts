/** What kind of speaker a name, description or pronoun mention names: a person, organisation, place, group or document. */

import type { Doc, Token } from "../../document/types";
import type { SpeakerKind } from "../../types";
import { DOCUMENT_HEADS } from "../describe";
import { FIRST_NAME, ORGANISATION, PHRASE_START, PLACE, nameTagOf } from "../lexicon";
import { TokenFacts } from "../token-facts";
import { GROUP_HEADS, HONORIFICS, NAME_TITLES, ORG_HEADS, ORG_NAME_WORDS, PARTICLES, PLACE_NAME_WORDS, REGION_ABBREVIATIONS, TIME_HEADS } from "../words";
import { POSSESSIVE_MARKS } from "./context-words";
import { isSetOffAfterRole } from "./name-words";
import type { Run } from "./runs";
import { ACRONYM } from "./title-words";

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
export function nameCategory(tokens: readonly Token[], facts: TokenFacts, run: Run): SpeakerKind {
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
  // "St Aubin", "St. Brelade", "Ste-Foy": a saint's abbreviation opens a place's or a parish's name, not a person's.
  if (!single && SAINT_ABBREVIATIONS.has(tokens[first]!.lower)) return "place";
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
  // "New Year", "Labor Day": a name of a time is no one's.
  return single || TIME_HEADS.has(tokens[end - 1]!.lower) ? "unknown" : "person";
}

/**
 * Whether the run is the place of the dashed dateline opening its paragraph ("TARAWA —", "VILA
 * REAL —"): a place no list may know, never a person.
 */
export function isDatelinePlace(doc: Doc, run: Run): boolean {
  const first = doc.tokens[run.first]!;
  const sentence = doc.sentences[first.sentence]!;
  if (sentence.firstToken !== run.first) return false;
  const paragraph = doc.paragraphs[sentence.paragraph]!;
  if (first.start !== paragraph.start) return false;
  // (The colon form is also a label's: "HUFFPOLLSTER: ...".)
  const end = paragraph.datelineEnd;
  return doc.tokens[run.end - 1]!.end < end && doc.text[end - 1] !== ":";
}

/** The abbreviations of "Saint" and "Sainte" that open place names. */
const SAINT_ABBREVIATIONS = new Set(["st", "st.", "ste", "ste."]);

/** Prepositions that put a lone capitalised word in a place ("lives in Kenora", "near Halifax"). */
const PLACE_PREPOSITIONS = new Set(["in", "near"]);

/** "Ont" of "Kenora, Ont.", "N.S." of "Halifax, N.S.": a state or province abbreviation after a place or in brackets. */
function isRegionAbbreviation(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || !REGION_ABBREVIATIONS.has(t.lower.replace(/\.$/, ""))) return false;
  const before = tokens[k - 1]?.text ?? "";
  const periodAfter = t.text.endsWith(".") || tokens[k + 1]?.text === ".";
  return periodAfter && (before === "," || before === "(" || before === "-");
}

export function descriptionCategory(head: Token): SpeakerKind {
  if (DOCUMENT_HEADS.has(head.lower)) return "document";
  if (ORG_HEADS.has(head.lower)) return "organisation";
  if (GROUP_HEADS.has(head.lower)) return "group";
  return "person";
}

export function pronounCategory(lower: string): SpeakerKind {
  if (lower === "it") return "organisation";
  if (lower === "they" || lower === "we") return "group";
  return "person";
}
