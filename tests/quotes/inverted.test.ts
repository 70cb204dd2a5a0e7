import { describe, expect, it } from "vitest";
import { buildDocument } from "../../src/document";
import { buildCueLexicon } from "../../src/lexicon/cues";
import { cueAt, cueMatcher } from "../../src/lexicon/match";
import { invertedSubject } from "../../src/quotes/inverted";

const matcher = cueMatcher(buildCueLexicon());

/**
 * The words `invertedSubject` takes for the subject of the cue `verb`, given a subject that is a
 * run of capitalised words ("Dana Ortiz"), or null.
 */
function subjectAfter(text: string, verb: string, afterQuote = false): string | null {
  const doc = buildDocument(text);
  const at = doc.tokens.findIndex((t) => t.text === verb);
  const cue = cueAt(doc.text, doc.tokens, at, matcher)!;
  const capitalisedRun = (first: number) => {
    let end = first;
    while (doc.tokens[end] && /^\p{Lu}/u.test(doc.tokens[end]!.text)) end++;
    return end > first ? end : -1;
  };
  const span = invertedSubject(doc.tokens, cue, capitalisedRun, afterQuote);
  return span && doc.text.slice(doc.tokens[span.first]!.start, doc.tokens[span.end - 1]!.end);
}

describe("inverted attribution: a cue, then its subject", () => {
  it("after a comma, a subject that closes the clause, past a time word", () => {
    expect(subjectAfter("The vote would fail, said Dana Ortiz, a nurse.", "said")).toBe("Dana Ortiz");
    expect(subjectAfter("The vote would fail, said Monday Dana Ortiz.", "said")).toBe("Dana Ortiz");
  });

  it("after a comma, not a listener, a topic, or words that go on into a clause", () => {
    expect(subjectAfter("Ann Lee, who chairs the panel, told Channel Nine, that it would fail.", "told")).toBeNull();
    expect(subjectAfter("The vote would fail, said Dana Ortiz of the unions.", "said")).toBeNull();
    // A verb and its preposition ("wrote about"): what follows is a topic, though it is a name that closes the clause.
    expect(subjectAfter("The vote would fail, wrote about Dana Ortiz.", "wrote")).toBeNull();
    expect(subjectAfter("The vote would fail, wrote Dana Ortiz.", "wrote")).toBe("Dana Ortiz");
  });

  it("after a quotation, a listener verb is inverted too and the subject need not close the clause", () => {
    expect(subjectAfter("\u201cWhy now?\u201d asked Dana Ortiz of the unions.", "asked", true)).toBe("Dana Ortiz");
  });
});
