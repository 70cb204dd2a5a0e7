import { describe, expect, it } from "vitest";
import { createExtractor, defaultRules, defineRule, type RuleContext } from "../../src/index";
import { brief } from "./helpers";

/** `"..." @handle`: a social-media handle after the quote, which no mention covers. */
const handleAfterQuote = defineRule({
  id: "house-handle",
  description: 'A social-media handle right after the closing mark: "..." @handle',
  types: ["direct"],
  apply(ctx) {
    if (!ctx.quote.close) return ctx.pass("not closed");
    const match = /^\s*(@\w+)/.exec(ctx.text.slice(ctx.quote.close.end));
    if (!match) return ctx.pass("no handle after the quote");
    const start = ctx.text.indexOf(match[1]!, ctx.quote.close.end);
    return { speaker: { start, end: start + match[1]!.length }, confidence: 0.9, reason: `handle ${match[1]}` };
  },
});

describe("a custom rule", () => {
  it("placed first, wins over the built-in rule that would decide otherwise", () => {
    const text = `Sergey Lavrov spoke first.\n"We will not back down." @mlopez`;
    expect(brief(createExtractor().extract(text))).toEqual([["direct", "We will not back down.", "Sergey Lavrov", "previous-sentence"]]);
    const result = createExtractor({ rules: [handleAfterQuote, ...defaultRules] }).extract(text);
    expect(brief(result)).toEqual([["direct", "We will not back down.", "@mlopez", "house-handle"]]);
    // A span that no mention covers becomes a speaker of its own, with exact offsets.
    expect(result.speakers).toEqual([
      { id: "s1", name: "@mlopez", kind: "unknown", mentions: [{ text: "@mlopez", start: 52, end: 59 }] },
    ]);
    expect(text.slice(52, 59)).toBe("@mlopez");
  });

  it("placed last, only decides what the built-in rules leave", () => {
    const text = `Sergey Lavrov said:\n"We will not back down." @mlopez`;
    const result = createExtractor({ rules: [...defaultRules, handleAfterQuote] }).extract(text);
    expect(brief(result)).toEqual([["direct", "We will not back down.", "Sergey Lavrov", "leading-speaker-cue"]]);
  });

  it("a speaker span it creates is a mention later rules can use (continued-speaker)", () => {
    const text = `"We will not back down." @mlopez\n"We will fight on, and we will win."`;
    const result = createExtractor({ rules: [handleAfterQuote, ...defaultRules] }).extract(text);
    expect(brief(result)).toEqual([
      ["direct", "We will not back down.", "@mlopez", "house-handle"],
      ["direct", "We will fight on, and we will win.", "@mlopez", "continued-speaker"],
    ]);
    expect(result.speakers).toHaveLength(1);
  });

  it("sees the quote, its sentence and paragraph, neighbouring quotes and the article's mentions", () => {
    const text = `Maria Lopez, the coach, spoke after the game. "We were lucky," she said. "Next week is harder."\nThe ministry declined to comment.`;
    const seen: Record<string, unknown>[] = [];
    const spy = defineRule({
      id: "spy",
      description: "Records what a rule sees and never attributes",
      apply(ctx: RuleContext) {
        seen.push({
          quote: ctx.quote.text,
          marks: [ctx.quote.open?.text, ctx.quote.close?.text],
          sentence: ctx.sentenceText,
          paragraph: ctx.paragraphText,
          tokens: ctx.textOfTokens(ctx.sentence.firstToken, ctx.sentence.firstToken + 3),
          sentenceAtEnd: ctx.text.slice(ctx.sentenceAt(text.length - 1).start, ctx.sentenceAt(text.length - 1).end),
          previous: ctx.previous.map((a) => [a.quote.text, a.mention?.text ?? null, a.rule]),
          quotes: ctx.quotes.map((q) => q.id),
          before: ctx.nearestMention(ctx.quote.start, { direction: "before", within: "paragraph" })?.text ?? null,
          beforeName: ctx.nearestMention(ctx.quote.start, { direction: "before", kinds: ["name"], within: "paragraph" })?.text ?? null,
          after: ctx.nearestMention(ctx.quote.end, { direction: "after" })?.text ?? null,
          anywhereOrg: ctx.nearestMention(ctx.quote.end, { categories: ["organisation"], within: "article" })?.text ?? null,
        });
        return ctx.pass("only watching");
      },
    });
    createExtractor({ rules: [spy, ...defaultRules] }).extract(text);
    expect(seen).toEqual([
      {
        quote: "We were lucky",
        marks: ['"', '"'],
        sentence: `"We were lucky," she said.`,
        paragraph: text.split("\n")[0],
        tokens: `"We were`,
        sentenceAtEnd: "The ministry declined to comment.",
        previous: [],
        quotes: ["c1", "c2"],
        before: "Maria Lopez",
        beforeName: "Maria Lopez",
        after: "she",
        anywhereOrg: "The ministry",
      },
      {
        quote: "Next week is harder.",
        marks: ['"', '"'],
        sentence: `"Next week is harder."`,
        paragraph: text.split("\n")[0],
        tokens: `"Next week`,
        sentenceAtEnd: "The ministry declined to comment.",
        previous: [["We were lucky", "she", "trailing-speaker-cue"]],
        quotes: ["c1", "c2"],
        // Mentions inside quotation marks ("she" is outside; "We" is inside) are skipped by default.
        before: "she",
        beforeName: "Maria Lopez",
        after: null,
        anywhereOrg: "The ministry",
      },
    ]);
  });
});
