import { describe, expect, it } from "vitest";
import { speakerLines as speakers } from "./speaker-lines";

describe("a place's name in the possessive before a person's name", () => {
  it("is where the person is from: the person speaks", () => {
    expect(speakers("\"We lost the county,\" said Oregon\u2019s Sam Hale, a Republican consultant.")).toEqual([
      "We lost the county -> Sam Hale via Sam Hale",
    ]);
  });

  it("before a role noun stays the speaker's phrase", () => {
    expect(speakers("\"We lost the county,\" said Oregon's governor.")).toEqual([
      "We lost the county -> Oregon governor via Oregon's governor",
    ]);
  });
});
