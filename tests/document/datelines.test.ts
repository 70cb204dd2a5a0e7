/** A dateline opening a paragraph is not part of the lede's sentence. Invented sentences. */
import { describe, expect, it } from "vitest";
import { buildDocument } from "../../src/document";
import { extractQuotes } from "../../src/index";

const sentences = (text: string) => {
  const doc = buildDocument(text);
  return doc.sentences.map((s) => text.slice(s.start, s.end));
};

describe("datelines", () => {
  it("ends a sentence after a dateline with a dash, a wire credit or a colon", () => {
    expect(sentences("Ferry cut\n\nGIMLI, Man. — The ferry will not run this year, the operator said.")).toEqual([
      "Ferry cut",
      "GIMLI, Man. —",
      "The ferry will not run this year, the operator said.",
    ]);
    expect(sentences("TULSA, Okla. (AP) — Schools will close early on Friday.")).toEqual(["TULSA, Okla. (AP) —", "Schools will close early on Friday."]);
    expect(sentences("OSLO, May 4 (Reuters) - Ferry fares will rise in April.")).toEqual(["OSLO, May 4 (Reuters) -", "Ferry fares will rise in April."]);
    expect(sentences("Fares up\n\nCHENNAI: Bus fares will rise by a tenth from June, officials said.")).toEqual([
      "Fares up",
      "CHENNAI:",
      "Bus fares will rise by a tenth from June, officials said.",
    ]);
  });

  it("leaves a transcript label, a capitalised word and a later paragraph's colon alone", () => {
    expect(sentences("NASA said the launch would slip.")).toEqual(["NASA said the launch would slip."]);
    expect(sentences("Intro line.\n\nSecond line.\n\nMORGAN: The mayor released a letter on Friday.")).toEqual([
      "Intro line.",
      "Second line.",
      "MORGAN: The mayor released a letter on Friday.",
    ]);
  });

  it("keeps the dateline out of a reported clause that opens the lede", () => {
    const text = "Bridge shut\n\nTULSA, Okla. (AP) — The river bridge will stay shut until June, state officials said Tuesday.";
    expect(extractQuotes(text).quotes.map((q) => [q.text, q.speaker?.name ?? null])).toEqual([
      ["The river bridge will stay shut until June", "state officials"],
    ]);
  });
});
