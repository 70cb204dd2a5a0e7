import { describe, expect, it } from "vitest";
import { createExtractor } from "../../src";

const extractor = createExtractor();
const speakers = (text: string) =>
  extractor.extract(text).quotes.map((q) => [q.text, q.cue?.text ?? null, q.speaker?.mention?.text ?? null]);

describe("the subject of a participle past an aside in dashes", () => {
  it("gives a participle after the main clause the subject that an aside in dashes follows, not the aside's own subject", () => {
    expect(speakers("Mrs. Lane -- whose husband is a lawyer -- has publicly derided the plan, suggesting that efforts to revive it are misguided.")).toEqual([
      ["the plan", "derided", "Lane"],
      ["efforts to revive it are misguided", "suggesting", "Lane"],
    ]);
    expect(speakers("The mayor \u2014 whose deputy runs the port \u2014 rejected the budget, saying that the tax rise was unfair.")).toEqual([
      ["the budget", "rejected", "The mayor"],
      ["the tax rise was unfair", "saying", "The mayor"],
    ]);
  });
});
