import { describe, expect, it } from "vitest";
import { speakerLines } from "./speaker-lines";

// A first name no list knows says no gender; a role noun set against the name does (names56).
describe("a gendered role noun against a name genders its person", () => {
  it("an apposition after the name: \u201cZorba Hale, a stewardess,\u201d is no \u201che\u201d", () => {
    const text = 'Zorba Hale, a stewardess, met Okafor in 1990.\n\nZorba Hale said they married a year later. "We flew together for ten years," he said.';
    const lines = speakerLines(text);
    expect(lines).toContain("We flew together for ten years -> Okafor via he");
  });

  it("no gender when the article's role nouns disagree", () => {
    const text = 'Zorba Hale, a stewardess, met Okafor in 1990. Later, steward Zorba Hale flew again.\n\nZorba Hale said the fleet was ready. "We fly at dawn," he said.';
    expect(speakerLines(text)).not.toContain("We fly at dawn -> Okafor via he");
  });
});
