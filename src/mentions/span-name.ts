import type { Token } from "../document/types";
import { describe, ownerLabel } from "./describe";
import { issuerAfter } from "./issuer-phrase";
import { phraseName } from "./phrase-name";
import type { Entity, Mention } from "./types";

/** Possessive pronouns that open a span named after its owner ("his admirers"). */
const POSSESSIVE_PRONOUNS = new Set(["his", "her", "their", "its"]);
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
  const possessive = PART_OF.has(tokens[first]!.lower) && tokens[first + 1]?.lower === "of" ? first + 2 : first;
  if (possessive + 1 < end && POSSESSIVE_PRONOUNS.has(tokens[possessive]!.lower)) {
    const owned: Mention = { ...span, text: text.slice(tokens[possessive]!.start, span.end) };
    const owner = describe(owned, naming.mentions, naming.at, naming.entityOf).ownerEntity;
    if (owner) return `${ownerLabel(owner)} ${phraseName(text, tokens, possessive + 1, end)}`;
  }
  return phraseName(text, tokens, first, end);
}
