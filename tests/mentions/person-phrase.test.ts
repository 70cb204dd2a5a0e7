import { describe, expect, it } from "vitest";
import { speakerNames as speakers } from "./speaker-lines";
import { namesNoPerson } from "../../src/mentions/person-phrase";


describe("he and she resolve only to a person", () => {
  it("does not resolve he to a thing someone owns that a rule took for a speaker", () => {
    const text = 'Mayor Tom Reyes spoke at length. The plan was complete when Reyes in his announcement speech called the budget "a disaster" and he vowed to cut spending.';
    expect(speakers(text)[1]).toEqual(["to cut spending", "Tom Reyes"]);
  });

  it("tells phrases that cannot be one person from those that can", () => {
    expect(["his announcement speech", "10", "three", "55 percent", "the 20th century", "the fracas"].map(namesNoPerson))
      .toEqual([true, true, true, true, true, true]);
    expect(["his wife", "the nominee", "Reyes", "Ann Lee", "Professors Foner and Alba"].map(namesNoPerson))
      .toEqual([false, false, false, false, false]);
  });
});

describe("a subject with a prepositional phrase before its verb", () => {
  it("keeps its salience for the he that follows", () => {
    const text = "Carlos Ruiz opened the debate on Monday. Tom Reyes in his reply attacked the plan. He said the cuts would fail.";
    expect(speakers(text)[1]).toEqual(["the cuts would fail", "Tom Reyes"]);
  });
});

describe("an acronym of a common noun", () => {
  it("is no organisation that it could refer to", () => {
    const text = 'A new TV ad from the Reyes campaign aired on Monday. "We can win this race," the email read. It said that Lopez backs "bad ideas."';
    // Not "TV": "It" is the email that "read" the quote before (a document "it" can refer to),
    // as the first quote's speaker is; the article never says who sent the email.
    expect(speakers(text)[1]).toEqual(["bad ideas.", "email"]);
  });
});
