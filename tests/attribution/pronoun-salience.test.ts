import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src";

const speakerOf = (text: string, quote: string): string | undefined =>
  extractQuotes(text).quotes.find((q) => q.text.includes(quote))?.speaker?.name;

// The article's main figure, named in every sentence before, so that it is the most prominent person.
const PROFILE = [
  "Governor Tom Reyes toured the plant on Monday.",
  "Reyes met the night shift.",
  "Reyes then visited the canteen.",
  "Reyes ate with the workers.",
  "Reyes later drove to Milton.",
  "Reyes opened a school there.",
  "Reyes also planted a tree.",
  "Reyes ended the day in Avon.",
].join(" ");

describe("which person a speaker pronoun refers to", () => {
  it("he after a quote: the subject who reports, not the person in the reported clause", () => {
    const text = `${PROFILE}\n\nDan Okafor, a union steward, suggested that Reyes was courting votes. \u201cPromises are cheap in an election year,\u201d he said.`;
    expect(speakerOf(text, "Promises are cheap")).toBe("Dan Okafor");
  });

  it("he after a quote: the subject who answers reports that the main figure acted", () => {
    const text = `${PROFILE}\n\nDan Okafor responded on Friday to reports that Reyes planned to back his rival. \u201cI was never going to win his favour,\u201d he said.`;
    expect(speakerOf(text, "never going to win")).toBe("Dan Okafor");
  });

  it("he of a verb of saying: the reporter of the sentence before, not the much-named subject of the clause reported", () => {
    // The article's main figure, named forty times: prominent enough to outscore a subject before.
    const often = Array.from({ length: 40 }, (_, k) => `Reyes spoke at stop ${k + 1}.`).join(" ");
    const text = `Governor Tom Reyes toured the plant. ${often}\n\nThe family has asked for privacy.\n\nFamily spokesman Dan Okafor says Reyes was joined by his wife and his sons. He says the service will be held on Friday.`;
    expect(speakerOf(text, "the service will be held")).toBe("Dan Okafor");
  });

  it("the main figure still, when it is the first subject of the sentence before", () => {
    const text = `${PROFILE}\n\nReyes said that Dan Okafor was a friend. \u201cWe go back a long way,\u201d he said.`;
    expect(speakerOf(text, "We go back")).toBe("Tom Reyes");
  });

  it("she is not a man whose first name is also a common word (Bill, Will, Frank, Mark)", () => {
    for (const first of ["Bill", "Will", "Frank", "Mark"]) {
      const text = `Former governor ${first} Norwood phoned Nora Quist on Sunday. \u201cHe asked when I was coming back to town,\u201d she said.`;
      expect(speakerOf(text, "He asked when")).toBe("Nora Quist");
    }
  });

  it("he is not a woman whose first name is also a common word (Rose, June, Holly)", () => {
    for (const first of ["Rose", "June", "Holly"]) {
      const text = `Senator ${first} Avery phoned Tom Quist on Sunday. \u201cShe asked when I was coming back to town,\u201d he said.`;
      expect(speakerOf(text, "She asked when")).toBe("Tom Quist");
    }
  });
});
