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
  const first = skipJoiners(tokens, ctx.tokenAt(quote.close.end));
  const next = tokens[first];
  // `Trump told Fox that "...," he said, adding ...`: the quote continues a reported clause, whose
  // cue wins, unless a short attribution closes the sentence after it (`X said Y was "...," the
  // Times reported.`): the writer names whose account the whole sentence is.
  if (quote.type === "partial" && quote.cueHint && !(next && commaBefore(ctx.text, quote.close, next) && closesSentence(ctx, first))) {
    return ctx.pass("the quote continues a reported clause");
  }
  if (!next || crossesParagraph(ctx.text, quote.close.end, next.start)) return ctx.pass("nothing follows in the paragraph");
  if (quote.type === "partial" && runsOnIntoClause(ctx, first) && spokenBefore(ctx)) return ctx.pass("the quote runs on into a clause a cue before it governs");
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

/** A comma right before the closing mark or between it and the next word: `,"` or `",`. */
function commaBefore(text: string, close: { start: number; end: number }, next: Token): boolean {
  return text[close.start - 1] === "," || text.slice(close.end, next.start).trim() === ",";
}

/** Longest attribution after a partial quote that closes its sentence: "the Times reported Monday." */
const MAX_CLOSING_ATTRIBUTION = 6;
/** A cue that reports speech more often than not (learned precision): "reported", not "applauded". */
const MIN_CUE_WEIGHT = 0.5;

/**
 * Whether the words from `first` close the sentence (a full stop, or a dash that ends an aside)
 * within a few words and hold a cue of saying (`the Times reported.`; not `the crowd applauded.`),
 * and do not open with a participle (`, telling reporters ...`), which goes on with the subject
 * of the sentence.
 */
function closesSentence(ctx: RuleContext, first: number): boolean {
  const { tokens } = ctx;
  const start = tokens[first]!;
  if (start.pos === "VERB" && /ing$/.test(start.lower)) return false;
  let cue = false;
  for (let k = first; k <= first + MAX_CLOSING_ATTRIBUTION; k++) {
    const t = tokens[k];
    if (!t || t.sentence !== start.sentence) return cue;
    if (k > first && (t.text === "." || (JOINERS.has(t.text) && t.text !== ","))) return cue;
    if (t.pos === "PUNCT") return false;
    cue ||= (ctx.cueAt(k)?.weight ?? 0) >= MIN_CUE_WEIGHT;
  }
  return false;
}

/** Punctuation that can end a quotation before its closing mark and set off what follows: `,"`, `?"`. */
const CLOSING_PUNCTUATION = /[,.?!:;\u2014\u2013-]/;

/**
 * `X said "it gets me mad" every time he thinks ...`, `the "gun show loophole" that allows ...`: no
 * punctuation ends the quote or follows its closing mark, so the words after it go on with the
 * writer's clause (a modifier, a relative clause, an adverbial clause), not an attribution.
 */
function runsOnIntoClause(ctx: RuleContext, first: number): boolean {
  const { quote, text, tokens } = ctx;
  if (!quote.close || first !== ctx.tokenAt(quote.close.end)) return false;
  if (CLOSING_PUNCTUATION.test(text[quote.close.start - 1] ?? "")) return false;
  return text.slice(quote.close.end, tokens[first]!.start).trim() === "";
}

/**
 * Whether a cue before the quote in its sentence has a subject: `Obama said "..."` is then his. A
 * quoted term of three words or fewer needs one that governs it directly (no verb in between), as
 * the sentence cue asks of it (`blocked the bill over "poison pill" measures` has none).
 */
function spokenBefore(ctx: RuleContext): boolean {
  const open = ctx.tokenAt(ctx.quote.open?.start ?? ctx.quote.start);
  const term = ctx.quote.words <= 3;
  for (let i = open - 1; i >= ctx.sentence.firstToken; i--) {
    const cue = ctx.cueAt(i);
    if (cue && cue.endToken <= open && !ctx.insideQuote(cue.start) && ctx.subjectOf(cue)) return true;
    if (term && ctx.isVerb(i)) return false;
  }
  return false;
}
