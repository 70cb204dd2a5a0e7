import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src";

const speakerOf = (text: string, quote: string): string | undefined =>
  extractQuotes(text).quotes.find((q) => q.text.includes(quote))?.speaker?.name;

// Mark Lee is the subject of the sentence before: without the clause's later name, "he" would be him.
const SCENE =
  "Tom Reyes answered questions at a diner in Ames. Senator Mark Lee had mocked the plan of Reyes on Monday, and Lee repeated the attack on Tuesday.";

describe("a subject he or she is no one its own clause names after it", () => {
  it("He called Lee ...: not Lee", () => {
    expect(speakerOf(`${SCENE} He called Lee \u201ca man of empty promises.\u201d`, "empty promises")).toBe("Tom Reyes");
  });

  it("\u201c...,\u201d he said of Lee: not Lee", () => {
    expect(speakerOf(`${SCENE} \u201cHe has nothing to offer,\u201d he said of Lee.`, "nothing to offer")).toBe("Tom Reyes");
  });

  it("a name after a second quotation's speech verb may be the same speaker again", () => {
    const text = `${SCENE} \u201cWe will win Iowa,\u201d he said, and \u201cWe will win Ohio,\u201d said Lee.`;
    expect(speakerOf(text, "win Iowa")).toBe("Mark Lee");
  });

  it("a name inside an aside set off by dashes does not count", () => {
    const text = `${SCENE} He said the attack - a rebuttal to Lee's own slogan - was \u201ca sign of panic.\u201d`;
    expect(speakerOf(text, "sign of panic")).toBe("Mark Lee");
  });
});
