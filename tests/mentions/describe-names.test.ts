import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src";

/** Each quote's text with its speaker's name; every span checked against the input. */
const speakers = (text: string) => {
  const { quotes } = extractQuotes(text);
  for (const q of quotes) {
    expect(text.slice(q.start, q.end)).toBe(q.text);
    if (q.speaker) expect(text.slice(q.speaker.mention.start, q.speaker.mention.end)).toBe(q.speaker.mention.text);
  }
  return quotes.map((q) => [q.text, q.speaker?.name ?? null]);
};

describe("canonical spelling", () => {
  it("names a person spelt two ways as often by the spelling with the letter the other drops", () => {
    const text = 'Ellie Marsh met Mirabel Stone at the dock.\n\nMirabell Stone spoke on Monday. "It went well," Stone said.';
    expect(speakers(text)).toEqual([["It went well", "Mirabell Stone"]]);
  });

  it("prefers the spelling the first-name list knows", () => {
    const text = 'Ellie Marsh met Marlla Stone at the dock.\n\nMarla Stone spoke on Monday. "It went well," Stone said.';
    expect(speakers(text)).toEqual([["It went well", "Marla Stone"]]);
  });
});
