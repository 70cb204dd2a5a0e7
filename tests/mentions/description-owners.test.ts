import { describe, expect, it } from "vitest";
import { entityNameOf } from "./speaker-lines";
import { extractQuotes } from "../../src";


describe("the owner of a possessive description", () => {
  it("is a surname the lexicon does not know when the article names it again and again", () => {
    const text = "Brandt spoke at the Korvel Express rally. When Brandt opened his campaign in March, his critics denounced him at once.";
    expect(entityNameOf(text, "his critics")).toBe("Brandt critics");
  });

  it("is not a capitalised word named once inside an organisation's name", () => {
    const text = "Tom Reyes sits on the Health, Labor and Pensions Committee, and his aides said nothing.";
    expect(entityNameOf(text, "his aides")).toBe("Reyes aides");
  });

  it("is the person given the role when a place or party word stands before it ('the Ohio senator's allies')", () => {
    const text = "Sen. Ted Marsh wants to mend fences with his colleagues. The first step, the Ohio senator's allies say, will be to help them win.";
    expect(entityNameOf(text, "the Ohio senator's allies")).toBe("Marsh allies");
  });

  it("keeps its written words when no one has the role, or when the head is no role ('the Trump campaign's')", () => {
    expect(entityNameOf("Voters went to the polls. The Ohio senator's allies say turnout was high.", "The Ohio senator's allies")).toBe("Ohio senator allies");
    expect(entityNameOf("Ann Lee ran for the seat. The Trump campaign's spokesman said the race was over.", "The Trump campaign's spokesman")).toBe("Trump campaign spokesman");
  });
});

describe("a definite description with a capitalised modifier", () => {
  it("is not an earlier description of the same head that names another owner", () => {
    const text = "Dana Holt attacked Rubel in March. Rubel's campaign answered at once.\n\nThe Holt campaign calls this a false story.";
    expect(entityNameOf(text, "The Holt campaign")).toBe("Holt campaign");
    expect(entityNameOf(text, "Rubel's campaign")).toBe("Rubel campaign");
  });

  it("is still the antecedent of a later bare description", () => {
    const text = "The Marvel campaign said it would spend more. Later the campaign said it would not.";
    expect(entityNameOf(text, "the campaign")).toBe("Marvel campaign");
  });
});

describe("a description that speaks right after a quotation", () => {
  it("goes on with the subject of the sentence before the quotation, not the article's main figure", () => {
    const text =
      "Tom Reyes wrote a long report on the port. Dara Finch read it in May, and Finch praised Reyes in a radio interview.\n\n" +
      'Finch told the council. Later Reyes spoke at the dock. Omar Bell criticised Finch and defended Reyes in a recent interview. "I think what Finch did is one of the worst things I have seen," the city treasurer said.';
    expect(entityNameOf(text, "the city treasurer")).toBe("Omar Bell");
  });
});

describe("a name after a paragraph of straight quotation marks", () => {
  it("is outside the quotation when the marks' spacing says the last one closed it", () => {
    const text =
      'Ann Lee ran the mill for years. "Is the deal done?" said Ann Lee, a trader who has sold grain for decades. "Are they sure of the price? I doubt it. I really do. Ask anyone."\n\n' +
      "On Tuesday the board met Tom Reyes. The 44-year-old promised to stay.";
    expect(entityNameOf(text, "The 44-year-old")).toBe("Tom Reyes");
  });
});

describe("a relative pronoun after a person's age and home town", () => {
  it("refers to the person, not the town", () => {
    const text = '"It is time for a change," said Nora Blum, 24, from Halden, who said the mayor had failed the town.';
    const { quotes } = extractQuotes(text);
    expect(quotes.map((q) => [q.text, q.speaker?.name ?? null])).toEqual([
      ["It is time for a change", "Nora Blum"],
      ["the mayor had failed the town", "Nora Blum"],
    ]);
  });
});

describe("an unnamed speaker's description", () => {
  it("is named without its lower-case adjectives, which a person keeps as a title", () => {
    const text = "The council voted on Monday. A senior harbour official said the dock would reopen in May.";
    const { quotes } = extractQuotes(text);
    expect(quotes.map((q) => [q.text, q.speaker?.name, q.speaker?.title])).toEqual([
      ["the dock would reopen in May", "harbour official", "senior harbour official"],
    ]);
  });

  it("keeps the spokesman of a person named by a description as the speaker, titled: 'the former mayor’s spokeswoman'", () => {
    const text = "Ann Vale will skip the convention.\n\nCiting \u201cobligations at home,\u201d the former mayor\u2019s spokeswoman told reporters that Vale plans to stay away.";
    const { quotes } = extractQuotes(text);
    expect(quotes.map((q) => [q.text, q.speaker?.name, q.speaker?.title])).toEqual([
      ["obligations at home", "Vale spokeswoman", "spokeswoman"],
      ["Vale plans to stay away", "Vale spokeswoman", "spokeswoman"],
    ]);
  });
});
