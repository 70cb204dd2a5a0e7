import { describe, expect, it } from "vitest";
import { parseGoldJsonl, parseGoldJsonlRecords, scoreDocuments } from "../../src/eval";
import { extractQuotes } from "../../src/index";
import { annotationArticle } from "../../src/report";
import { ARTICLE, loadCore, rangeOf } from "./annotate";
import { loadArticle } from "./helpers";

const core = loadCore();

describe("annotation core: ranges", () => {
  it("trims white space off a selection, and gives null for white space alone", () => {
    expect(core.trimRange(" \n ab c \t", 0, 9)).toEqual({ start: 3, end: 7 });
    expect(core.trimRange("a   b", 1, 4)).toBeNull();
  });

  it("moves either edge of a span by one word, and refuses to empty it", () => {
    const text = 'He said "we will win the vote" today.';
    const quote = rangeOf(text, "we will win the vote");
    expect(core.nudge(text, quote, "start", 1)).toEqual({ start: rangeOf(text, "will").start, end: quote.end });
    expect(core.nudge(text, quote, "start", -1)).toEqual({ start: rangeOf(text, '"we').start, end: quote.end });
    expect(core.nudge(text, quote, "end", -1)).toEqual({ start: quote.start, end: rangeOf(text, "the").end });
    expect(core.nudge(text, quote, "end", 1)).toEqual({ start: quote.start, end: rangeOf(text, 'vote"').end });
    expect(core.nudge(text, rangeOf(text, "today."), "end", 1)).toEqual(rangeOf(text, "today."));
    expect(core.nudge(text, rangeOf(text, "vote"), "end", -1)).toBeNull();
    expect(core.nudge(text, rangeOf(text, "said"), "start", 1)).toBeNull();
  });

  it("calls a range a quotation when it holds a double quotation mark or sits just inside one", () => {
    const text = 'Ms Lee said "It is done," and added that it was late.';
    expect(core.guessType(text, rangeOf(text, '"It is done,"').start, rangeOf(text, '"It is done,"').end)).toBe("direct");
    expect(core.guessType(text, rangeOf(text, "It is done").start, rangeOf(text, "It is done").end)).toBe("direct");
    expect(core.guessType(text, rangeOf(text, "it was late").start, rangeOf(text, "it was late").end)).toBe("indirect");
    const next = rangeOf(ARTICLE, "Council member Raj Patel disagreed");
    expect(core.guessType(ARTICLE, next.start, next.end)).toBe("indirect");
    const nyt = "''Yes,'' he said.";
    expect(core.guessType(nyt, 9, 16)).toBe("indirect");
    expect(core.guessType(nyt, 2, 5)).toBe("direct");
  });
});

describe("annotation core: finding a typed speaker", () => {
  const torres = rangeOf(ARTICLE, "Ana Torres");
  const laterTorres = rangeOf(ARTICLE, "Torres", 1);
  const mentions = [
    { ...torres, name: "Ana Torres" },
    { ...laterTorres, name: "Ana Torres" },
  ];
  const lastQuote = rangeOf(ARTICLE, "the contractor had promised to finish the deck by May");
  const firstQuote = rangeOf(ARTICLE, "The bridge will open in June");

  it("takes the speaker's mention nearest the quote, by written text or by speaker name", () => {
    expect(core.findSpeaker(ARTICLE, mentions, lastQuote, "ana  TORRES ")).toEqual(laterTorres);
    expect(core.findSpeaker(ARTICLE, mentions, firstQuote, "Ana Torres")).toEqual(torres);
    expect(core.findSpeaker(ARTICLE, mentions, firstQuote, "torres")).toEqual(laterTorres);
  });

  it("otherwise finds the name as whole words in the text, nearest first, outside the quote when it can", () => {
    expect(core.findSpeaker(ARTICLE, [], firstQuote, "Patel")).toEqual(rangeOf(ARTICLE, "Patel"));
    expect(core.findSpeaker(ARTICLE, [], lastQuote, "patel")).toEqual(rangeOf(ARTICLE, "Patel", 1));
    const text = '"Ask Kim," Kim said.';
    expect(core.findSpeaker(text, [], rangeOf(text, "Ask Kim"), "Kim")).toEqual(rangeOf(text, "Kim", 1));
    expect(core.findSpeaker(text, [], rangeOf(text, "Ask Kim"), "ask kim")).toEqual(rangeOf(text, "Ask Kim"));
  });

  it("gives null for a name the text does not hold as whole words", () => {
    expect(core.findSpeaker(ARTICLE, mentions, firstQuote, "Smith")).toBeNull();
    expect(core.findSpeaker(ARTICLE, [], firstQuote, "Tor")).toBeNull();
    expect(core.findSpeaker(ARTICLE, [], firstQuote, "  ")).toBeNull();
  });
});

describe("annotation core: the gold JSONL export", () => {
  const text = "A said x. B said y.";

  it("writes one line per article in the format whosaid eval reads, quotes sorted and deduplicated", () => {
    const jsonl = core.toGoldJsonl([
      {
        id: "two",
        text,
        date: "2024-05-02",
        quotes: [
          { start: 17, end: 18, type: "indirect", speaker: { start: 10, end: 11 } },
          { start: 7, end: 8, type: "indirect", speaker: null },
          { start: 7, end: 8, type: "direct", speaker: { start: 0, end: 1 } },
        ],
      },
      { id: "none", text: "Nothing.", date: null, quotes: [] },
    ]);
    expect(jsonl).toBe(
      '{"id":"two","text":"A said x. B said y.","date":"2024-05-02","quotes":[{"start":7,"end":8,"speaker":null,"type":"indirect"},{"start":17,"end":18,"speaker":{"start":10,"end":11},"type":"indirect"}]}\n' +
        '{"id":"none","text":"Nothing.","date":null,"quotes":[]}\n',
    );
    expect(parseGoldJsonlRecords(jsonl).map((record) => record.quotes.length)).toEqual([2, 0]);
    expect(core.toGoldJsonl([])).toBe("");
  });

  it("puts nested quotes after the quote that holds them", () => {
    const quotes = core.normalizeQuotes(text, [
      { start: 7, end: 8, type: "direct", speaker: null },
      { start: 2, end: 8, type: "indirect", speaker: null },
    ]);
    expect(quotes.map((q) => [q.start, q.end])).toEqual([[2, 8], [7, 8]]);
  });

  it("refuses a range that does not fit the text or a type the format does not know", () => {
    const bad = (quote: object) => () => core.toGoldJsonl([{ id: "x", text, date: null, quotes: [quote as never] }]);
    expect(bad({ start: 5, end: 5, type: "direct", speaker: null })).toThrow('a quote does not fit the text: {"start":5,"end":5');
    expect(bad({ start: 0, end: 99, type: "direct", speaker: null })).toThrow("a quote does not fit the text");
    expect(bad({ start: 0, end: 2, type: "direct", speaker: { start: -1, end: 1 } })).toThrow("a speaker does not fit the text");
    expect(bad({ start: 0, end: 2, type: "partial", speaker: null })).toThrow('a quote\'s type must be direct or indirect: "partial"');
  });

  it("exports an unedited page that whosaid eval scores as whosaid's own output: every quote found, every speaker right", () => {
    const result = extractQuotes(ARTICLE);
    const [gold] = parseGoldJsonl(core.toGoldJsonl([annotationArticle("bridge.txt", ARTICLE, result)]));
    expect(gold!.date).toBe("2024-05-02");
    const report = scoreDocuments([{ gold: gold!, predicted: result }]);
    expect([report.direct.f1, report.reported.f1]).toEqual([1, 1]);
    // The reported ones: Torres's clause, and the contractor's promise nested in it.
    expect([report.direct.speakerCorrect, report.reported.speakerCorrect]).toEqual([2, 2]);
    expect(report.errorInstances).toBe(0);
  });

  it("keeps every quote of the golden article, nested ones included (paired each with itself: the scorer's ties go to the tighter quote)", () => {
    const text = loadArticle();
    const result = extractQuotes(text);
    const [gold] = parseGoldJsonl(core.toGoldJsonl([annotationArticle("article.txt", text, result)]));
    expect(gold!.relations.map((relation) => relation.content[0]!.text)).toEqual(result.quotes.map((quote) => quote.text));
    const report = scoreDocuments([{ gold: gold!, predicted: result }]);
    const errors = [report.direct, report.reported].map((score) => score.errors);
    expect(errors.map((e) => [e.missed, e.spurious])).toEqual([[0, 0], [0, 0]]);
    // (Before the scorer's ties went to the tighter quote, the nested one's gold was paired with the
    // quote holding it: one wrong speaker and one wrong span.)
    expect(errors.reduce((sum, e) => sum + e.wrongSpeaker, 0)).toBe(0);
    expect(errors.reduce((sum, e) => sum + e.wrongSpan, 0)).toBe(0);
  });
});
