import { describe, expect, it } from "vitest";
import { createExtractor } from "../../src";

// A source in a prepositional frame opening the sentence (src/quotes/reported/frame.ts), on
// invented sentences: the clause after the comma, the preposition as its cue, the frame's object
// as its speaker.

const extractor = createExtractor();
const reported = (text: string) =>
  extractor.extract(text).quotes.filter((q) => q.type === "indirect").map((q) => [q.text, q.cue?.text, q.speaker?.mention?.text ?? null]);

describe("reported speech: a source in a frame opening the sentence", () => {
  it("reports the clause after 'To X,' for a name or a person pronoun", () => {
    expect(reported("To Marta Ruiz, the ferry plan is a reckless gamble.")).toEqual([
      ["the ferry plan is a reckless gamble", "To", "Marta Ruiz"],
    ]);
    expect(reported("But to others, the harbour tax looks like a fair bargain.")).toEqual([
      ["the harbour tax looks like a fair bargain", "to", "others"],
    ]);
  });

  it("steps past a relative aside on the source", () => {
    expect(reported("To Ann Lee, who has studied the ferry for years, the new timetable marked a turning point.")).toEqual([
      ["the new timetable marked a turning point", "To", "Ann Lee"],
    ]);
  });

  it("reports the results after 'In a poll,' and steps past a participle aside on the poll", () => {
    expect(reported("In a Harbour Gazette poll released Monday, Lee held a four-point lead over Ruiz.")).toEqual([
      ["Lee held a four-point lead over Ruiz", "In", "a Harbour Gazette poll"],
    ]);
    expect(reported("In the latest Coastline survey, conducted in May, Lee led Ruiz by six points.")).toEqual([
      ["Lee led Ruiz by six points", "In", "the latest Coastline survey"],
    ]);
  });

  it("leaves frames that are no source: an infinitive, a time, a thing, a common noun", () => {
    for (const text of [
      "To win the district, the mayor must carry the harbour wards.",
      "To date, the ferry has carried 2,000 passengers.",
      "To that end, the council hired two engineers.",
      "To a lot of residents, the ferry seems far-fetched.",
      "In 2015, the council closed the harbour.",
      "In states where exit polls were taken, turnout rose sharply.",
      "For Ann Lee, the ferry plan is a reckless gamble.",
    ]) expect(reported(text).filter(([, cue]) => /^(?:to|in|for)$/i.test(cue ?? ""))).toEqual([]);
  });

  it("leaves the clause to a cue of its own in it", () => {
    // The cue stays "said"; the speaker is the poll the frame names (attribution's poll frame, names45).
    expect(reported("In a Harbour Gazette poll released Monday, 40 percent said they backed the ferry.")).toEqual([
      ["they backed the ferry", "said", "a Harbour Gazette poll"],
    ]);
  });
});

describe("reported speech: an owned view opening the sentence", () => {
  it("reports the clause after 'In X's view,' and leaves 'In other words,'", () => {
    expect(reported("In Ann Lee's view, the ferry plan would ruin the harbour.")).toEqual([
      ["the ferry plan would ruin the harbour", "In", "Ann Lee"],
    ]);
    expect(reported("In other words, the ferry plan would ruin the harbour.").filter(([, cue]) => cue === "In")).toEqual([]);
  });
});

describe("reported speech: a frame's source with an apposition", () => {
  it("starts the clause past the apposition", () => {
    expect(reported("To Omar Reyes, a longtime adviser, the new plan for the harbour is sound.")).toEqual([
      ["the new plan for the harbour is sound", "To", "Omar Reyes"],
    ]);
  });
});
