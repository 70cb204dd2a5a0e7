import { defineRule, type Attribution, type RuleContext } from "../../rules-api";

/** Any casing of the word, as `token.lower === "according"` allows ("According", "ACCORDING"). */
const ACCORDING = /according/i;
/** Nouns that, owned in "in X's ...", make X the source of what the sentence quotes. */
const SOURCE_NOUNS = new Set(["words", "view", "phrase", "telling", "estimation"]);
/** A sentence that may hold "in X's words" or "in the words of X": a cheap test of its text first. */
const IN_WORDS = new RegExp(`\\bin\\b[^.]*\\b(?:${[...SOURCE_NOUNS].join("|")})\\b`, "i");

/**
 * `According to X, "..."` or `..., according to X` anywhere in the quote's sentence; also `in X's
 * words`, `in the words of X`, and a frame opening the sentence (`To X, CLAUSE`).
 */
export const accordingTo = defineRule({
  id: "according-to",
  description: "An 'according to X' (or 'in X's words') in the quote's sentence",
  apply(ctx) {
    const { tokens } = ctx;
    const inWords = ctx.quote.type !== "indirect" && IN_WORDS.test(ctx.sentenceText) ? inSomeonesWords(ctx) : null;
    if (inWords) return inWords;
    const frame = ctx.quote.type === "indirect" ? frameSource(ctx) : null;
    if (frame) return frame;
    // Most sentences have no "according": a search of their text rules them out without reading every token.
    if (!ACCORDING.test(ctx.sentenceText)) return ctx.pass("no 'according to' with a mention");
    for (let i = ctx.sentence.firstToken; i < ctx.lastSentence.endToken; i++) {
      if (tokens[i]!.lower !== "according" || ctx.insideQuote(tokens[i]!.start)) continue;
      const cue = ctx.cueAt(i);
      if (!cue || cue.lemma !== "according to") continue;
      const speaker = ctx.mentionStartingAt(cue.endToken) ?? ctx.phraseAfter(cue.endToken);
      if (speaker) return { speaker, cue, confidence: 0.85, reason: `"according to ${ctx.text.slice(speaker.start, speaker.end)}"` };
    }
    return ctx.pass("no 'according to' with a mention");
  },
});

/**
 * `The cities were chosen because, in Forbes' words, "..."`, `"...," in Lee's view`, `In the words
 * of one aide, "..."`: the owner of the words (or view) the sentence quotes in is their source.
 */
function inSomeonesWords(ctx: RuleContext): Attribution | null {
  const { tokens } = ctx;
  for (let i = ctx.sentence.firstToken; i < ctx.lastSentence.endToken; i++) {
    if (tokens[i]!.lower !== "in" || ctx.insideAnyQuote(tokens[i]!.start)) continue;
    const ofPhrase = tokens[i + 1]?.lower === "the" && tokens[i + 2]?.lower === "words" && tokens[i + 3]?.lower === "of";
    const owner = ofPhrase ? ctx.mentionStartingAt(i + 4) : ctx.mentionStartingAt(i + 1);
    if (!owner) continue;
    let k = owner.extentEndToken;
    if (!ofPhrase) {
      while (ctx.isPossessive(k)) k++;
      if (k === owner.extentEndToken || !SOURCE_NOUNS.has(tokens[k]?.lower ?? "")) continue;
    }
    return { speaker: owner, cue: null, confidence: 0.8, reason: `the quote is in "${ctx.textOfTokens(i, ofPhrase ? k : k + 1)}"` };
  }
  return null;
}

/** The prepositions of a frame opening a sentence (src/quotes/reported/frame.ts). */
const FRAME_PREPOSITIONS = new Set(["to", "in"]);

/**
 * `To Lee, the plan is a gamble`, `In a Gallup poll, 45 percent backed it`: reported speech whose
 * cue is the preposition of a frame belongs to the frame's object, the person or the poll.
 */
function frameSource(ctx: RuleContext): Attribution | null {
  const hint = ctx.quote.cueHint;
  if (!hint) return null;
  const k = ctx.tokenAt(hint.start);
  const prep = ctx.tokens[k];
  if (!prep || !FRAME_PREPOSITIONS.has(prep.lower) || prep.end !== hint.end) return null;
  const speaker = ctx.mentionStartingAt(k + 1) ?? ctx.phraseAfter(k + 1);
  return speaker ? { speaker, cue: hint, confidence: 0.8, reason: `the frame "${ctx.text.slice(hint.start, speaker.end)}"` } : null;
}
