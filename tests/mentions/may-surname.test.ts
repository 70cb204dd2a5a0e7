import { describe, expect, it } from "vitest";
import { speakerLines as speakers } from "./speaker-lines";

describe("May as a surname", () => {
  it("closing a name it is part of the name, and a later pronoun names the person, not the apposition", () => {
    expect(speakers("Few were cheering. Khin Thida May, 58, a teacher, said she was relieved. She fears the vote will be ignored.")).toEqual([
      "she was relieved -> Khin Thida May via Khin Thida May",
      "the vote will be ignored -> Khin Thida May via She",
    ]);
  });

  it("before a date's number or a capitalised word it stays a month or a modal", () => {
    expect(speakers("Ann Lee said on May 5 that the plant would close.")).toEqual(["the plant would close -> Ann Lee via Ann Lee"]);
  });

  it("after a person's full name, a surname that is a common word is a name anywhere (George Will, then Will)", () => {
    const text = "Columnist George Will spoke on Friday. Instead, Will said the party should wait. Will argued that the vote was lost.";
    expect(speakers(text)).toEqual([
      "the party should wait -> George Will via Will",
      "the vote was lost -> George Will via Will",
    ]);
    // Not a question's modal at a sentence's start, nor before the full name is given.
    expect(speakers("Will the mayor run? She said the plan was dead.")).toEqual(["the plan was dead -> mayor via She"]);
  });
});

