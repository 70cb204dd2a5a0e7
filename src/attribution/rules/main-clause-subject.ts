import type { Attribution, Mention, RuleContext } from "../../rules-api";
import { slotCueAt } from "./verb-slot";

/** Below a listed cue's: the verb is no verb of saying, only the quote's place in its clause is. */
const MAIN_CLAUSE_CONFIDENCE = 0.5;

/**
 * `Ann Lee, the former aide, ripped the board for acting as "judge and jury" in the case`,
 * `He urged the party to "open its doors to everyone"`: a partial quote of more than a few words
 * inside a sentence with no cue at all is the words of the person the sentence is about, the subject
 * of its main verb, whatever the verb. A person named or pronoun only: a scare quote in a sentence
 * about a thing or a body ("The plan calls for "..."") stays unattributed.
 */
export function mainClauseSubject(ctx: RuleContext): Attribution | null {
  if (ctx.quote.type !== "partial" || ctx.parent) return null;
  const { tokens } = ctx;
  const from = ctx.sentence.firstToken;
  const open = ctx.tokenAt(ctx.quote.open?.start ?? ctx.quote.start);
  const comma = ctx.openingClauseEnd(from, open);
  // (A mention's phrase lies in its sentence: only the sentence's mentions can hold a verb of it.)
  const mentions = ctx.mentionsIn(tokens[from]!.start, tokens[ctx.sentence.endToken - 1]!.end);
  for (let i = comma < 0 ? from : comma + 1; i < open; i++) {
    if (tokens[i]!.pos !== "VERB" || ctx.insideQuote(tokens[i]!.start) || insideMentionPhrase(mentions, i)) continue;
    const cue = slotCueAt(ctx.text, tokens, i);
    if (!cue || ctx.relativeClauseOf(cue) || inAsideClause(tokens, from, i)) continue;
    // The main verb alone: a later verb belongs to a clause of its own.
    const speaker = ctx.subjectOf(cue);
    if (!speaker || speaker.kind === "description" || speaker.category !== "person") return null;
    return { speaker, cue, confidence: MAIN_CLAUSE_CONFIDENCE, reason: `"${speaker.text}" is the subject of "${cue.text}", the main verb of the quote's sentence` };
  }
  return null;
}

/** "Donald Trump's fired campaign manager": a verb form inside a mention's phrase (its apposition) is no main verb. */
function insideMentionPhrase(mentions: readonly Mention[], i: number): boolean {
  return mentions.some((m) => m.extentFirstToken <= i && i < m.extentEndToken);
}

/** Words that open a clause set off inside the sentence ("Queens, the enclave where the Hales lived,"). */
const ASIDE_OPENERS = new Set(["where", "when", "who", "whom", "whose", "which"]);

/** Whether the verb at `i` stands in such a clause: one of its openers since the last comma before it. */
function inAsideClause(tokens: RuleContext["tokens"], from: number, i: number): boolean {
  for (let k = i - 1; k >= from && tokens[k]!.text !== ","; k--) if (ASIDE_OPENERS.has(tokens[k]!.lower)) return true;
  return false;
}
