import { defineRule, type Mention, type Paragraph, type RuleContext } from "../../rules-api";

/** Bullets and dashes that open a line of a notebook or a list of quotes. */
const BULLETS = new Set(["-", "\u2014", "\u2013", "\u2022", "*", "--"]);
/** Prepositions that give a quote's topic: "on the injury:", "about the rookie:". */
const TOPIC = new Set(["on", "about", "regarding"]);
/** How many paragraphs of topic lines may stand between a quote and the line naming who speaks. */
const MAX_TOPIC_LINES = 8;

/**
 * A sports notebook or a list of quotes: `Defender Joe Park on the new signing: "..."`, `Lund,
 * 22, on his recovery: "..."`, and under a line naming the speaker (`Coach Ann Marsh, after
 * practice:`) topic lines of that speaker's quotes (`— on the derby: "..."`). The topic names
 * what the quote is about, never who speaks ("on the injury to striker Tom Lund:").
 */
export const topicLeadIn = defineRule({
  id: "topic-lead-in",
  description: 'A topic before the colon: X on the injury: "..."; under "Coach X, after practice:", lines "— on the derby: "...""',
  types: ["direct"],
  apply(ctx) {
    const { quote, tokens } = ctx;
    if (!quote.open) return ctx.pass("no opening mark");
    const colon = ctx.tokenAt(quote.open.start) - 1;
    if (tokens[colon]?.text !== ":" || tokens[colon]!.start < ctx.paragraph.start) return ctx.pass("no colon before the quote in its paragraph");
    let first = ctx.tokenAt(ctx.paragraph.start);
    if (BULLETS.has(tokens[first]!.text)) first++;
    const topic = topicAt(ctx, first, colon);
    if (topic < 0) return ctx.pass('no "on" or "about" before the colon');
    if (topic > first) {
      const speaker = speakerBefore(ctx, first, topic);
      if (!speaker) return ctx.pass("no name before the topic");
      return { speaker, cue: null, confidence: 0.8, reason: `"${speaker.text}" on ${ctx.textOfTokens(topic + 1, colon)}` };
    }
    const speaker = headerSpeaker(ctx, ctx.paragraph.index);
    if (!speaker) return ctx.pass("no line naming the speaker above the topic lines");
    return { speaker, cue: null, confidence: 0.75, reason: `topic line under "${speaker.text}"` };
  },
});

/** The first topic preposition in tokens [first, colon), in lower case (not a headline's "ABOUT"), with no verb before it; or -1. */
function topicAt(ctx: RuleContext, first: number, colon: number): number {
  for (let k = first; k < colon; k++) {
    if (TOPIC.has(ctx.tokens[k]!.text)) return k;
    if (ctx.isVerb(k)) return -1;
  }
  return -1;
}

/** The name that makes up the line before its topic: "Defender Joe Park", "Lund, 22,". */
function speakerBefore(ctx: RuleContext, first: number, topic: number): Mention | null {
  const speaker = ctx.mentionStartingAt(first);
  if (!speaker || speaker.kind !== "name") return null;
  // Only an age or a comma may stand between the name and its topic.
  for (let k = speaker.extentEndToken; k < topic; k++) if (!/^(,|\d+)$/.test(ctx.tokens[k]!.text)) return null;
  return speaker;
}

/**
 * The person a line ending with a colon names (`Coach Ann Marsh, after practice:`), above the
 * topic lines that follow it, each a bulleted "on ...:" line.
 */
function headerSpeaker(ctx: RuleContext, paragraph: number): Mention | null {
  for (let p = paragraph - 1; p >= 0 && paragraph - p <= MAX_TOPIC_LINES; p--) {
    const line = ctx.paragraphs[p]!;
    const text = ctx.text.slice(line.start, line.end).trim();
    if (text.endsWith(":")) return firstName(ctx, line);
    if (!isTopicLine(ctx, line)) return null;
  }
  return null;
}

/** Whether a paragraph is a bulleted topic line: "— on the injury: ...". */
function isTopicLine(ctx: RuleContext, line: Paragraph): boolean {
  const first = ctx.tokenAt(line.start);
  return BULLETS.has(ctx.tokens[first]?.text ?? "") && TOPIC.has(ctx.tokens[first + 1]?.text ?? "");
}

/** The first person's name in a paragraph. */
function firstName(ctx: RuleContext, line: Paragraph): Mention | null {
  return ctx.mentionsIn(line.start, line.end).find((m) => m.kind === "name" && m.category === "person") ?? null;
}
