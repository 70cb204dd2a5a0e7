import { describe, expect, it } from "vitest";
import { speakerNames } from "./speaker-lines";

describe("a poll share is the people the sentence before names as the source of an answer", () => {
  it("'The council got no high marks from Danish Americans either. One in three said ...' is Danish Americans, not the poll's population", () => {
    const text =
      "A poll of 500 registered Ohio voters was released on Friday by the Civic Institute. " +
      "The council itself got no high marks from Danish Americans either. One in three said the council does not care about the town.";
    const share = speakerNames(text).find(([quote]) => quote.startsWith("the council does not care"));
    expect(share?.[1]).toBe("Danish Americans");
  });

  it("still names the poll's population when no sentence before names a source", () => {
    const text =
      "A poll of 500 registered Ohio voters was released on Friday by the Civic Institute. " +
      "The council has had a hard year. One in three said the council does not care about the town.";
    const share = speakerNames(text).find(([quote]) => quote.startsWith("the council does not care"));
    expect(share?.[1]).toBe("Ohio voters");
  });
});

describe("a bare share is the people the latest share named", () => {
  it("'6 in 10 Republicans ... Almost half said' is Republicans, not the object of an earlier 'plurality of'", () => {
    const text =
      "Exit polls told a tale of two parties. Ann Lee won a plurality of evangelical Christians. " +
      "More than 6 in 10 Republicans who attended the caucuses called themselves conservative. About four in 10 said they were angry. Almost half said they wanted an outsider.";
    const names = speakerNames(text);
    expect(names.find(([quote]) => quote.startsWith("they were angry"))?.[1]).toBe("Republicans");
    expect(names.find(([quote]) => quote.startsWith("they wanted an outsider"))?.[1]).toBe("Republicans");
  });

  it("'two-thirds of caucus attendees ... About three in 10 said' is the attendees, not the 'Among' group", () => {
    const text = "Among Democrats, about two-thirds of caucus attendees called themselves liberal. About three in 10 said they want a more liberal agenda.";
    expect(speakerNames(text).find(([quote]) => quote.startsWith("they want"))?.[1]).toBe("caucus attendees");
  });
});
