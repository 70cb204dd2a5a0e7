import type { Attribution, RuleContext } from "./types";

/** Heads of an opening "In a ... poll," frame: the poll speaks for the answers the clause after it reports. */
const POLL_HEADS = new Set(["poll", "polls", "survey", "surveys", "polling"]);
/** Tags that open or make a clause inside the frame before its poll word. */
const CLAUSE_WORDS = new Set(["VERB", "AUX", "SCONJ", "PRON"]);
/** How many tokens an opening frame may run to before its comma. */
const MAX_FRAME = 16;

/**
 * `In a Lee/Ray poll released Sunday, 8 percent of Democrats said they ...`, `In exit polls, voters
 * said ...`: a sentence opened by a poll frame reports the poll's findings, and the people answering
 * it (a share, a group, "they") speak through it, as the gold reads such a sentence: the poll is the
 * source. For the attribution a rule made, the same attribution with the poll as its speaker when
 * the quote and its speaker follow such a frame and the speaker is no one person; else it unchanged.
 */
export function pollFramed(ctx: RuleContext, attribution: Attribution): Attribution {
  const { tokens, sentence } = ctx;
  const first = sentence.firstToken;
  if (tokens[first]?.lower !== "in") return attribution;
  const comma = frameComma(ctx, first);
  if (comma < 0 || ctx.quote.start < tokens[comma]!.end || attribution.speaker.start < tokens[comma]!.end) return attribution;
  // A person or an organisation after the frame is who ran or read the poll ("In a poll of 800
  // voters, Lee Research found that ..."), not the people answering it.
  const kind = "id" in attribution.speaker ? ctx.resolve(attribution.speaker)?.kind : undefined;
  if (kind === "person" || kind === "organisation") return attribution;
  // A mention of the poll itself, not of its sponsor before the word "poll" ("a Lee/Ray poll").
  const head = pollHead(ctx, first, comma);
  const poll = ctx.mentionStartingAt(first + 1);
  const speaker = poll && poll.extentEndToken > head && poll.extentEndToken <= comma ? poll : { start: tokens[first + 1]!.start, end: tokens[head]!.end };
  return { ...attribution, speaker, reason: `the sentence opens "${ctx.textOfTokens(first, comma)}": the poll reports it` };
}

/** The comma closing an opening frame `In ... poll/survey ...,` of the sentence at `first`, or -1. */
function frameComma(ctx: RuleContext, first: number): number {
  const { tokens } = ctx;
  let head = false;
  for (let k = first + 1; k < Math.min(ctx.sentence.endToken, first + MAX_FRAME); k++) {
    const t = tokens[k]!;
    if (ctx.insideAnyQuote(t.start)) return -1;
    if (t.text === ",") return head ? k : -1;
    if (POLL_HEADS.has(t.lower)) head = true;
    // "In eight states where exit polls were taken,": a poll inside a clause is not what the frame names.
    // (A capitalised word is part of a sponsor's name, whatever its tag: "a Lakeside Herald poll".)
    else if (!head && CLAUSE_WORDS.has(t.pos) && t.text === t.lower) return -1;
  }
  return -1;
}

/** The last poll word of the frame: where a span naming the poll ends when no mention covers it. */
function pollHead(ctx: RuleContext, first: number, comma: number): number {
  let head = comma - 1;
  while (head > first && !POLL_HEADS.has(ctx.tokens[head]!.lower)) head--;
  return head;
}
