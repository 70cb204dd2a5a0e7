import { describe, expect, it } from "vitest";
import { reportedCueSpeakers as speakers } from "./quote-mentions";

describe("a subject set off from its cue by an aside or an adverbial phrase", () => {
  it("reads a hyphen with a space on either side as a dash that sets off an aside", () => {
    expect(speakers('The vote was on Monday. Governor Ann Lee - who once said she would "tear down" the old bridge - said at a rally that the state should close the road.')).toEqual([
      ["said", "Ann Lee"],
    ]);
    expect(speakers("The vote was on Monday. Maria Costa - the mayor's sister and co-host of his radio show - told reporters that the plan was illegal.")).toEqual([
      ["told", "Maria Costa"],
    ]);
  });

  it("finds a subject phrase with no detected mention past an aside in dashes, an adverb or a participle's clause", () => {
    expect(speakers("The vote was on Monday. The chief justice -- who has quarrelled with the governor over the past few days -- said she regretted her remarks.")).toEqual([
      ["said", "The chief justice"],
    ]);
    expect(speakers("The vote was on Monday. Brick makers, for instance, argue that the new tax favours imports.")).toEqual([
      ["argue", "Brick makers"],
    ]);
    expect(speakers("The vote was on Monday. The secretary general, meanwhile, called on the regime to abandon its weapons.")).toEqual([
      ["called on", "The secretary general"],
    ]);
    expect(speakers("The vote was on Monday. One former council employee, speaking on condition of anonymity, said the plan was illegal.")).toEqual([
      ["said", "One former council employee"],
    ]);
  });

  it("steps over an adverbial phrase between the subject and its verb", () => {
    expect(speakers("The vote was on Monday. Three groups have in fact reported spending $500,000 on the race.")).toEqual([
      ["reported", "Three groups"],
    ]);
  });

  it("reads an -ing word after a determiner, adjective or name and right before the cue as the subject's head noun", () => {
    expect(speakers("The vote was on Monday. Exit polling showed that voters were angry about the economy.")).toEqual([["showed", "Exit polling"]]);
    expect(speakers("The vote was on Monday. But the same polling suggests that the mayor is far ahead.")).toEqual([["suggests", "the same polling"]]);
  });

  it("gives a participle after an existential 'there' the noun phrase after 'be', not 'there'", () => {
    expect(speakers("The vote was on Monday. In the county, there is anecdotal evidence suggesting that turnout was low.")).toEqual([["suggesting", "anecdotal evidence"]]);
    expect(speakers("The vote was on Monday. There is no public record showing whether the gift was legal.")).toEqual([["showing", "no public record"]]);
  });
});
