import { describe, expect, it } from "vitest";
import { createExtractor } from "../../src";

// Reported speech inside reported speech, on invented sentences (docs/reported-speech.md, "Round
// 19b"): a cue coordinated with the outer one reports its own clause, and a cue with its own
// subject inside a that-clause reports a clause nested in it (`parentId`).

const extractor = createExtractor();
const indirect = (text: string) => extractor.extract(text).quotes.filter((q) => q.type === "indirect");
const reported = (text: string) => indirect(text).map((q) => [q.text, q.cue?.text, q.speaker?.mention?.text ?? null]);

describe("reported speech: coordinated cues", () => {
  it("ends an object before `and` and a verb of saying that shares its subject, which reports its own clause", () => {
    expect(reported("Mayor Lena Ortiz questioned the cost of the new bridge and argued the council should wait a year.")).toEqual([
      ["the cost of the new bridge", "questioned", "Lena Ortiz"],
      ["the council should wait a year", "argued", "Lena Ortiz"],
    ]);
    expect(reported("Senator Abe Kunz criticized the port authority's budget, and accused its chairman of hiding losses.")).toEqual([
      ["the port authority's budget", "criticized", "Abe Kunz"],
      ["its chairman of hiding losses", "accused", "Abe Kunz"],
    ]);
  });

  it("does not end a clause whose own verb the `and` may coordinate with", () => {
    expect(reported("Lena Ortiz said the contractor cut corners and argued with inspectors for months.")).toEqual([
      ["the contractor cut corners and argued with inspectors for months", "said", "Lena Ortiz"],
    ]);
  });
});

describe("reported speech: nested clauses", () => {
  it("reports the clause of a cue with its own subject inside a that-clause, nested in it", () => {
    const quotes = indirect("Lena Ortiz said on Monday that Governor Ray Tan had claimed the budget was balanced.");
    expect(quotes.map((q) => [q.text, q.cue?.text, q.speaker?.name])).toEqual([
      ["Governor Ray Tan had claimed the budget was balanced", "said", "Lena Ortiz"],
      ["the budget was balanced", "claimed", "Ray Tan"],
    ]);
    expect(quotes[0]!.parentId).toBeUndefined();
    expect(quotes[1]!.parentId).toBe(quotes[0]!.id);
  });

  it("nests one level only: a cue inside a nested clause reports nothing", () => {
    const quotes = indirect("Lena Ortiz said that Ray Tan had claimed the engineers argued the dam was safe.");
    expect(quotes.map((q) => [q.text, q.cue?.text])).toEqual([
      ["Ray Tan had claimed the engineers argued the dam was safe", "said"],
      ["the engineers argued the dam was safe", "claimed"],
    ]);
  });

  it("nests nothing for a negated, passive or infinitive cue", () => {
    for (const text of [
      "Lena Ortiz said that Ray Tan never claimed the budget was balanced.",
      "Lena Ortiz said that the engineers were told the dam was safe.",
      "Lena Ortiz said that Ray Tan wants to announce the budget was balanced.",
    ]) expect(indirect(text).filter((q) => q.parentId)).toEqual([]);
  });

  it("nests nothing in an object, whose cue is mostly a deed", () => {
    expect(indirect("Lena Ortiz praised the report that Ray Tan said was flawed.").filter((q) => q.parentId)).toEqual([]);
  });
});

describe("reported speech: a nested clause's speaker", () => {
  it("is no speaker a later he or she goes back to: the outer clause's speaker is", () => {
    const quotes = extractor.extract("Tom Reed said on Monday that Ray Tan had claimed the budget was balanced. He said the vote would be close.").quotes;
    expect(quotes.map((q) => [q.text, q.speaker?.name])).toEqual([
      ["Ray Tan had claimed the budget was balanced", "Tom Reed"],
      ["the budget was balanced", "Ray Tan"],
      ["the vote would be close", "Tom Reed"],
    ]);
  });
});

describe("reported speech: what a nested cue reports follows it", () => {
  it("takes no clause before the nested cue, and the hearer of `told` is no part of what was told", () => {
    expect(reported("The chief, Tavita Lemalu, told the Apia Herald on Monday that the council had agreed unanimously.")).toEqual([
      ["the council had agreed unanimously", "told", "Tavita Lemalu"],
    ]);
    expect(reported("Tavita Lemalu told the Herald that the council had agreed.")).toEqual([
      ["the council had agreed", "told", "Tavita Lemalu"],
    ]);
  });
});

describe("reported speech: a second attribution after ', and'", () => {
  it("ends the first clause before ', and' a subject of its own and a verb of saying", () => {
    expect(reported("The agency said the plant would reopen in May, and Ron Vale, the mayor of the town, said he welcomed the news.")).toEqual([
      ["the plant would reopen in May", "said", "The agency"],
      ["he welcomed the news", "said", "Ron Vale"],
    ]);
  });

  it("does not end it before a passive, a relative clause or 'added' with a noun object", () => {
    const [first] = reported("The agency said the plant would reopen in May, and the mayor was asked to attend the ceremony.");
    expect(first![0]).toBe("the plant would reopen in May, and the mayor was asked to attend the ceremony");
    const [second] = reported("The agency said the plant forwarded the files, and the clerk sometimes added new pages to the thick paper folders in the basement of the old city hall.");
    expect(second![0]).toBe("the plant forwarded the files, and the clerk sometimes added new pages to the thick paper folders in the basement of the old city hall");
  });
});
