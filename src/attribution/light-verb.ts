import type { Token } from "../document/types";
import type { CueMatch } from "../lexicon/match";

/**
 * Verbs whose object, a noun of saying, is their subject's own words: "Lee made charges that",
 * "Lee repeated the claim that", "Lee voiced concern that" (not "faced charges", "denied claims").
 */
const LIGHT_VERBS = new Set([
  "make", "makes", "made", "making", "issue", "issues", "issued", "issuing", "repeat", "repeats", "repeated", "repeating",
  "voice", "voices", "voiced", "voicing", "level", "levels", "leveled", "levelled", "leveling", "levelling",
  "offer", "offers", "offered", "offering", "lodge", "lodges", "lodged", "lodging", "renew", "renews", "renewed", "renewing",
  "reiterate", "reiterates", "reiterated", "reiterating",
]);

/** Words between the verb and its noun of saying: "made [similarly harsh] charges", "repeated [the same] claim". */
const NOUN_MODIFIERS = new Set(["DET", "ADJ", "ADV", "NUM"]);
/** How many such words may stand between them. */
const MAX_MODIFIERS = 4;

/**
 * "Lee made similarly harsh charges that ...": for a cue that is a noun, the token of the verb
 * whose object the noun's phrase is, when that verb makes the words its subject's; or -1.
 */
export function lightVerbBefore(tokens: readonly Token[], cue: CueMatch): number {
  if (tokens[cue.firstToken]?.pos !== "NOUN") return -1;
  let k = cue.firstToken - 1;
  while (k >= 0 && cue.firstToken - k <= MAX_MODIFIERS && NOUN_MODIFIERS.has(tokens[k]!.pos) && !LIGHT_VERBS.has(tokens[k]!.lower)) k--;
  const verb = tokens[k];
  return verb && verb.sentence === tokens[cue.firstToken]!.sentence && LIGHT_VERBS.has(verb.lower) ? k : -1;
}
