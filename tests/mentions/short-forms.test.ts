import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src";

const speakersOf = (text: string): Array<string | undefined> => extractQuotes(text).quotes.map((q) => q.speaker?.name);

describe("a name that opens an organisation's or a place's name is its short form", () => {
  it("'Sandy Hook' after 'Sandy Hook Elementary School' is no person a 'he' can be", () => {
    const text =
      "Senator Tom Brack visited Sandy Hook Elementary School last year. \u201cThere is a lot of paperwork in this job,\u201d he said. In that sense, Sandy Hook was not just a national tragedy, but a personal summons. \u201cThis was something different,\u201d he added.";
    expect(speakersOf(text)).toEqual(["Tom Brack", "Tom Brack"]);
  });

  it("a person stays one where the article names a word of the name alone ('Hillary said')", () => {
    const text = "Hillary Quist spoke about the Hillary Quist White House on Monday. Nora Lind sat beside her. \u201cWe will win,\u201d Hillary said.";
    expect(extractQuotes(text).speakers.find((s) => s.name === "Hillary Quist")?.kind).toBe("person");
  });
});
