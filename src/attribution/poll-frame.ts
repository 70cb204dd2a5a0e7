import { pollFrameAt } from "../document/poll-frame";
import type { Attribution, RuleContext } from "./types";

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
  const frame = pollFrameAt(tokens, first, sentence.endToken);
  if (!frame || ctx.insideAnyQuote(tokens[frame.comma]!.start)) return attribution;
  const { comma, head } = frame;
  if (ctx.quote.start < tokens[comma]!.end || attribution.speaker.start < tokens[comma]!.end) return attribution;
  // A person or an organisation after the frame is who ran or read the poll ("In a poll of 800
  // voters, Lee Research found that ..."), not the people answering it.
  const kind = "id" in attribution.speaker ? ctx.resolve(attribution.speaker)?.kind : undefined;
  if (kind === "person" || kind === "organisation") return attribution;
  // A mention of the poll itself, not of its sponsor before the word "poll" ("a Lee/Ray poll").
  const poll = ctx.mentionStartingAt(first + 1);
  const speaker = poll && poll.extentEndToken > head && poll.extentEndToken <= comma ? poll : { start: tokens[first + 1]!.start, end: tokens[head]!.end };
  return { ...attribution, speaker, reason: `the sentence opens "${ctx.textOfTokens(first, comma)}": the poll reports it` };
}
