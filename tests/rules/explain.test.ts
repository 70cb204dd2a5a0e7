import { describe, expect, it } from "vitest";
import { createExtractor, extractQuotes } from "../../src/index";

describe("the explain option", () => {
  it("is absent by default", () => {
    expect(extractQuotes(`"We are ready," a spokesman said.`).quotes[0]).not.toHaveProperty("explain");
  });

  it("lists each rule tried, in order, up to the one that decided", () => {
    const quote = createExtractor({ explain: true }).extract(`"We are ready," a spokesman said.`).quotes[0]!;
    expect(quote.rule).toBe("trailing-speaker-cue");
    expect(quote.explain).toEqual([
      { rule: "transcript-label", outcome: "passed", reason: "no speaker label" },
      { rule: "trailing-speaker-cue", outcome: "attributed", reason: '"a spokesman said" after the quote', confidence: 0.97 },
    ]);
  });

  it("says why each rule before the deciding one passed", () => {
    const quote = createExtractor({ explain: true }).extract(`Maria Lopez spoke first.\n"We will not back down."`).quotes[0]!;
    expect(quote.rule).toBe("previous-sentence");
    expect(quote.explain).toEqual([
      { rule: "transcript-label", outcome: "passed", reason: "no speaker label" },
      { rule: "trailing-speaker-cue", outcome: "passed", reason: "nothing follows in the paragraph" },
      { rule: "trailing-cue-speaker", outcome: "passed", reason: "nothing follows in the paragraph" },
      { rule: "topic-lead-in", outcome: "passed", reason: "no colon before the quote in its paragraph" },
      { rule: "leading-speaker-cue", outcome: "passed", reason: "the quote opens its paragraph without a colon lead-in" },
      { rule: "dash-speaker", outcome: "passed", reason: "no dash after the quote" },
      { rule: "sentence-cue", outcome: "passed", reason: "no cue in the sentence" },
      { rule: "according-to", outcome: "passed", reason: "no 'according to' with a mention" },
      { rule: "bracket-credit", outcome: "passed", reason: "the paragraph ends in no bracket" },
      { rule: "verdict-after", outcome: "passed", reason: "nothing after the quote" },
      { rule: "continued-speaker", outcome: "passed", reason: "no attributed quote before" },
      { rule: "reported-before", outcome: "passed", reason: "no speech with a cue reported before" },
      { rule: "verb-before-quote", outcome: "passed", reason: "no verb right before the opening mark" },
      // Right less than half the time on PolNeAR train: it stands only as the most confident attempt.
      { rule: "previous-sentence", outcome: "not-confident", reason: 'subject of the sentence before: "Maria Lopez"', confidence: 0.35 },
    ]);
  });

  it("marks attributions below minConfidence as not-confident; the most confident one stands", () => {
    const quote = createExtractor({ explain: true, minConfidence: 0.99 }).extract(`"We are ready," a spokesman said.`).quotes[0]!;
    expect([quote.rule, quote.speaker?.mention.text, quote.confidence]).toEqual(["trailing-speaker-cue", "a spokesman", 0.97]);
    expect(quote.explain?.map((t) => [t.rule, t.outcome])).toEqual([
      ["transcript-label", "passed"],
      ["trailing-speaker-cue", "not-confident"],
      ["trailing-cue-speaker", "passed"],
      ["topic-lead-in", "passed"],
      ["leading-speaker-cue", "passed"],
      ["dash-speaker", "passed"],
      ["sentence-cue", "passed"],
      ["according-to", "passed"],
      ["bracket-credit", "passed"],
      ["verdict-after", "passed"],
      ["continued-speaker", "passed"],
      ["reported-before", "passed"],
      ["verb-before-quote", "passed"],
      ["previous-sentence", "passed"],
    ]);
  });

  it("names the quote types a rule is not for", () => {
    const quote = createExtractor({ explain: true }).extract(`Sergey Lavrov said that the talks would resume in January.`).quotes[0]!;
    // transcript-label looks at every type (a headline's "Source: claim" is reported speech).
    expect(quote.explain?.slice(0, 5)).toEqual([
      { rule: "transcript-label", outcome: "passed", reason: "no speaker label" },
      { rule: "trailing-speaker-cue", outcome: "passed", reason: "not for indirect quotes" },
      { rule: "trailing-cue-speaker", outcome: "passed", reason: "not for indirect quotes" },
      { rule: "topic-lead-in", outcome: "passed", reason: "not for indirect quotes" },
      { rule: "leading-speaker-cue", outcome: "passed", reason: "not for indirect quotes" },
    ]);
  });

  it("rejects a non-boolean value", () => {
    expect(() => createExtractor({ explain: "yes" as unknown as boolean })).toThrow(
      expect.objectContaining({ code: "INVALID_OPTION", message: 'explain must be true or false, got "yes"' }),
    );
  });
});
