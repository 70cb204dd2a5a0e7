import { describe, expect, it } from "vitest";
import { buildDocument } from "../../src/document";
import { foldLetters } from "../../src/document/fold-letters";
import { createExtractor } from "../../src/index";

const words = (text: string) => buildDocument(text).tokens.map((t) => t.text);

describe("letters beyond Latin-1", () => {
  it("stay inside their word (wink alone splits Erdoğan into Erdo, ğ, an)", () => {
    expect(words("Recep Tayyip Erdoğan met Łukasz Wiśniewski and Nicușor Dan.")).toEqual([
      "Recep", "Tayyip", "Erdoğan", "met", "Łukasz", "Wiśniewski", "and", "Nicușor", "Dan", ".",
    ]);
  });

  it("are folded to an ASCII letter of the same case and length for wink only; punctuation stays", () => {
    // "ó" is Latin-1 (wink keeps it); "Ł" has no base letter.
    expect(foldLetters("Erdoğan said “Łódź”")).toBe("Erdogan said “Xódz”");
    expect(foldLetters("Путин — Ωmega")).toBe("Xxxxx — Xmega");
    expect(foldLetters("plain ASCII, café")).toBe("plain ASCII, café");
  });

  it("so names from anywhere are speakers, with their own spelling", () => {
    const extractor = createExtractor();
    const speaker = (text: string) => extractor.extract(text).quotes.map((q) => q.speaker?.name ?? null);
    expect(speaker("“We will win,” said Recep Tayyip Erdoğan.")).toEqual(["Recep Tayyip Erdoğan"]);
    expect(speaker("“We will win,” said Łukasz Wiśniewski, the mayor.")).toEqual(["Łukasz Wiśniewski"]);
    expect(speaker("Marcel Lazăr Lehel said he was innocent.")).toEqual(["Marcel Lazăr Lehel"]);
  });
});
