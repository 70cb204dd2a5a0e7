import fc from "fast-check";
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

describe("whosaid's sentence splitter", () => {
  it("keeps abbreviations that stand before names, dates and numbers inside the sentence", () => {
    expect(sentences("Mr. Okafor met Sen. Tully on Jan. 4 at No. 9 Quay Road. They talked.")).toEqual([
      "Mr. Okafor met Sen. Tully on Jan. 4 at No. 9 Quay Road.",
      "They talked.",
    ]);
  });

  it("keeps initials inside the sentence", () => {
    expect(sentences("J. R. Hollis and P.J. Munro arrived. Both spoke.")).toEqual(["J. R. Hollis and P.J. Munro arrived.", "Both spoke."]);
  });

  it("keeps a degree written with full stops and no spaces (\"Ph.D.\") inside the sentence, but ends one at \"Paul.Then\"", () => {
    expect(sentences("Vera Dvorak, Ph.D., said the water was safe. She left.")).toEqual(["Vera Dvorak, Ph.D., said the water was safe.", "She left."]);
    expect(sentences("He wrote to Paul.Then he left.")).toEqual(["He wrote to Paul.", "Then he left."]);
    const [quote] = createExtractor().extract("Vera Dvorak, Ph.D., said the water was safe.").quotes;
    expect([quote?.text, quote?.speaker?.name]).toEqual(["the water was safe", "Vera Dvorak"]);
  });

  it("ends a sentence after an abbreviation before a capitalised function word, not before a name or title", () => {
    expect(sentences("She moved to the U.S. Then she left. The U.S. Senate voted at 5 p.m. Monday.")).toEqual([
      "She moved to the U.S.",
      "Then she left.",
      "The U.S. Senate voted at 5 p.m. Monday.",
    ]);
    expect(sentences("It closed at 5 p.m. It reopened.")).toEqual(["It closed at 5 p.m.", "It reopened."]);
  });

  it("ends a sentence after a clause-final \"in.\" or \"no.\" (which wink keeps as abbreviations), a name after it included", () => {
    expect(sentences("The riders had been boxed in. Holm said the ruling was fair. Her answer was no. Okafor left.")).toEqual([
      "The riders had been boxed in.",
      "Holm said the ruling was fair.",
      "Her answer was no.",
      "Okafor left.",
    ]);
  });

  it("ends a sentence after a word wink keeps as an abbreviation ('wash.', 'ill.') where an article, adjective, 'be' or preposition makes it a noun or adjective", () => {
    expect(sentences("They camped by the wash. Begay said it was late. He was ill. Okafor drove. He lives in Yakima, Wash. Okafor said no.")).toEqual([
      "They camped by the wash.",
      "Begay said it was late.",
      "He was ill.",
      "Okafor drove.",
      "He lives in Yakima, Wash. Okafor said no.",
    ]);
  });

  it("ends a sentence after the closing quotation marks that follow its full stop", () => {
    expect(sentences("He said, \u201cWe will.\u201d Then he left.")).toEqual(["He said, \u201cWe will.\u201d", "Then he left."]);
    expect(sentences('She said: "Fine." He nodded.')).toEqual(['She said: "Fine."', "He nodded."]);
    expect(sentences("''It is done.'' Mr. Vance left.")).toEqual(["''It is done.''", "Mr. Vance left."]);
    expect(sentences('"Why?" he asked. "No." She left.')).toEqual(['"Why?" he asked.', '"No."', "She left."]);
  });

  it("does not end a sentence before an opening quotation mark's lower-case words or a comma", () => {
    expect(sentences('"It is over!" he said. "We lost."')).toEqual(['"It is over!" he said.', '"We lost."']);
    expect(sentences("The firm (Acme Ltd.), said Ms. Dunn, will close.")).toEqual(["The firm (Acme Ltd.), said Ms. Dunn, will close."]);
  });

  it("reads ellipses: three full stops leave words out, four end a sentence", () => {
    expect(sentences("We will . . . Then we wait.")).toEqual(["We will . . . Then we wait."]);
    expect(sentences("We will win. . . . Then we wait.")).toEqual(["We will win. . . .", "Then we wait."]);
    expect(sentences("We will win... Then we wait.")).toEqual(["We will win... Then we wait."]);
  });

  it("keeps decimals whole and ends a sentence at a line break", () => {
    expect(sentences("Prices rose 3.5 percent\nin May. Then fell.")).toEqual(["Prices rose 3.5 percent", "in May.", "Then fell."]);
  });

  it("ends a sentence at a full stop with no space after it only before a capitalised word", () => {
    expect(sentences("It rained.The match went on in N.Y. anyway.")).toEqual(["It rained.", "The match went on in N.Y. anyway."]);
  });

  it("keeps a dateline's abbreviation inside the dateline", () => {
    expect(sentences("KENORA, Ont. \u2014 The ferry will not run. Riders are angry.")).toEqual([
      "KENORA, Ont. \u2014",
      "The ferry will not run.",
      "Riders are angry.",
    ]);
  });

  const PIECES = ["Mr.", "U.S.", "said", "Tully", "the", "It", "3.5", ".", "!", "?", "...", "\u2026", '"', "\u201c", "\u201d", "''", "'", "(", ")", ",", "p.m.", "J.", "\u2014", "no."];
  const SEPARATORS = [" ", " ", " ", "", "\n", "\n\n"];
  const text = fc
    .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...SEPARATORS)), { maxLength: 40 })
    .map((parts) => parts.map(([piece, space]) => piece + space).join(""));

  it("tiles each paragraph's tokens with sentences, in order, offsets exact", () => {
    fc.assert(
      fc.property(text, (input) => {
        const doc = buildDocument(input);
        let next = 0;
        for (const s of doc.sentences) {
          expect(s.firstToken).toBe(next);
          expect(s.endToken).toBeGreaterThan(s.firstToken);
          expect(s.start).toBe(doc.tokens[s.firstToken]!.start);
          expect(s.end).toBe(doc.tokens[s.endToken - 1]!.end);
          const paragraph = doc.paragraphs[s.paragraph]!;
          expect(s.start).toBeGreaterThanOrEqual(paragraph.start);
          expect(s.end).toBeLessThanOrEqual(paragraph.end);
          for (let k = s.firstToken; k < s.endToken; k++) expect(doc.tokens[k]!.sentence).toBe(s.index);
          next = s.endToken;
        }
        expect(next).toBe(doc.tokens.length);
        // Every paragraph's text is its sentences' text and the spaces between them.
        for (const p of doc.paragraphs) {
          const inside = doc.sentences.filter((s) => s.paragraph === p.index);
          expect(inside[0]!.start).toBe(p.start);
          expect(inside[inside.length - 1]!.end).toBe(p.end);
          for (let k = 1; k < inside.length; k++) expect(input.slice(inside[k - 1]!.end, inside[k]!.start).trim()).toBe("");
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("titles wink splits from their full stop", () => {
  it("joins 'Maj', 'Supt' or 'Mme' and its full stop into one token, which no more ends a sentence before the name", () => {
    const text = "They met Maj. Samir Haddad and Supt. Ann Lee. Mme Idrissi left.";
    expect(buildDocument(text).tokens.slice(2, 8).map((t) => t.text)).toEqual(["Maj.", "Samir", "Haddad", "and", "Supt.", "Ann"]);
    expect(sentences(text)).toEqual(["They met Maj. Samir Haddad and Supt. Ann Lee.", "Mme Idrissi left."]);
  });
});

describe("a lower-case 'no.' that wink reads as an abbreviation", () => {
  it("is the word 'no' and the sentence's full stop, except before a number ('rule no. 5')", () => {
    const text = "The ward would vote no. Lee cited rule no. 5 today.";
    expect(buildDocument(text).tokens.map((t) => t.text)).toEqual(["The", "ward", "would", "vote", "no", ".", "Lee", "cited", "rule", "no.", "5", "today", "."]);
    expect(sentences(text)).toEqual(["The ward would vote no.", "Lee cited rule no. 5 today."]);
    expect(createExtractor().extract("The mayor said the ward would vote no. Lee left.").quotes.map((q) => q.text)).toEqual(["the ward would vote no"]);
  });
});
