import type { Token } from "../document/types";
import { describe, ownerLabel } from "./describe";
import { issuerAfter } from "./issuer-phrase";
import { phraseName } from "./phrase-name";
import { PERSONAL } from "./relative";
import { relativeNounPhrase } from "./relative-phrase";
import type { Entity, Mention } from "./types";
import { THIRD_PERSON_POSSESSIVES } from "./words";

/** Possessive pronouns that open a span named after its owner ("his admirers"). */
/** Quantifiers before "of" and a possessive: "some of his admirers", "many of her donors". */
const PART_OF = new Set(["some", "many", "most", "all", "several", "few", "one", "two", "three", "none", "each", "both", "any"]);

/** What naming a rule's span needs of the article. */
export interface SpanNaming {
  text: string;
  tokens: readonly Token[];
  /** The article's mentions, sorted by start, the span's among them at `at`. */
  mentions: readonly Mention[];
  at: number;
  /** The mention whose extent starts at a token, if any. */
  mentionAt: (token: number) => Mention | undefined;
  entityOf: (m: Mention) => Entity | undefined;
}

/**
 * The name of a speaker span a rule found that no detected mention covers: its issuer's for a
 * document ("data released by X" speaks for X: the name X has as a mention, or its phrase's);
 * its owner's label for a possessive ("his admirers" after Ann Lee: `Lee admirers`, as an owned
 * description is named); else the phrase's own (see phraseName).
 */
export function spanName(span: Mention, naming: SpanNaming): string {
  const { text, tokens } = naming;
  const { firstToken: first, endToken: end } = span;
  const issuer = issuerAfter(tokens, first, end);
  if (issuer) {
    const named = naming.mentionAt(issuer.first) ?? naming.mentionAt(issuer.first + 1);
    const entity = named?.kind === "name" ? naming.entityOf(named) : undefined;
    return entity?.name ?? phraseName(text, tokens, issuer.first, issuer.end);
  }
  const antecedent = relativeAntecedent(tokens, first, end) ?? relativeNounPhrase(tokens, first, end);
  if (antecedent) return spanName({ ...span, firstToken: antecedent.first, endToken: antecedent.end, start: tokens[antecedent.first]!.start, end: tokens[antecedent.end - 1]!.end }, naming);
  const possessive = PART_OF.has(tokens[first]!.lower) && tokens[first + 1]?.lower === "of" ? first + 2 : first;
  if (possessive + 1 < end && THIRD_PERSON_POSSESSIVES.has(tokens[possessive]!.lower)) {
    const owned: Mention = { ...span, text: text.slice(tokens[possessive]!.start, span.end) };
    const owner = describe(owned, naming.mentions, naming.at, naming.entityOf).ownerEntity;
    if (owner) return `${ownerLabel(owner)} ${phraseName(text, tokens, possessive + 1, end)}`;
  }
  return phraseName(text, tokens, first, end);
}

/** How many words the phrase before a relative's comma may have. */
const ANTECEDENT_WORDS = 5;
/** Words that may open that phrase but are left out of it: determiners and quantifiers. */
const LEFT_OUT = new Set(["a", "an", "the", "some", "many", "most", "all", "several", "few", "both", "these", "those"]);

/**
 * The plural noun phrase a "who" or "whom" set off by a comma stands for, when no mention gave
 * its referent: "Former Lund aides, who" and "five delegates, two of whom" are the aides and the
 * delegates, not "who"; tokens `[first, end)` of the phrase, or `undefined`.
 */
function relativeAntecedent(tokens: readonly Token[], first: number, end: number): { first: number; end: number } | undefined {
  if (first !== end - 1 && !(first === end - 3 && PART_OF.has(tokens[first]!.lower) && tokens[first + 1]?.lower === "of")) return undefined;
  // Relatives of people only: "which" too often stands for a phrase larger than the noun before it ("PACs backing candidates, which").
  if (!PERSONAL.has(tokens[end - 1]!.lower)) return undefined;
  // "two of whom" whose span is the pronoun alone.
  const opening = tokens[first - 1]?.lower === "of" && PART_OF.has(tokens[first - 2]?.lower ?? "") ? first - 2 : first;
  if (tokens[opening - 1]?.text !== ",") return undefined;
  const last = opening - 2;
  const head = tokens[last];
  if (!head || head.kind !== "word" || (head.pos !== "NOUN" && head.pos !== "PROPN") || !/[^s']s$/.test(head.lower)) return undefined;
  let start = last;
  while (start > last - ANTECEDENT_WORDS + 1 && start > 0) {
    const t = tokens[start - 1]!;
    if (t.sentence !== head.sentence || t.kind !== "word" || t.pos === "VERB" || t.pos === "AUX" || t.pos === "ADP" || t.pos === "PRON" || t.pos === "SCONJ" || t.pos === "CCONJ") break;
    start--;
  }
  while (start < last && (LEFT_OUT.has(tokens[start]!.lower) || tokens[start]!.pos === "NUM")) start++;
  return { first: start, end: last + 1 };
}
