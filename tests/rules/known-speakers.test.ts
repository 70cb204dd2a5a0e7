import { describe, expect, it } from "vitest";
import { createExtractor, extractQuotes, type KnownSpeaker } from "../../src/index";

const TRUMP: KnownSpeaker = { name: "Donald Trump", aliases: ["POTUS", "the Donald", "the boss"], title: "President", gender: "male" };

/** Type, text, speaker name and title, and the mention the quote was attributed through. */
const who = (known: readonly KnownSpeaker[], text: string) =>
  (known.length ? createExtractor({ knownSpeakers: known }).extract(text) : extractQuotes(text)).quotes.map((q) => [
    q.text, q.speaker?.name ?? null, q.speaker?.title ?? null, q.speaker?.mention.text ?? null,
  ]);

describe("the knownSpeakers option", () => {
  it("an alias is a mention of the known speaker, who keeps the given name, title and kind", () => {
    const text = `"We are ready," POTUS said on Monday. The Donald added: "Nobody does it better."\nLater the boss said the plan was fine.`;
    expect(who([], text)).toEqual([
      ["We are ready", "POTUS", null, "POTUS"],
      ["Nobody does it better.", "Donald", null, "Donald"],
      ["the plan was fine", "boss", null, "the boss"],
    ]);
    expect(who([TRUMP], text)).toEqual([
      ["We are ready", "Donald Trump", "President", "POTUS"],
      ["Nobody does it better.", "Donald Trump", "President", "The Donald"],
      ["the plan was fine", "Donald Trump", "President", "the boss"],
    ]);
    const result = createExtractor({ knownSpeakers: [TRUMP] }).extract(text);
    expect(result.speakers).toEqual([
      {
        id: "s1", name: "Donald Trump", title: "President", kind: "person",
        mentions: [
          { text: "POTUS", start: 16, end: 21 },
          { text: "The Donald", start: 38, end: 48 },
          { text: "the boss", start: 87, end: 95 },
        ],
      },
    ]);
  });

  it("a surname of a known speaker links to it, even when the article never gives the full name", () => {
    const text = `Biden was not available. "No comment," said Biden.`;
    expect(who([], text)).toEqual([["No comment", "Biden", null, "Biden"]]);
    expect(who([{ name: "Joe Biden", title: "President" }], text)).toEqual([["No comment", "Joe Biden", "President", "Biden"]]);
  });

  it("a pronoun resolves to a known speaker through its gender", () => {
    const text = `POTUS arrived late. "We will win," he said.`;
    expect(who([TRUMP], text)).toEqual([["We will win", "Donald Trump", "President", "he"]]);
  });

  it("an organisation keeps its kind, and its lower-case alias is a mention", () => {
    const ministry: KnownSpeaker = { name: "Ministry of Defence", aliases: ["the ministry", "MoD"], kind: "organisation" };
    const result = createExtractor({ knownSpeakers: [ministry] }).extract(`"The talks are over," the ministry said.`);
    expect(result.quotes.map((q) => [q.text, q.speaker?.name, q.speaker?.mention.text])).toEqual([
      ["The talks are over", "Ministry of Defence", "the ministry"],
    ]);
    expect(result.speakers.map((s) => [s.name, s.kind])).toEqual([["Ministry of Defence", "organisation"]]);
  });

  it("an alias only matches on word boundaries", () => {
    const text = `"Wait," said the bossa nova singer.`;
    expect(createExtractor({ knownSpeakers: [TRUMP] }).extract(text).speakers.map((s) => s.name)).not.toContain("Donald Trump");
  });

  it("rejects malformed known speakers with INVALID_OPTION", () => {
    const bad = (k: unknown) => () => createExtractor({ knownSpeakers: [k as KnownSpeaker] });
    expect(bad({ aliases: ["x"] })).toThrow(expect.objectContaining({ code: "INVALID_OPTION", message: "knownSpeakers[0] needs a name" }));
    expect(bad({ name: "A", aliases: "B" })).toThrow(
      expect.objectContaining({ code: "INVALID_OPTION", message: "knownSpeakers[0] aliases must be an array of non-empty strings" }),
    );
    expect(bad({ name: "A", kind: "robot" })).toThrow(
      expect.objectContaining({ code: "INVALID_OPTION", message: "knownSpeakers[0] kind must be one of person, organisation, group, unknown" }),
    );
    expect(bad({ name: "A", gender: "m" })).toThrow(
      expect.objectContaining({ code: "INVALID_OPTION", message: 'knownSpeakers[0] gender must be "male" or "female"' }),
    );
  });
});
