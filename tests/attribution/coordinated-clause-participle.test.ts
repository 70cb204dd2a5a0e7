import { describe, expect, it } from "vitest";
import { reportedCueSpeakers as speakers } from "./quote-mentions";

describe("a participle after a second main clause goes on with that clause", () => {
  it("credits the subject of the clause after 'and' or 'but', not the sentence's first subject", () => {
    expect(speakers("Over the past week, prosecutors charged the officer with murder and Mayor Ann Lee fired her police chief, acknowledging that residents had lost trust in the force.")).toEqual([
      ["charged", "prosecutors"],
      ["acknowledging", "Ann Lee"],
    ]);
    expect(speakers("Lee quickly pivoted to talking about roads, but the host brought her back to the budget, asking Lee to explain the cuts.")).toEqual([
      ["asking", "the host"],
    ]);
  });

  it("passes over an 'and' that joins no clause, or joins a subject to a mention", () => {
    expect(speakers("Mayor Ann Lee was adamant that she and the council keep the upper hand, telling reporters that the board would come to them.")).toEqual([
      ["adamant", "Ann Lee"],
      ["telling", "Ann Lee"],
    ]);
    expect(speakers("Mayor Ann Lee criticized the council and the board, saying that both had failed the city.")).toEqual([
      ["criticized", "Ann Lee"],
      ["saying", "Ann Lee"],
    ]);
  });
});
