import type { Mention, RuleContext } from "../../rules-api";

/** Possessive pronouns that can own a statement: "his statement that ...". */
const POSSESSIVE_PRONOUNS = new Set(["his", "her", "their", "its", "our", "my"]);
const POSSESSIVE_ENDINGS = new Set(["'s", "\u2019s", "'", "\u2019"]);

/**
 * The owner of a noun of saying that introduced reported speech ("Carrier's message: ...",
 * "his statement that ..."): a name with 's, or a description the possessive pronoun opens
 * (named after the owner it refers to). Such nouns are no lexicon cues, so no verb's subject
 * names the speaker. Null when the owner is no mention (a lone "her reply").
 */
export function ownerOfCueNoun(ctx: RuleContext, noun: number): Mention | null {
  const before = ctx.tokens[noun - 1];
  if (!before) return null;
  if (POSSESSIVE_PRONOUNS.has(before.lower)) return ctx.mentionStartingAt(noun - 1);
  return POSSESSIVE_ENDINGS.has(before.lower) ? ctx.mentionEndingAt(noun - 1) : null;
}
