import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src";

const speakersOf = (text: string): Array<string | undefined> => extractQuotes(text).quotes.map((q) => q.speaker?.name);

describe("a lede's indefinite organisation or document is the organisation the next sentence names", () => {
  it("'A major climate group is demanding ... Verdant Action, founded by ..., will air': Verdant Action", () => {
    const text =
      "Green group to run ads. A major climate group is demanding that the candidates propose a clean energy plan, through an ad campaign that will run on Tuesday. Verdant Action, founded by the investor Tom Pryce, will air an ad during the debate.";
    expect(speakersOf(text)).toEqual(["Verdant Action"]);
  });

  it("'A news report published Wednesday said ... The Hartwell Times reported': the paper", () => {
    const text =
      "Mayor used private email. A news report published Wednesday said Mayor Ann Lee used a private email account for city business. The Hartwell Times reported it obtained 72 emails that Lee sent.";
    expect(speakersOf(text)).toEqual(["Hartwell Times", "Hartwell Times"]);
  });

  it("not a person named next: 'A local group ... Tom Pryce, its founder,' stays the group", () => {
    const text = "A local group said the plan would fail. Tom Pryce, its founder, will speak on Friday.";
    expect(speakersOf(text)).toEqual(["group"]);
  });

  it("after a phrase opening the sentence: 'Almost a week after ..., a Dunmore newspaper called on' is The Ledger named next", () => {
    const text =
      "Almost a week after the storm hit Harlow County, a Dunmore newspaper called on Governor Ann Reyes to visit. The Ledger had chided Mayor Tom Pryce on Aug. 17 for staying away. The newspaper said the damage was extensive.";
    expect(speakersOf(text)).toEqual(["Ledger", "Ledger", "Ledger"]);
  });

  it("not a clause of its own before the comma: '..., a police report indicates. Lara Quist, 24, will be charged' stays the report", () => {
    const text = "The woman told police she was stressed out by guards, a police report indicates. Lara Quist, 24, will be charged with assault.";
    expect(speakersOf(text)).toEqual(["police report"]);
  });
});
