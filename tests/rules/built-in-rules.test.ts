import { describe, expect, it } from "vitest";
import {
  accordingTo, bracketCredit, continuedSpeaker, createExtractor, dashSpeaker, defaultRules, leadingSpeakerCue,
  previousSentence, reportedBefore, sentenceCue, topicLeadIn, trailingCueSpeaker, trailingSpeakerCue, transcriptLabel, verbBeforeQuote, verdictAfter,
} from "../../src/index";
import { brief } from "./helpers";

describe("built-in rules", () => {
  it("are exported one by one and as defaultRules, in the order they are tried", () => {
    expect(defaultRules).toEqual([
      transcriptLabel, trailingSpeakerCue, trailingCueSpeaker, topicLeadIn, leadingSpeakerCue, dashSpeaker, sentenceCue, accordingTo,
      bracketCredit, verdictAfter, continuedSpeaker, reportedBefore, verbBeforeQuote, previousSentence,
    ]);
    expect(defaultRules.map((r) => r.id)).toEqual([
      "transcript-label", "trailing-speaker-cue", "trailing-cue-speaker", "topic-lead-in", "leading-speaker-cue", "dash-speaker", "sentence-cue",
      "according-to", "bracket-credit", "verdict-after", "continued-speaker", "reported-before", "verb-before-quote", "previous-sentence",
    ]);
  });

  it("each have a one-line description and are frozen, like any rule made with defineRule", () => {
    for (const rule of defaultRules) {
      expect(rule.description.trim().length, rule.id).toBeGreaterThan(10);
      expect(rule.description, rule.id).not.toMatch(/\n/);
      expect(Object.isFrozen(rule), rule.id).toBe(true);
    }
    expect(Object.isFrozen(defaultRules)).toBe(true);
  });

  it("are the only way quotes get speakers: with no rules, every quote is unattributed", () => {
    const text = `"We are ready," a spokesman said. Sergey Lavrov said that the talks would resume in January.`;
    expect(brief(createExtractor().extract(text))).toEqual([
      ["direct", "We are ready", "spokesman", "trailing-speaker-cue"],
      ["indirect", "the talks would resume in January", "Sergey Lavrov", "sentence-cue"],
    ]);
    expect(brief(createExtractor({ rules: [] }).extract(text))).toEqual([
      ["direct", "We are ready", null, "none"],
      ["indirect", "the talks would resume in January", null, "none"],
    ]);
  });

  it("can be removed: without previous-sentence, a quote after a named subject has no speaker", () => {
    const text = `Maria Lopez spoke first.\n"We will not back down."`;
    expect(brief(createExtractor().extract(text))).toEqual([["direct", "We will not back down.", "Maria Lopez", "previous-sentence"]]);
    const rules = defaultRules.filter((r) => r !== previousSentence);
    expect(brief(createExtractor({ rules }).extract(text))).toEqual([["direct", "We will not back down.", null, "none"]]);
  });

  it("can be reordered: the first rule that is confident decides", () => {
    // "...," Lopez said, according to Reuters: the trailing rule names Lopez, according-to names Reuters.
    const text = `"We are ready," Maria Lopez said, according to Reuters.`;
    expect(brief(createExtractor().extract(text))).toEqual([["direct", "We are ready", "Maria Lopez", "trailing-speaker-cue"]]);
    const rules = [accordingTo, ...defaultRules.filter((r) => r !== accordingTo)];
    expect(brief(createExtractor({ rules }).extract(text))).toEqual([["direct", "We are ready", "Reuters", "according-to"]]);
  });

  it("an extractor reports the rules it tries", () => {
    expect(createExtractor().rules).toBe(defaultRules);
    expect(createExtractor({ rules: [dashSpeaker] }).rules).toEqual([dashSpeaker]);
  });
});
