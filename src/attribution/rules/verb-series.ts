import type { CueMatch, RuleContext } from "../../rules-api";

/** How far a series of verbs may reach on either side of its middle verb, in tokens. */
const MAX_SERIES = 40;

/**
 * `Lee summed up the plan as "weak," denounced its cost and said ...`: a finite cue right after
 * a comma (token `comma`), in a list of verbs that "and" and a verb close later in the sentence, is
 * the middle of a series that shares its first verb's subject. Returns that first verb's token (the
 * nearest verb before the comma, outside quotation marks), or -1. Not a participle (`..., saying`,
 * which has its own readings), not a passive (`..., signed by 45,000 people`), not an infinitive's verb.
 */
export function seriesVerbBefore(ctx: RuleContext, cue: CueMatch, comma: number): number {
  const { tokens } = ctx;
  const verb = tokens[cue.firstToken]!;
  if (!onlyMarksBetween(ctx, comma, cue.firstToken) || verb.pos !== "VERB" || verb.lower.endsWith("ing") || tokens[cue.endToken]?.lower === "by") return -1;
  if (!seriesCloses(ctx, cue.endToken)) return -1;
  const first = ctx.sentences[verb.sentence]!.firstToken;
  for (let i = comma - 1; i >= first && comma - i <= MAX_SERIES; i--) {
    const t = tokens[i]!;
    if (t.text === ";" || t.text === ":") return -1;
    if (t.pos !== "VERB" || ctx.insideQuote(t.start)) continue;
    return t.lower.endsWith("ing") || tokens[i - 1]?.lower === "to" ? -1 : i;
  }
  return -1;
}

/** Whether only closing quotation marks stand between the comma and the cue (`as "weak," denounced`). */
function onlyMarksBetween(ctx: RuleContext, comma: number, cue: number): boolean {
  for (let i = comma + 1; i < cue; i++) if (ctx.tokens[i]!.kind !== "punct" || /[\p{L}\p{N},]/u.test(ctx.tokens[i]!.text)) return false;
  return cue > comma && cue - comma <= 2;
}

/** Whether "and" (or ", and") and a verb follow token `from` in its sentence: the series' last member. */
function seriesCloses(ctx: RuleContext, from: number): boolean {
  const { tokens } = ctx;
  const sentence = tokens[from - 1]!.sentence;
  for (let j = from; j < tokens.length && tokens[j]!.sentence === sentence && j - from <= MAX_SERIES; j++) {
    const t = tokens[j]!;
    if (t.text === ";" || t.text === ":") return false;
    if (t.lower === "and" && tokens[j + 1]?.pos === "VERB") return true;
  }
  return false;
}

/**
 * `X summed up the plan as "weak," denounced its cost and said ...`: whether the cue right after a
 * quoted term (and the comma inside or after its marks) is a middle member of a series of verbs,
 * so that what follows it is its object, not an inverted speaker.
 */
export function continuesSeries(ctx: RuleContext, cue: CueMatch): boolean {
  let comma = cue.firstToken - 1;
  while (comma > cue.firstToken - 3 && ctx.tokens[comma] && ctx.tokens[comma]!.text !== ",") comma--;
  return ctx.tokens[comma]?.text === "," && seriesVerbBefore(ctx, cue, comma) >= 0;
}
