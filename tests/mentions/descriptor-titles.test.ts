import { describe, expect, it } from "vitest";
import { createExtractor } from "../../src/index";
import { speakerLines } from "./speaker-lines";

const extractor = createExtractor();
/** Each quote's speaker as `name, titled title`. */
const titled = (text: string) => extractor.extract(text).quotes.map((q) => `${q.speaker?.name ?? "none"}, titled ${q.speaker?.title ?? "-"}`);

describe("a descriptor before a name is its title, and a role word after a first name is a surname", () => {
  it("reads an adjective used as a role noun as the title: 'Tennis great', 'Presidential hopeful'", () => {
    expect(titled("Tennis great Mary Lund remembered the champion as fun to be around.")).toEqual(["Mary Lund, titled Tennis great"]);
    expect(titled("Presidential hopeful Ann Lee said the race is close.")).toEqual(["Ann Lee, titled Presidential hopeful"]);
  });

  it("keeps a capitalised word of the title out of the name: 'Author Stephen King'", () => {
    expect(speakerLines("Author Stephen King said the book was done.")).toEqual(["the book was done -> Stephen King via Stephen King"]);
  });

  it("reads a role word after a first name as a surname: 'Billie Jean King' is no king", () => {
    expect(speakerLines("Tennis great Billie Jean King remembered the champion as fun to be around.")).toEqual([
      "the champion as fun to be around -> Billie Jean King via Billie Jean King",
    ]);
  });

  it("reads a plural title before names joined by 'and' as a title: 'Professors Foner and Alba'", () => {
    expect(speakerLines("Ruth Foner and Karl Alba wrote the book. Professors Foner and Alba suggest that the problem is older than it looks.")).toEqual([
      "the book -> Ruth Foner & Karl Alba via Karl Alba",
      "the problem is older than it looks -> Ruth Foner & Karl Alba via Alba",
    ]);
  });

  it("names the person set off by commas after a role noun, whatever the tagger made of the name: 'Lee's son, Grant,'", () => {
    expect(titled("Tom Lee was fired on Tuesday. Lee's son, Grant, defended his father on Facebook.")).toEqual(["Grant, titled Lee's son"]);
  });

  it("reads a chain of name particles inside a name: 'Pieter van der Merwe', 'Ana de la Cruz'", () => {
    expect(titled("The city\u2019s member of the mayoral committee for roads, Pieter van der Merwe, told a briefing on Monday that the city would send more tankers.")).toEqual([
      "Pieter van der Merwe, titled -",
    ]);
    expect(titled("Ana de la Cruz said the plan is fine.")).toEqual(["Ana de la Cruz, titled -"]);
  });
});
