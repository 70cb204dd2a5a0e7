import { describe, expect, it } from "vitest";
import { compatible } from "../../src/attribution/resolve";
import type { Entity } from "../../src/mentions/types";
import type { SpeakerKind } from "../../src/types";
import { speakerLines } from "../mentions/speaker-lines";

const entity = (name: string, kind: SpeakerKind, gender?: "male" | "female"): Entity => ({ id: "e1", name, kind, mentions: [], ...(gender ? { gender } : {}) });

describe("which speakers a pronoun can refer to", () => {
  it("he and she: one person, never a place, an organisation, a document or several", () => {
    expect(compatible("she", entity("Tessa Moran", "person", "female"))).toBe(true);
    expect(compatible("she", entity("Moran", "unknown"))).toBe(true);
    expect(compatible("he", entity("Tessa Moran", "person", "female"))).toBe(false);
    expect(compatible("she", entity("Kenora", "place"))).toBe(false);
    expect(compatible("he", entity("Quill Institution", "organisation"))).toBe(false);
    expect(compatible("he", entity("statement", "document"))).toBe(false);
    expect(compatible("she", entity("those four skilled players", "unknown"))).toBe(false);
    expect(compatible("he", entity("local farmers", "unknown"))).toBe(false);
  });

  it("they: also a person the article says uses they/them pronouns, who is then neither he nor she", () => {
    const kit: Entity = { ...entity("Kit Hale", "person"), pronoun: "they" };
    expect(compatible("they", kit)).toBe(true);
    expect(compatible("he", kit)).toBe(false);
    expect(compatible("she", kit)).toBe(false);
    expect(compatible("they", entity("Ann Lee", "person"))).toBe(false);
  });

  it("reads the declaration from the text: \u201cwho uses they/them pronouns\u201d, \u201c(they/them)\u201d", () => {
    const text = 'Her apprentice, Kit Hale, arrived in May. Hale, who uses they/them pronouns, had never cast metal; they admit they nearly quit. "It is hot work," they say. Sam Orr (they/them) said the shop was busy. "We are behind," they said.';
    expect(speakerLines(text)).toEqual([
      "they nearly quit -> Kit Hale via they",
      "It is hot work -> Kit Hale via they",
      "the shop was busy -> Sam Orr via Sam Orr",
      "We are behind -> Sam Orr via they",
    ]);
  });

  it("it: an organisation, a place or a document; they: a group or an organisation, not a place", () => {
    expect(compatible("it", entity("Quill Institution", "organisation"))).toBe(true);
    expect(compatible("it", entity("Kenora", "place"))).toBe(true);
    expect(compatible("it", entity("letter", "document"))).toBe(true);
    expect(compatible("it", entity("Ann Lee", "person"))).toBe(false);
    expect(compatible("they", entity("officials", "group"))).toBe(true);
    expect(compatible("they", entity("Kenora", "place"))).toBe(false);
  });

  it("it after a document: the letter says, not the board it was written to", () => {
    const text = "Ann Lee wrote to the Tarn Bank board on Friday. The letter was made public on Monday. \u201cThis must change,\u201d it said.";
    expect(speakerLines(text)).toEqual(["This must change -> letter via it"]);
  });

  it("a possessive pronoun taken for a speaker refers as its subject form does: 'his suggestion that' is the man named before", () => {
    const text = "Tom Hale spoke in Dover on Monday. Critics seized on his suggestion that the city should sell the old harbour.";
    expect(speakerLines(text)).toEqual(["the city should sell the old harbour -> Tom Hale via his"]);
  });
});
