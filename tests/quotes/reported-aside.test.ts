import { describe, expect, it } from "vitest";
import { createExtractor } from "../../src";

const extractor = createExtractor();
const reported = (text: string) =>
  extractor
    .extract(text)
    .quotes.filter((q) => q.type === "indirect")
    .map((q) => [q.text, q.cue?.text ?? null, q.speaker?.mention?.text ?? null]);

describe("a cue in an aside between the subject and its verb", () => {
  it("lets a weak cue in the aside report nothing past it, and the main verb reports its clause", () => {
    expect(reported("Farm delegate Jan Brook, wearing a green shirt covered in buttons, said he is proud of the campaign.")).toEqual([
      ["he is proud of the campaign", "said", "Jan Brook"],
    ]);
    expect(reported("Mr. Pell, in the wake of a new survey showing weak support, told the radio station that the mayor must do better.")).toEqual([
      ["the mayor must do better", "told", "Pell"],
    ]);
  });

  it("finds the aside after a phrase opening the sentence", () => {
    expect(reported("In a long interview, Ana Ruiz, wearing a coat covered in badges, said the strike would end soon.")).toEqual([
      ["the strike would end soon", "said", "Ana Ruiz"],
    ]);
  });

  it("lets a relative clause in the aside report nothing, and its antecedent speaks through the main verb", () => {
    expect(reported("Ms. Odile Varga, who covered the harbour for twenty years, said the new pier would never open.")).toEqual([
      ["the new pier would never open", "said", "Odile Varga"],
    ]);
  });

  it("leaves a parenthetical attribution and a clause with a verb after the cue as they were", () => {
    expect(reported("The plan, the mayor said, would cost millions.").map(([, cue, speaker]) => [cue, speaker])).toEqual([["said", "the mayor"]]);
    expect(reported("Lee said the bridge, built in 1950, was unsafe.")).toEqual([["the bridge, built in 1950, was unsafe", "said", "Lee"]]);
  });
});

describe("a clause whose subject is an indefinite pronoun", () => {
  it("reports the clause of the verb of saying, not of a verb inside it, past an apposition", () => {
    expect(reported("Her neighbour, Ruiz, said nobody had explained the plan to the residents.")).toEqual([
      ["nobody had explained the plan to the residents", "said", "Ruiz"],
    ]);
    expect(reported("The coach, Ada Brandt, said everyone knew the match was lost.")).toEqual([
      ["everyone knew the match was lost", "said", "Ada Brandt"],
    ]);
  });

  it("does not open such a clause with an object or possessive pronoun", () => {
    expect(reported("The manager told him the shop would close.")).toEqual([["the shop would close", "told", "The manager"]]);
  });
});

describe("a relative clause after an object, with a cue of its own", () => {
  const named = (text: string) =>
    extractor.extract(text).quotes.map((q) => [q.text, q.cue?.text ?? null, q.speaker?.name ?? null]);

  it("ends the object before the relative clause, which reports its antecedent's words", () => {
    expect(named("The two senators praised the tone of Mayor Ida Quist, who has argued that the tunnel is a waste of money.")).toEqual([
      ["the tone of Mayor Ida Quist", "praised", "senators"],
      ["the tunnel is a waste of money", "argued", "Ida Quist"],
    ]);
  });

  // Round 27: PolNeAR gives such a clause its own Source ("unions who said ..." is the unions'
  // statement), so one without a comma ends the object too when its verb reports a clause.
  it("ends the object before a relative clause without a comma when its verb reports a clause; leaves one that describes", () => {
    expect(named("The council criticized a developer who has argued that the tunnel is a waste of money.").map(([text, cue]) => [text, cue])).toEqual([
      ["a developer", "criticized"],
      ["the tunnel is a waste of money", "argued"],
    ]);
    expect(named("The council criticized a developer who will say anything.").map(([, cue]) => cue)).toEqual(["criticized"]);
  });
});
