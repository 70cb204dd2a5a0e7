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
});
