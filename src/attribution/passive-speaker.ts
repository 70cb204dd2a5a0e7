import { passiveAgent } from "../document/passive";
import { WH_RELATIVES } from "../document/relatives";
import type { CueMatch } from "../lexicon/match";
import type { Mention } from "../mentions/types";
import type { RuleContext } from "./types";

/**
 * `Lee was asked by host Tom Ray, "..."`, `The plan was described by Ray as "..."`, `The scheme has
 * been called "..." by Tom Ray`: a passive cue's agent says the words; its subject is what (or
 * whom) they are about. The agent after "by" right after the cue, or right after a quote that
 * follows the cue; null when the cue is no passive with an agent, the agent is no mention, or a
 * relative clause with a cue of its own stands between the agent and the quote.
 */
export function passiveSpeaker(ctx: RuleContext, cue: CueMatch): Mention | null {
  const { tokens, quote } = ctx;
  let agent = passiveAgent(tokens, cue.firstToken, cue.endToken);
  if (!agent && quote.open && quote.close && ctx.tokenAt(quote.open.start) === cue.endToken) {
    const after = ctx.tokenAt(quote.close.end);
    if (tokens[after]?.lower === "by") agent = passiveAgent(tokens, cue.firstToken, after + 1);
  }
  const speaker = agent ? ctx.mentionStartingAt(agent.by + 1) : null;
  // "echoed by her campaign and Democrats, who highlighted ...": the relative clause's own cue is nearer the quote.
  return speaker && !relativeCueBefore(ctx, speaker.extentEndToken) ? speaker : null;
}

/** Whether a relative pronoun with a cue right after it ("who highlighted") stands between token `from` and the quote. */
function relativeCueBefore(ctx: RuleContext, from: number): boolean {
  const open = ctx.tokenAt(ctx.quote.open?.start ?? ctx.quote.start);
  for (let k = from; k < open; k++) if (WH_RELATIVES.has(ctx.tokens[k]!.lower) && ctx.cueAt(ctx.skipAdverbs(k + 1))) return true;
  return false;
}
