import type { CueMatch, Token } from "../../rules-api";

/**
 * A verb that no lexicon lists, found by where it stands: in `"...," X gushed.`, `"...," crowed
 * X.` and `X blurted out: "..."` the slot can only hold the verb of saying, whatever the verb is.
 * The weight is that of a middling cue: the structure, not the word, makes it speech.
 */
export const SLOT_CUE_WEIGHT = 0.6;

/** Particles that complete a verb of saying: "blurted out", "shot back", "chimed in", "spoke up". */
const PARTICLES = new Set(["out", "back", "in", "up", "on", "off"]);

/** Tags that open the object of a preposition: after them, "on" or "in" is a preposition, not a particle. */
const NOUN_PHRASE_START = new Set(["DET", "PROPN", "NOUN", "NUM", "PRON", "ADJ"]);

/** A verb's inflected form that the tagger may take for a noun or adjective in a short clause ("Reyes echoes", "Lund branded the plan"). */
const INFLECTED = /^\p{Ll}[\p{Ll}-]+(?:ed|[^s']s)$/u;

/**
 * A lexical verb (not an auxiliary, not a participle or gerund: "..., prompting X", "X having").
 * Where the slot can hold only a verb, also a word with a verb's ending that the tagger took for
 * a noun or adjective.
 */
function isFiniteVerb(t: Token | undefined, slotted: boolean): boolean {
  if (!t || t.kind !== "word" || t.lower.endsWith("ing")) return false;
  return t.pos === "VERB" || (slotted && (t.pos === "NOUN" || t.pos === "ADJ") && INFLECTED.test(t.text));
}

/**
 * The verb at token `i`, with a particle after it ("blurted out"), as a cue; null when `i` holds
 * no lexical verb. `slotted`: the structure leaves room for nothing but a verb there.
 */
export function slotCueAt(text: string, tokens: readonly Token[], i: number, slotted = false): CueMatch | null {
  const verb = tokens[i];
  if (!isFiniteVerb(verb, slotted)) return null;
  const next = tokens[i + 1];
  // "crowed on Tuesday", "spoke in Leeds": a preposition with its object, not a particle.
  const particle = !!next && next.sentence === verb!.sentence && PARTICLES.has(next.lower) && !NOUN_PHRASE_START.has(tokens[i + 2]?.pos ?? "");
  const end = particle ? i + 2 : i + 1;
  const last = tokens[end - 1]!;
  return {
    text: text.slice(verb!.start, last.end), start: verb!.start, end: last.end,
    firstToken: i, endToken: end, lemma: verb!.lower, weight: SLOT_CUE_WEIGHT,
  };
}

/** Whether the clause ends at token `i`: punctuation, a new paragraph or the end of the text. */
export function clauseEndsAt(tokens: readonly Token[], i: number, sentence: number): boolean {
  const t = tokens[i];
  return !t || t.sentence !== sentence || t.kind === "punct" || t.kind === "newline";
}

/** Closing marks of a quote nested at the end of another, before the outer closing mark. */
const NESTED_CLOSES = /['\u2019"\u201d]+$/;

/** Marks that set an attribution off from its quote: `"...," X`, `"...?" X`, `"..." — X`. */
const SET_OFF = /[,?!\u2014\u2013-]\s*$/;

/**
 * Whether punctuation sets the words after the quote off as its attribution (`"...," X gushed`),
 * rather than the quote being a term inside the writer's phrase (`or "key" Nato states,`).
 */
export function setOffAfterQuote(text: string, quote: { close?: { start: number; end: number } | null }, first: { start: number }): boolean {
  if (!quote.close) return false;
  // `"He said, 'We will win. How?'" X said`: the mark of a quote nested at the end closes first.
  const inside = text.slice(Math.max(0, quote.close.start - 4), quote.close.start).replace(NESTED_CLOSES, "");
  return SET_OFF.test(inside.slice(-1)) || SET_OFF.test(text.slice(quote.close.end, first.start));
}
