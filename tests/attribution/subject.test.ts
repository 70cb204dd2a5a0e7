import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/index";

/** The speaker's mention text for the quote containing `needle`. */
function mentionFor(text: string, needle: string): string | null {
  const quote = extractQuotes(text, { articleDate: "2016-09-20" }).quotes.find((q) => q.text.includes(needle));
  if (!quote) throw new Error(`no quote containing "${needle}"`);
  return quote.speaker?.mention.text ?? null;
}

describe("the subject of a cue", () => {
  it.each([
    ["the mention right before it", 'Warren said the plan was "a disgrace."', "Warren"],
    ["past adverbs", 'Mexicans often say, "Poor Mexico, so far from God and so close to the United States."', "Mexicans"],
    ["across a comma apposition", 'Marty West, an education professor at Harvard, called it "an incredibly significant development."', "Marty West"],
    ["across a parenthetical and an apposition", 'Rep. Elijah Cummings (D-Md.), chair of the Platform Committee, said that it was "100 percent committed to an open process."', "Elijah Cummings"],
    ["across dashes", 'John Dickey, the chief executive of Ora Media -- the company that owns the show -- told me, "We are a content provider, and we are doing business."', "John Dickey"],
    ["of a coordinated verb", 'Ben Carson took the stage Tuesday at the Grand Hotel in Baltimore and called the political system "rotten to the core."', "Ben Carson"],
    ["of a participle after a preposition", 'House Speaker Paul Ryan, despite admitting that he had concerns about "trial lawyers trying to get rich," voted for the bill.', "Paul Ryan"],
    ["after a leading participial clause", 'After saying her right foot was "so swollen I could barely get my shoe on," she was taken to hospital.', "she"],
  ])("%s", (_, text, expected) => {
    const needle = text.match(/"([^"]{4,20})/)![1]!;
    expect(mentionFor(text, needle)).toBe(expected);
  });

  it("is not the object of a preposition before the apposition", () => {
    const text = 'In a panel discussion with Hillary Clinton, Marc Morial, president of the National Urban League, said "we need jobs now."';
    expect(mentionFor(text, "we need jobs")).toBe("Marc Morial");
  });
});
