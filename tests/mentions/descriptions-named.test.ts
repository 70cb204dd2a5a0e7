import { describe, expect, it } from "vitest";
import { entityNameOf, speakerNames } from "./speaker-lines";

describe("a front-runner epithet", () => {
  it("opening the sentence after one naming a person as subject is that person", () => {
    const text = "Ann Lee wants the city to build a new bridge.\n\nThe Democratic frontrunner wrote in the Corvale Star that the old one is unsafe.";
    expect(entityNameOf(text, "The Democratic frontrunner")).toBe("Ann Lee");
  });
});

describe("a description with a party word", () => {
  it("is no one the article gives the other party, however often named", () => {
    const text =
      "Republican nominee Tom Hale spoke in Ames. Hale spoke in Boone. Hale attacked Ann Lee on Sunday after the Democratic front-runner had called him reckless.";
    expect(entityNameOf(text, "the Democratic front-runner")).toBe("Ann Lee");
  });

  it("is not the person an earlier description gave the other party", () => {
    const text =
      "Ann Lee wants the city to build a new bridge.\n\nThe Democratic frontrunner wrote that the old one is unsafe. Lee went on to attack Tom Hale. Lee spoke in Ames, saying the presumptive Republican nominee had no plan.";
    expect(entityNameOf(text, "the presumptive Republican nominee")).toBe("Tom Hale");
  });

  it("is not the same as a description of the other party with the same head", () => {
    const text = "Ann Lee spoke in Ames on Monday. The Democratic nominee said the bridge is unsafe. Later the GOP nominee said it is fine.";
    expect(entityNameOf(text, "The Democratic nominee")).toBe("Ann Lee");
    expect(entityNameOf(text, "the GOP nominee")).toBe("GOP nominee");
  });
});

describe("the company with no antecedent of its own", () => {
  it("is the one business the sentences before name", () => {
    const text = "Corvale Media reached a deal with its unions on Friday, the Labor Department said. The company said workers would return on Monday.";
    expect(entityNameOf(text, "The company")).toBe("Corvale Media");
  });

  it("keeps its own words when two businesses are named", () => {
    const text = "Corvale Media reached a deal with Harbor Group on Friday. The company said workers would return on Monday.";
    expect(entityNameOf(text, "The company")).toBe("company");
  });

  it("is no organisation only a capitalised description gives: the article names no business", () => {
    const text = "The Harbor Daily said on Friday that prices would rise. The company said workers would return on Monday.";
    expect(entityNameOf(text, "The company")).toBe("company");
  });

  it("is not the news agency whose dateline files the story, and a legal form or a trade word makes a name a business", () => {
    expect(entityNameOf("LONDON (Reuters) - Corvale Holdings said its profit fell. The company said it would cut jobs.", "The company")).toBe("Corvale Holdings");
    expect(entityNameOf("OSLO (Reuters) - Fjordlink NV said its profit fell. The Bergen-based company said rates would recover.", "The Bergen-based company")).toBe("Fjordlink NV");
  });

  it("takes no acronym for a business: it may be any body", () => {
    expect(entityNameOf("The NAACP sued the city on Friday. The company said workers would return on Monday.", "The company")).toBe("company");
    expect(entityNameOf("Corvale Media sued the NAACP on Friday. The company said workers would return on Monday.", "The company")).toBe("Corvale Media");
  });
});

describe("an acronym before an organisation's head", () => {
  it("is the name the article spells it out as, even one the lexicon took for a person", () => {
    const text =
      "'Black Lives Matter' Asks Mayor For Answers\n\nFor once the council and the Black Lives Matter movement agree. Now the BLM group is calling on Mayor Ann Lee to resign.";
    expect(entityNameOf(text, "the BLM group")).toBe("Black Lives Matter");
  });

  it("is the acronym's organisation when nothing spells it out", () => {
    const text = "The NRA spent more this year. Now the NRA group is calling on Mayor Ann Lee to resign.";
    expect(entityNameOf(text, "the NRA group")).toBe("NRA");
  });
});

describe("a committee written out as a name", () => {
  it("is not the other party's committee, by its words or its acronym", () => {
    const both = "The Republican National Committee met on Monday in Ames. The RNC chose a new chairman. Later the Democratic National Committee said the choice was poor.";
    expect(entityNameOf(both, "the Democratic National Committee")).toBe("Democratic National Committee");
    expect(entityNameOf(both, "RNC")).toBe("Republican National Committee");
    const acronym = "The RNC chose a new chairman on Monday. Later the Democratic National Committee said the choice was poor.";
    expect(entityNameOf(acronym, "the Democratic National Committee")).toBe("Democratic National Committee");
  });
});

describe("a lede's description with a relative who", () => {
  it("is the person the next sentence opens with, set off by a comma and named there first", () => {
    const text =
      "The Corvale hacker who first revealed the leak was sentenced on Friday by a judge in Ames.\n\nMarek Novak, 44, known online as Wraith, pleaded guilty in May.";
    expect(entityNameOf(text, "The Corvale hacker")).toBe("Marek Novak");
  });

  it("names a speaker phrase no detection found", () => {
    const text =
      "A woman who has accused the former mayor of fraud said Sunday night that the city lost millions.\n\nAnn Lee, who moved away in May, spoke to a local radio station.";
    expect(speakerNames(text).map(([, name]) => name)).toEqual(["Ann Lee"]);
  });

  it("may have one sentence about the protagonist as she or he before the name", () => {
    const text =
      "A woman who has accused the former mayor of fraud said Sunday night that the city lost millions. She also described a meeting that she said showed the mayor knew. Ann Lee, who moved away in May, spoke to a local radio station.";
    expect(speakerNames(text).map(([, name]) => name)).toEqual(["Ann Lee", "Ann Lee", "Ann Lee"]);
  });

  it("names a party word that heads the description, without taking that word for the person elsewhere", () => {
    const text =
      "The lifelong Republican who wrote the speech says he will not vote for Tom Hale this fall. Richard Voss, a former staff member, wrote it in June. A Republican said that Hale would win.";
    expect(speakerNames(text).map(([, name]) => name)).toEqual(["Richard Voss", "Republican"]);
    const epithet = "The Ohio Republican who wrote the speech says he will not vote for Tom Hale this fall. Richard Voss, a former staff member, wrote it in June.";
    expect(speakerNames(epithet).map(([, name]) => name)).toEqual(["Richard Voss"]);
  });

  it("stays a description when the name in the next sentence is not set off, or there is no who", () => {
    const plain = "The Corvale hacker who first revealed the leak was sentenced on Friday.\n\nMarek Novak said the case was closed.";
    expect(entityNameOf(plain, "The Corvale hacker")).toBe("Corvale hacker");
    const noWho = "The Corvale hacker was sentenced on Friday.\n\nMarek Novak, 44, pleaded guilty in May.";
    expect(entityNameOf(noWho, "The Corvale hacker")).toBe("Corvale hacker");
    const several =
      "The judges who ruled that the state could not enforce its law, for instance, said the problem was the fee.\n\nAnn Lee, who leads the Corvale Fund, said she was pleased.";
    expect(speakerNames(several).map(([, name]) => name)).toEqual(["judges", "Ann Lee"]);
  });
});

describe("an organisation's name before its head noun", () => {
  it("\u201cthe Minera Andina Sur company\u201d is the organisation named so, typed an organisation", () => {
    expect(speakerNames("Minera Andina Sur will move the dam. The Minera Andina Sur company said the move would take a year.")).toEqual([
      ["the move would take a year", "Minera Andina Sur"],
    ]);
  });

  it("not a person the text shows as one (a known first name)", () => {
    expect(entityNameOf("Ann Lee runs a shop. The Ann Lee company said it would close.", "The Ann Lee company")).toBe("Ann Lee company");
  });
});

describe("some members of a group, no share of a poll", () => {
  it("\u201cone of the people\u201d after \u201cpeople familiar with the matter\u201d is named people, not respondents", () => {
    expect(speakerNames("Norvik is exploring a sale, according to people familiar with the matter. One of the people said two firms had made inquiries.")).toEqual([
      ["Norvik is exploring a sale", "people"],
      ["two firms had made inquiries", "people"],
    ]);
  });
});

describe("a description in apposition after a name and its age", () => {
  it("is the named person (\u201cTom Reyes, 74, a retired tram driver, who said ...\u201d)", () => {
    const text = "Among the regulars at the pool was Tom Reyes, 74, a retired tram driver, who said he had swum there for forty years.";
    expect(entityNameOf(text, "a retired tram driver")).toBe("Tom Reyes");
    expect(speakerNames(text)).toEqual([["he had swum there for forty years", "Tom Reyes"]]);
  });
});

describe("a bare \u201cRespondents\u201d is a poll's sample only", () => {
  it("stays respondents after a people phrase that is no poll's population", () => {
    const text = 'In wartime the census gave the army lists of specific Italian Americans. Respondents are obliged to disclose: "When did this person come to live here?"';
    expect(speakerNames(text)).toEqual([["When did this person come to live here?", "respondents"]]);
  });

  it("is the population of the poll described before", () => {
    expect(speakerNames("A poll of 600 likely voters was released on Monday. Respondents said the levy was too high.")).toEqual([["the levy was too high", "voters"]]);
  });
});

describe("the place of a dateline", () => {
  it("is no one: a description is not linked to it, nor to a name ending in it ('TARAWA —' ... 'North Tarawa')", () => {
    const text =
      "TARAWA — A seawall on North Tarawa collapsed on Sunday.\n\nOfficials said a team would be on North Tarawa by Friday. " +
      "\u201cI will not forget it,\u201d the minister said.";
    expect(entityNameOf(text, "the minister")).toBe("minister");
    expect(speakerNames(text)).toEqual([
      ["a team would be on North Tarawa by Friday", "Officials"],
      ["I will not forget it", "minister"],
    ]);
  });
});
