import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src";

/** Each quote's text with its speaker's name. */
const speakers = (text: string) => extractQuotes(text).quotes.map((q) => [q.text, q.speaker?.name ?? null]);

describe("names behind pronouns and descriptions", () => {
  it("reads a lone surname that the first-name list calls male as the surname of a woman named in full", () => {
    const text = 'Nora Sherman runs the harbour office. "We are busy," Sherman said. "The ferries come early," she said.';
    expect(speakers(text)).toEqual([
      ["We are busy", "Nora Sherman"],
      ["The ferries come early", "Nora Sherman"],
    ]);
  });
});
