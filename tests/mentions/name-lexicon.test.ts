import nlp from "compromise";
import { describe, expect, it } from "vitest";
import { genderOfFirstName, isDemonym, isFirstName, isPlaceOrOrg } from "../../src/mentions/lexicon";
import { NAME_WORDS } from "../../src/mentions/name-lexicon";
import { NAME_TAGS } from "../../src/mentions/name-tags";

// src/mentions/name-lexicon.ts is generated from compromise; it must still match the installed one.
const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;

describe("name lexicon", () => {
  it.each(NAME_TAGS)("lists exactly compromise's %s words", (tag) => {
    const expected = Object.entries(lexicon)
      .filter(([, entry]) => (typeof entry === "string" ? entry === tag : entry.includes(tag)))
      .map(([word]) => word)
      .sort();
    expect(NAME_WORDS[tag] ? NAME_WORDS[tag].split("|") : []).toEqual(expected);
  });

  it("answers lookups from it", () => {
    expect(genderOfFirstName("sergey")).toBe("male");
    expect(genderOfFirstName("hillary")).toBe("female");
    expect(genderOfFirstName("moscow")).toBeUndefined();
    expect(isFirstName("ted")).toBe(true);
    expect(isPlaceOrOrg("moscow")).toBe(true);
    expect(isPlaceOrOrg("united states")).toBe(true);
    expect(isDemonym("russian")).toBe(true);
    expect(isDemonym("lavrov")).toBe(false);
  });

  it("does not mistake Object.prototype names for words", () => {
    expect(isDemonym("constructor")).toBe(false);
    expect(isFirstName("tostring")).toBe(false);
  });
});
