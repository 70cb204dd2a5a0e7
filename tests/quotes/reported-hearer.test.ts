import { describe, expect, it } from "vitest";
import { buildDocument } from "../../src/document";
import { buildCueLexicon } from "../../src/lexicon/cues";
import { cueAt, cueMatcher } from "../../src/lexicon/match";
import { DEFAULT_INNER_MARKS, DEFAULT_OUTER_MARKS, findQuotes } from "../../src/quotes";

const matcher = cueMatcher(buildCueLexicon());
const reported = (text: string) =>
  findQuotes(buildDocument(text), { outer: DEFAULT_OUTER_MARKS, inner: DEFAULT_INNER_MARKS }, matcher)
    .quotes.filter((q) => q.type === "indirect")
    .map((q) => ({ text: q.text, cue: q.cueHint?.text }));

describe("reported speech: a participle the tagger took for an adjective, its hearer, then that", () => {
  it("reads the participle as the cue and reports the that-clause", () => {
    expect(reported("The minister informed reporters that the road would reopen on Friday.")).toEqual([
      { text: "the road would reopen on Friday", cue: "informed" },
    ]);
    expect(reported("Harlow informed Ruiz that the contract had been cancelled.")).toEqual([
      { text: "the contract had been cancelled", cue: "informed" },
    ]);
  });

  it("leaves an adjective after an article to its noun", () => {
    const text = "The agency sent the informed residents that letter.";
    const doc = buildDocument(text);
    const informed = doc.tokens.findIndex((t) => t.lower === "informed");
    expect(cueAt(text, doc.tokens, informed, matcher)).toBeNull();
  });
});
