import { describe, expect, it } from "vitest";
import { createExtractor, extractQuotes, type CueOptions } from "../../src/index";
import { brief } from "./helpers";

const withCues = (cues: CueOptions, text: string) => brief(createExtractor({ cues }).extract(text));

describe("the cues option", () => {
  it('"tweeted" is a built-in cue; removing "tweet" removes it from reported speech and from cue-driven attribution, not from the verb slot of a quote', () => {
    const texts = [
      `Maria Lopez tweeted: "We are ready."`,
      `"We are ready," Maria Lopez tweeted.`,
      `Maria Lopez tweeted that the team was ready.`,
    ];
    expect(texts.map((t) => brief(extractQuotes(t)))).toEqual([
      [["direct", "We are ready.", "Maria Lopez", "leading-speaker-cue"]],
      [["direct", "We are ready", "Maria Lopez", "trailing-speaker-cue"]],
      [["indirect", "the team was ready", "Maria Lopez", "sentence-cue"]],
    ]);
    // `X VERBed: "..."` and `"...," X VERBed.` attribute by structure, whatever the verb.
    expect(texts.map((t) => withCues({ remove: ["tweet"] }, t))).toEqual([
      [["direct", "We are ready.", "Maria Lopez", "leading-speaker-cue"]],
      [["direct", "We are ready", "Maria Lopez", "trailing-speaker-cue"]],
      [],
    ]);
  });

  it("an added verb works in its inflected forms, in every rule and in reported speech", () => {
    const texts = [
      `Maria Lopez gushed: "We are ready."`,
      `"We are ready," Maria Lopez gushed.`,
      `Maria Lopez gushed that the team was ready.`,
      `Maria Lopez gushes the team is ready for the final.`,
      `The team is ready for the final, Maria Lopez gushed.`,
    ];
    // Quotes are attributed through the verb's slot alone; reported speech needs the cue.
    expect(texts.map((t) => brief(extractQuotes(t)))).toEqual([
      [["direct", "We are ready.", "Maria Lopez", "leading-speaker-cue"]],
      [["direct", "We are ready", "Maria Lopez", "trailing-speaker-cue"]],
      [],
      [],
      [],
    ]);
    expect(texts.map((t) => withCues({ add: ["gush"] }, t))).toEqual([
      [["direct", "We are ready.", "Maria Lopez", "leading-speaker-cue"]],
      [["direct", "We are ready", "Maria Lopez", "trailing-speaker-cue"]],
      [["indirect", "the team was ready", "Maria Lopez", "sentence-cue"]],
      [["indirect", "the team is ready for the final", "Maria Lopez", "sentence-cue"]],
      [["indirect", "The team is ready for the final", "Maria Lopez", "sentence-cue"]],
    ]);
  });

  it("an added phrase is matched as written, with its cue span", () => {
    const text = `In the opinion of coach Anna Berg, "nobody saw it coming."`;
    expect(brief(extractQuotes(text))).toEqual([["partial", "nobody saw it coming.", null, "none"]]);
    const result = createExtractor({ cues: { add: ["In  the opinion of"] } }).extract(text);
    expect(brief(result)).toEqual([["partial", "nobody saw it coming.", "Anna Berg", "leading-speaker-cue"]]);
    expect(result.quotes[0]!.cue).toEqual({ text: "In the opinion of", start: 0, end: 17 });
  });

  it("replace starts from an empty lexicon: only the added cues count", () => {
    const text = `Maria Lopez said the team was ready. Maria Lopez gushed that the team would win.`;
    expect(withCues({ replace: true, add: ["gush"] }, text)).toEqual([
      ["indirect", "the team would win", "Maria Lopez", "sentence-cue"],
    ]);
  });

  it("removing 'according to' removes the built-in phrase", () => {
    const text = `The talks will resume in January, according to Sergey Lavrov.`;
    expect(brief(extractQuotes(text))).toEqual([["indirect", "The talks will resume in January", "Sergey Lavrov", "sentence-cue"]]);
    expect(withCues({ remove: ["according to"] }, text)).toEqual([]);
  });

  it("rejects malformed cue options with INVALID_OPTION", () => {
    expect(() => createExtractor({ cues: { add: "tweet" as unknown as string[] } })).toThrow(
      expect.objectContaining({ code: "INVALID_OPTION", message: 'cues.add must be an array of non-empty strings, got "tweet"' }),
    );
    expect(() => createExtractor({ cues: { remove: [""] } })).toThrow(
      expect.objectContaining({ code: "INVALID_OPTION", message: 'cues.remove must be an array of non-empty strings, got [""]' }),
    );
    expect(() => createExtractor({ cues: { replace: "yes" as unknown as boolean } })).toThrow(
      expect.objectContaining({ code: "INVALID_OPTION", message: "cues.replace must be true or false" }),
    );
  });
});
