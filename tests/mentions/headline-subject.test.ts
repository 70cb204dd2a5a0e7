import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src";

const speakersOf = (text: string): Array<string | undefined> => extractQuotes(text).quotes.map((q) => q.speaker?.name);

describe("a headline's bare noun is what the lede describes with the same head", () => {
  it("'Republican seeks new inquiry' then 'the Utah Republican asks': the man named", () => {
    const text =
      "Republican seeks new Reyes inquiry.\n\nCommittee Chairman Tom Pryce on Tuesday requested another investigation of Ann Reyes. In the letter, the Utah Republican asks for an investigation.";
    expect(speakersOf(text)).toEqual(["Tom Pryce", "Tom Pryce", "Tom Pryce"]);
  });

  it("'Poll: ...' then 'according to a poll ... by Civic Pulse': the pollster", () => {
    const text =
      "Poll: Lee a big turnoff for rural voters.\n\nDUNMORE — Lee has lost ground, according to a poll of 400 voters released on Friday by Civic Pulse, a research group.";
    expect(speakersOf(text)).toEqual(["Civic Pulse", "Civic Pulse"]);
  });

  it("a description the article never names keeps the headline's word: 'Poll Shows Lee Ahead' then 'a new poll shows'", () => {
    const text = "Poll Shows Lee Ahead In Race.\n\nA new national poll shows Ann Lee with her largest lead to date.";
    expect(speakersOf(text)).toEqual(["Poll", "poll"]);
  });

  it("'This Big-Name Senator Endorsed Voss' then 'Alabama Sen. Dale Harmon': the person the lede titles with the headline's noun", () => {
    const text = "Right After This Big-Name Senator Endorsed Voss, The Party Reacted.\n\nAlabama Sen. Dale Harmon caused quite a stir when he endorsed Voss on Sunday.";
    expect(speakersOf(text)).toEqual(["Dale Harmon", "Dale Harmon"]);
  });

  it("no headline line: a first sentence running on in its paragraph is left alone", () => {
    const text = "Republican seeks new Reyes inquiry. In the letter, the Utah Republican, Tom Pryce, asks for an investigation.";
    expect(speakersOf(text)[0]).toBe("Republican");
  });
});

describe("a deck under the headline is a headline line too (names30)", () => {
  it("'Judge says ...' on the second line, then 'Judge Ana Vella said': the judge named", () => {
    const text =
      'Court strikes down permit for harbour hotel\nJudge says board "ignored its own rules"\n\nThe Court of Appeal has struck down a permit for a hotel. Judge Ana Vella said the board had ignored its rules.';
    const quotes = extractQuotes(text).quotes;
    expect(quotes[0]!.text).toBe("ignored its own rules");
    expect(quotes[0]!.speaker?.name).toBe("Ana Vella");
  });
});

describe("a lede's unnamed description before a named one of the same head (names45)", () => {
  it("'New Poll Shows ...' then 'a new national poll shows' then 'The latest Quill Research poll shows': the pollster", () => {
    const text =
      "New Poll Shows Lee Ahead In Race.\n\nOnly days before the vote, a new national poll shows Ann Lee with her largest lead to date.\n\nThe latest Quill Research poll shows Lee leading Ray 44 percent to 37 percent.";
    expect(speakersOf(text)[0]).toBe("Quill Research");
  });
});
