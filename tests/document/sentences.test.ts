import { describe, expect, it } from "vitest";
import { buildDocument } from "../../src/document";
import { createExtractor } from "../../src/index";

const sentences = (text: string) => buildDocument(text).sentences.map((s) => text.slice(s.start, s.end));

describe("sentence ends", () => {
  it("a full stop of an abbreviation inside a short parenthesis does not end the sentence", () => {
    expect(sentences("Sen. Jack Reed (D-R.I.), said the bill was dead. It was.")).toEqual([
      "Sen. Jack Reed (D-R.I.), said the bill was dead.",
      "It was.",
    ]);
    const [quote] = createExtractor().extract("Sen. Jack Reed (D-R.I.), said the bill was dead.").quotes;
    expect([quote?.text, quote?.speaker?.name]).toEqual(["the bill was dead", "Jack Reed"]);
  });

  it("a sentence that ends inside or right after a parenthesis still ends", () => {
    expect(sentences("He left (at 5 p.m.). Then she came.")).toEqual(["He left (at 5 p.m.).", "Then she came."]);
    expect(sentences("(He left.) Then she came.")).toEqual(["(He left.)", "Then she came."]);
  });
});
