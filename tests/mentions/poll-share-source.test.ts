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
