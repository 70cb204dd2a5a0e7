import { describe, expect, it } from "vitest";
import { createExtractor } from "../../src/index";

const extractor = createExtractor();

/** Each quote as `text -> speaker name`. */
function speakers(input: string): string[] {
  return extractor.extract(input).quotes.map((q) => `${q.text} -> ${q.speaker?.name ?? "none"}`);
}

const PROFILE =
  "Ari Lent has advised presidents and dictators for three decades. Lent made his name in the 1980s. Lent later worked for a Bahamian prime minister. Now, he works for Tom Brandt. ";

describe("an epithet after a phrase opening its sentence goes on with the subject before, as one opening the sentence does", () => {
  it("`In a statement, the real estate mogul said`: the subject of the sentence before, not the article's main figure", () => {
    expect(speakers(`${PROFILE}On Thursday, Brandt announced that Lent would play a larger role. In a statement, the real estate mogul said that "he is consolidating the functions" under Lent.`)).toEqual([
      "that Lent would play a larger role -> Tom Brandt",
      "he is consolidating the functions -> Tom Brandt",
    ]);
  });

  it("not after a clause with a verb of its own", () => {
    expect(speakers(`${PROFILE}On Thursday, Brandt announced that Lent would play a larger role. When the deal was signed, the real estate mogul said that "he is consolidating the functions" under Lent.`)).toEqual([
      "that Lent would play a larger role -> Tom Brandt",
      "he is consolidating the functions -> Ari Lent",
    ]);
  });
});

describe("a document in a phrase opening the sentence is the subject's after the phrase's comma", () => {
  it("`In a statement, the governor made ... the statement said`: the governor's", () => {
    expect(speakers("Gov. Ann Reyes hired a new adviser on Monday. In a statement, the governor made the change public. “The adviser will start at once,” the statement said.")).toEqual([
      "a new adviser on Monday -> Ann Reyes",
      "The adviser will start at once -> Ann Reyes",
    ]);
  });

  it("not a phrase with a verb of its own", () => {
    expect(speakers("Gov. Ann Reyes hired a new adviser on Monday. After Lee sent a statement, the governor made the change public. “The adviser will start at once,” the statement said.")).toEqual([
      "a new adviser on Monday -> Ann Reyes",
      "The adviser will start at once -> statement",
    ]);
  });
});
