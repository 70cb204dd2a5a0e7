import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/index";

/** The speaker's mention text and name for the quote containing `needle`. */
function speakerFor(text: string, needle: string): [string | null, string | null] {
  const quote = extractQuotes(text, { articleDate: "2016-09-20" }).quotes.find((q) => q.text.includes(needle));
  if (!quote) throw new Error(`no quote containing "${needle}"`);
  return [quote.speaker?.mention.text ?? null, quote.speaker?.name ?? null];
}

describe("the head of a subject its modifiers follow", () => {
  it.each([
    ["a preposition's phrase: the head, not the object", "Officials with the Harbour Development Board said they had no plans to sell the pier.", "no plans", "Officials"],
    ["two prepositions and a number", "Supporters in the crowd of about 3,000 said they would walk to the town hall.", "would walk", "Supporters"],
    ["a share and a place: the group, not the place", "Only about 3 in 10 Labour voters in each region said they trusted the mayor.", "trusted", "Labour voters"],
    ["a participle with its object", "People briefed on the merger said that it reflected the board's worries.", "reflected", "People"],
    ["a share of a group that a participle follows: the group, as for \"56 percent of Cuban-Americans polled\"", "Some 60 percent of Dutch farmers polled said they backed the new plan.", "backed", "Dutch farmers"],
    ["a participle, its time and its agent", "Analysts surveyed last month by the Leeds Courier said that prices would fall.", "prices would fall", "Analysts"],
    ["a modifier before an apposition", "Authorities in Lower Saxony, the state next to the Netherlands, said that border checks would begin soon.", "border checks", "Authorities"],
    ["a point of the compass the tagger reads as an adverb", "Farmers in the north of the county say the rail line will close.", "rail line", "Farmers"],
    ["a participle whose subject's modifiers lead the main verb", "The army's recent top adviser on the campaign went further, arguing the plan could make the threat worse.", "threat worse", "The army's recent top adviser"],
    ["'along' and an attributive participle", "Landowners along the proposed route of the cycle path have warned that they will go to court.", "go to court", "Landowners"],
  ])("%s", (_, text, needle, expected) => {
    expect(speakerFor(text, needle)[0]).toBe(expected);
  });

  it("an -ing word owned by 's inside the modifier is a noun: 'a person familiar with the family's thinking said'", () => {
    expect(speakerFor("The family supports a sale, a person familiar with the family's thinking said.", "supports")).toEqual(["a person", "person"]);
  });

  it("an adjective after the head with its own preposition is no part of the head: 'a person familiar with the talks'", () => {
    expect(speakerFor("A person familiar with the talks said the price was too high.", "price")).toEqual(["A person", "person"]);
    expect(speakerFor("The unit may be sold, according to people familiar with the matter.", "unit")).toEqual(["people", "people"]);
    expect(speakerFor("Aides close to the mayor said she would run again.", "run again")).toEqual(["Aides", "Aides"]);
  });

  it("reads 'One in four voters in a poll' as the voters, named without the number", () => {
    const text = "One in four voters in a Leeds Courier poll last year said illegal parking should be fined.";
    expect(speakerFor(text, "parking")).toEqual(["four voters", "voters"]);
  });

  it("names a share of a group polled after the group", () => {
    expect(speakerFor("Some 60 percent of Dutch farmers polled said they backed the new plan.", "backed")[1]).toBe("Dutch farmers");
  });

  it("keeps the mention right before the cue where no modifier ends there", () => {
    expect(speakerFor("Senator Ruth Calder of Idaho said the panel would vote on Monday.", "panel")[0]).toBe("Ruth Calder");
    expect(speakerFor("The mayor told voters in Leeds that the bridge would reopen in May.", "bridge")[0]).toBe("The mayor");
  });

  it("keeps a person named after a title with 'of'", () => {
    expect(speakerFor("Secretary of State Dana Ruiz said the talks would resume in May.", "talks")[0]).toBe("Dana Ruiz");
  });

  it("reads 'Six in 10' and 'half of respondents' as shares, not as modifiers", () => {
    const text = "A poll of 500 Ohio voters was released on Monday. Six in 10 said they backed the plan. Almost half of respondents said prices were too low.";
    expect(speakerFor(text, "backed")[1]).toBe("Ohio voters");
    expect(speakerFor(text, "prices")[1]).toBe("Ohio voters");
  });
});

describe("the subject across an apposition", () => {
  it("past a quoted term whose marks close after the apposition's comma", () => {
    expect(speakerFor("Omar Lenz, the hacker known as \u201cGucci,\u201d stated that he had access to the server.", "access")[0]).toBe("Omar Lenz");
  });

  it("past a relative clause that a comma closes before the cue", () => {
    const text = "Yet some voters who have listened to his speeches over the decades, on television or at small events, said he had less magnetism than they remembered.";
    expect(speakerFor(text, "magnetism")[0]).toBe("some voters");
  });

  it("keeps the speaker after the cue for a short quote before it", () => {
    expect(speakerFor('Asked about Ruiz, "Fine," said Ray Lund.', "Fine")[0]).toBe("Ray Lund");
  });
});

describe("a present participle with its object after the head", () => {
  it.each([
    ["a name in the participle's object is not the subject", "The attorney representing Harbour Watch said the port must release the files.", "release the files", "The attorney"],
    ["nor a person named there", "The attorney representing Ann Lee said the port must release the files.", "release the files", "The attorney"],
    ["a name inside a longer object", "A federal judge handling a Freedom of Information Act lawsuit ordered the port to release the files by Friday.", "release the files", "A federal judge"],
    ["a plural head", "Councillors backing the ferry plan said the vote would be close.", "vote would be close", "Councillors"],
  ])("%s", (_, text, needle, expected) => {
    expect(speakerFor(text, needle)[0]).toBe(expected);
  });

  it("leaves a title with an -ing word to the name it titles: 'managing director Ann Lee said'", () => {
    expect(speakerFor("The line will open late, Harbour Rail managing director Ann Lee said on Monday.", "open late")).toEqual(["Ann Lee", "Ann Lee"]);
  });
});
