import { describe, expect, it } from "vitest";
import { speakerLines } from "./speaker-lines";

// The first-name list makes "Billie" a man; the article's own words can say otherwise.
describe("the article's own gender words over the first-name list", () => {
  it("two sentences whose pronoun follows a person named alone gender them, whatever the list says", () => {
    const text = 'Billie Sutton won the title in 1973 at the Orbis Arena. Sutton said she had trained for a year. Sutton said she was ready. Ann Hale of the Tennis Weekly was there. Sutton later retired. "We were fighting for equality," she said.';
    expect(speakerLines(text)).toContain("We were fighting for equality -> Billie Sutton via she");
  });

  it("one such sentence is not enough: the pronoun may be someone the sentence does not name", () => {
    const text = 'Billie Sutton won the title in 1973 at the Orbis Arena. Sutton said she had trained for a year. Ann Hale of the Tennis Weekly was there. Sutton later retired. "We were fighting for equality," she said.';
    expect(speakerLines(text)).not.toContain("We were fighting for equality -> Billie Sutton via she");
  });

  it("nor when another person has the same surname (a bare \u201cSutton\u201d may be either)", () => {
    const text = 'Billie Sutton won the title in 1973. Her sister Ann Sutton coached. Sutton said she had trained for a year. Sutton said her coach was strict. Ann Hale was there. Sutton later retired. "We were fighting for equality," she said.';
    expect(speakerLines(text)).not.toContain("We were fighting for equality -> Billie Sutton via she");
  });

  it("an honorific before the full name outweighs the list: \u201cMs. Billie Sutton\u201d is a woman", () => {
    const text = 'Ms. Billie Sutton won the title in 1973. Tom Hale of the Tennis Weekly watched. "We were fighting for equality," she said.';
    expect(speakerLines(text)).toContain("We were fighting for equality -> Billie Sutton via she");
  });
});
