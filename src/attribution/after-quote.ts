import { crossesParagraph } from "../document";
import type { Token } from "../document/types";
import { standsBeforeCue } from "./subject";
import type { Pass, RuleContext } from "./types";

// The context's `skipAdverbs`, `crossesParagraph` and `attributionAfterQuote` (see RuleContext).

/** Punctuation allowed between a closing quote mark and its attribution: `," he said` or `" — X`. */
const JOINERS = new Set([",", "\u2014", "\u2013", "-", "--"]);

/** First token index at or after `i` that is not a joiner, within `limit` tokens. */
function skipJoiners(tokens: readonly Token[], i: number, limit = 2): number {
  let k = i;
  while (tokens[k] && JOINERS.has(tokens[k]!.text) && k - i < limit) k++;
  return k;
}

/** Skips adverbs and auxiliaries between a speaker and the cue ("also", "has", "later"). */
export function skipAdverbs(tokens: readonly Token[], i: number, limit = 3): number {
  let k = i;
  while (tokens[k] && standsBeforeCue(tokens[k]!) && k - i < limit) k++;
  return k;
}


/**
 * Whether the words after a closing mark can still be its attribution: after a quote that ends
 * its sentence with a full stop, or with ? or ! before a capitalised pronoun or article, a new
 * sentence has begun (`"... for him." She says`).
 */
function sameSentenceAfter(text: string, closeStart: number, next: Token): boolean {
  const last = text[closeStart - 1];
  const capitalised = /^\p{Lu}/u.test(next.text);
  if (last === "." && text[closeStart - 2] !== ".") return !capitalised;
  if (last === "?" || last === "!") return !(capitalised && (next.pos === "PRON" || next.pos === "DET"));
  return true;
}

/**
 * The first token of a quote's attribution after its closing mark (`," he said`), or a reason why
 * there is none: the quote is unclosed, the paragraph ends, or a new sentence starts.
 */
export function attributionAfter(ctx: RuleContext): number | Pass {
  const { quote, tokens } = ctx;
  if (!quote.close) return ctx.pass("the quote is not closed");
  // `Trump told Fox that "...," he said`: the quote continues a reported clause, whose cue wins.
  if (quote.type === "partial" && quote.cueHint) return ctx.pass("the quote continues a reported clause");
  const first = skipJoiners(tokens, ctx.tokenAt(quote.close.end));
  const next = tokens[first];
  if (!next || crossesParagraph(ctx.text, quote.close.end, next.start)) return ctx.pass("nothing follows in the paragraph");
  if (!sameSentenceAfter(ctx.text, quote.close.start, next) && !attributionSentence(ctx, first)) return ctx.pass("a new sentence starts after the quote");
  return first;
}

/** Longest sentence after a quote's full stop that can still be its attribution: "Trump said." */
const MAX_ATTRIBUTION_SENTENCE = 6;

/**
 * `"... are missing." Trump said.`: a full stop typed for the comma. A short sentence after the
 * quote that ends with its cue (and maybe a time or an object: "he told reporters Monday") is the
 * quote's attribution, not a new statement.
 */
function attributionSentence(ctx: RuleContext, first: number): boolean {
  const { tokens } = ctx;
  const sentence = tokens[first]!.sentence;
  let end = first;
  while (tokens[end] && tokens[end]!.sentence === sentence && tokens[end]!.text !== ".") end++;
  if (tokens[end]?.text !== "." || end - first > MAX_ATTRIBUTION_SENTENCE) return false;
  for (let i = first + 1; i < end; i++) if ((ctx.cueAt(i)?.weight ?? 0) >= 0.8) return !tokens.slice(i + 1, end).some((t) => t.pos === "VERB");
  return false;
}
