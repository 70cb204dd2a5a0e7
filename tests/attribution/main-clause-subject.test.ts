import { describe, expect, it } from "vitest";
import { quoteMentions as speakers } from "./quote-mentions";

describe("a partial quote in a sentence with no cue is the words of its main verb's subject, a person", () => {
  it("a name with an apposition before a verb no lexicon lists", () => {
    expect(speakers("Maria Lopez, the city's former budget director, ripped the mayor for acting as \u201cthe judge and the jury\u201d in the inquiry.")).toEqual([
      ["the judge and the jury", "Maria Lopez"],
    ]);
  });

  it("a pronoun, and a quote after a comma", () => {
    expect(speakers("Tom Keane spoke last. He reacted coolly to the deal, \u201cI am worried about any plan that sends everyone back.\u201d")).toEqual([
      ["I am worried about any plan that sends everyone back.", "He"],
    ]);
  });

  it("past a verb form inside the subject's apposition", () => {
    expect(speakers("Ana Ruiz, the mayor's fired campaign manager, ripped the council for acting as \u201cthe judge and the jury\u201d in the case.")).toEqual([
      ["the judge and the jury", "Ana Ruiz"],
    ]);
  });

  it("past a clause set off in the sentence's opening phrase", () => {
    expect(speakers("Growing up in Elm Park, the quiet suburb where the Hales lived, Nina Volk confided to her that the Hales were \u201cthe last family to leave the old street\u201d that year.")).toEqual([
      ["the last family to leave the old street", "Nina Volk"],
    ]);
  });

  it("not a sentence about a thing", () => {
    expect(speakers("The new plan sets aside money for \u201ca fresh start for every tenant in the county\u201d by spring.")).toEqual([
      ["a fresh start for every tenant in the county", null],
    ]);
  });
});
