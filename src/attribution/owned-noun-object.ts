import { isPossessiveMark, isVerb } from "../document/pos";
import type { CueMatch } from "../lexicon/match";
import type { RuleContext } from "./types";

/** Prepositions that open a noun of saying's content ("his claim of", "her call for"), not a modifier of it. */
const CONTENT_OPENERS = new Set(["of", "for", "that", "to"]);
/** How many tokens a modifier between the noun and the quote may hold ("about a Latino judge"). */
const MAX_MODIFIER = 6;

/**
 * `Ray on Tuesday called Lee's remarks about a judge "racist"`, `The lawmaker said Lee's remarks
 * "have shamed the province"`: a noun of saying that a name owns, the object of a verb cue right
 * before it, with the quotation after the noun's phrase (not inside its content, as in `Ray
 * called Lee's claim of "a right"`). The quotation is what the verb says of the noun, so the verb
 * is its cue; null otherwise.
 */
export function verbOfOwnedNoun(ctx: RuleContext, cue: CueMatch): CueMatch | null {
  const { tokens, quote } = ctx;
  const noun = tokens[cue.firstToken]!;
  if (noun.pos !== "NOUN" || cue.endToken !== cue.firstToken + 1 || !quote.open) return null;
  const possessive = isPossessiveMark(tokens[cue.firstToken - 1]);
  const owner = possessive ? ctx.mentionEndingAt(cue.firstToken - 1) ?? ctx.mentionEndingAt(cue.firstToken) : null;
  if (!owner || owner.kind === "pronoun") return null;
  const verb = ctx.cueAt(owner.extentFirstToken - 1) ?? ctx.cueAt(owner.extentFirstToken - 2);
  if (!verb || verb.endToken !== owner.extentFirstToken || !isVerb(tokens[verb.firstToken]) || ctx.isParticiple(verb)) return null;
  const open = ctx.tokenAt(quote.open.start);
  if (open < cue.endToken || open - cue.endToken > MAX_MODIFIER) return null;
  if (open > cue.endToken) {
    if (tokens[cue.endToken]!.pos !== "ADP" || CONTENT_OPENERS.has(tokens[cue.endToken]!.lower)) return null;
    for (let k = cue.endToken + 1; k < open; k++) if (isVerb(tokens[k]) || tokens[k]!.kind === "punct") return null;
  }
  return verb;
}
