import { describe, expect, it } from "vitest";
import { createExtractor } from "../../src";
import { buildDocument } from "../../src/document";

// Names wink tags as verbs ("Welch said", "Will urged"), on invented sentences
// (docs/reported-speech.md, "Round 21"): inside a sentence, before a verb in lower case, such a
// capitalised word is the verb's subject.

const posOf = (text: string, word: string) => buildDocument(text).tokens.find((t) => t.text === word)?.pos;
const extractor = createExtractor();

describe("names tagged as verbs", () => {
  it("reads a capitalised word tagged a verb before a verb in lower case as a name", () => {
    expect(posOf("The ferry will run again in May, Welch said.", "Welch")).toBe("PROPN");
    const quotes = extractor.extract("The ferry will run again in May, Welch said.").quotes;
    expect(quotes.map((q) => [q.type, q.text, q.speaker?.mention?.text])).toEqual([["indirect", "The ferry will run again in May", "Welch"]]);
  });

  it("reads a capitalised word tagged a verb before a name as that name's first word", () => {
    expect(posOf("The ferry will run again in May, Ted Marsh said.", "Ted")).toBe("PROPN");
    const quotes = extractor.extract("The ferry will run again in May, Ted Marsh said.").quotes;
    expect(quotes.map((q) => [q.type, q.text, q.speaker?.mention?.text])).toEqual([["indirect", "The ferry will run again in May", "Ted Marsh"]]);
  });

  it("reads a capitalised word tagged a verb before a possessive 's as a name: a verb takes no possessive", () => {
    const text = "The pope will travel to Paraguay in November, the Holy See's spokesman said on Friday.";
    expect(posOf(text, "See")).toBe("PROPN");
    expect(extractor.extract(text).quotes.map((q) => [q.type, q.text, q.speaker?.mention?.text])).toEqual([
      ["indirect", "The pope will travel to Paraguay in November", "the Holy See's spokesman"],
    ]);
    expect(posOf("He said, Let's go.", "Let")).not.toBe("PROPN");
  });

  it("reads a capitalised word tagged a verb between a name and a noun in lower case as the name's last word", () => {
    const text = "The pope will travel to Paraguay in November, Holy See spokesman Matteo Ruscelli told reporters.";
    expect(posOf(text, "See")).toBe("PROPN");
    expect(extractor.extract(text).quotes.map((q) => [q.type, q.text, q.speaker?.name])).toEqual([
      ["indirect", "The pope will travel to Paraguay in November", "Matteo Ruscelli"],
    ]);
  });

  it("leaves a sentence's first word and a headline in title case alone", () => {
    expect(posOf("Will the ferry run again in May?", "Will")).toBe("AUX");
    expect(posOf("Ferry Will Run Again, Mayor Says", "Will")).not.toBe("PROPN");
    expect(posOf("Voters Say Ted Marsh Will Win", "Ted")).not.toBe("PROPN");
  });
});
