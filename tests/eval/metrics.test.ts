import { describe, expect, it } from "vitest";
import { EvalInputError, NO_GOLD_DATES_NOTE, scoreDocuments } from "../../src/eval";
import type { ExtractionResult } from "../../src/types";
import { doc, prediction, relation } from "./helpers";

const TEXT =
  'Smith said: "We will win the vote." Jones said the plan would fail. ' +
  '"It is over," she added. Officials believe taxes will rise.';

const GOLD = doc("news-1", TEXT, [
  relation(TEXT, '"We will win the vote."', "Smith", true),
  relation(TEXT, "the plan would fail", "Jones", false),
  relation(TEXT, '"It is over,"', "she", true),
  relation(TEXT, "taxes will rise", "Officials", false),
], "2016-09-12");

const PERFECT = prediction(TEXT, [
  { text: '"We will win the vote."', speaker: "Smith" },
  { text: "the plan would fail", type: "indirect", speaker: "Jones" },
  { text: '"It is over,"', speaker: "she" },
  { text: "taxes will rise", type: "indirect", speaker: "Officials" },
]);

const EMPTY: ExtractionResult = { articleDate: null, quotes: [], speakers: [] };

describe("scoreDocuments", () => {
  it("scores a perfect prediction 1 everywhere", () => {
    const report = scoreDocuments([{ gold: GOLD, predicted: PERFECT }]);
    for (const category of [report.direct, report.reported]) {
      expect(category).toMatchObject({
        gold: 2,
        found: 2,
        predicted: 2,
        correct: 2,
        goldWithSource: 2,
        foundWithSource: 2,
        speakerCorrect: 2,
        speakerMissing: 0,
        precision: 1,
        recall: 1,
        f1: 1,
        attributionAccuracy: 1,
        errors: { missed: 0, spurious: 0, wrongSpeaker: 0, wrongSpan: 0 },
      });
    }
    expect(report.errors).toEqual({ missed: 0, spurious: 0, wrongSpeaker: 0, wrongSpan: 0 });
    expect(report.errorInstances).toBe(0);
    expect(report.examples).toEqual([]);
    expect(report.documents).toBe(1);
    expect(report.excludedGoldRelations).toBe(0);
  });

  it("scores an empty prediction recall 0, F1 0 and (by convention) precision 0", () => {
    const report = scoreDocuments([{ gold: GOLD, predicted: EMPTY }]);
    for (const category of [report.direct, report.reported]) {
      expect(category).toMatchObject({
        gold: 2,
        found: 0,
        predicted: 0,
        correct: 0,
        precision: 0,
        recall: 0,
        f1: 0,
        attributionAccuracy: 0,
        foundWithSource: 0,
        errors: { missed: 2, spurious: 0, wrongSpeaker: 0, wrongSpan: 0 },
      });
    }
    expect(report.errors.missed).toBe(4);
    expect(report.examples.map((e) => [e.category, e.kind, e.goldText])).toEqual([
      ["direct", "missed", '"We will win the vote."'],
      ["direct", "missed", '"It is over,"'],
      ["reported", "missed", "the plan would fail"],
      ["reported", "missed", "taxes will rise"],
    ]);
  });

  it("counts one spurious and one missed quotation", () => {
    const predicted = prediction(TEXT, [
      { text: '"We will win the vote."', speaker: "Smith" },
      { text: "Officials believe", speaker: null },
    ]);
    const report = scoreDocuments([{ gold: GOLD, predicted }]);
    expect(report.direct).toMatchObject({
      gold: 2,
      found: 1,
      predicted: 2,
      correct: 1,
      precision: 0.5,
      recall: 0.5,
      f1: 0.5,
      foundWithSource: 1,
      speakerCorrect: 1,
      attributionAccuracy: 1,
      errors: { missed: 1, spurious: 1, wrongSpeaker: 0, wrongSpan: 0 },
    });
    const examples = report.examples.filter((e) => e.category === "direct");
    expect(examples).toEqual([
      {
        docId: "news-1",
        category: "direct",
        kind: "missed",
        goldText: '"It is over,"',
        goldStart: 68,
        goldEnd: 81,
        goldSource: "she",
        predictedQuoteId: null,
        predictedText: null,
        predictedStart: null,
        predictedEnd: null,
        predictedSpeaker: null,
        jaccard: null,
        context: expect.stringContaining('"It is over," she added.'),
      },
      {
        docId: "news-1",
        category: "direct",
        kind: "spurious",
        goldText: null,
        goldStart: null,
        goldEnd: null,
        goldSource: null,
        predictedQuoteId: "q2",
        predictedText: "Officials believe",
        predictedStart: 93,
        predictedEnd: 110,
        predictedSpeaker: null,
        jaccard: null,
        context: expect.stringContaining("Officials believe taxes"),
      },
    ]);
  });

  it("counts a wrong speaker and a missing speaker", () => {
    const predicted = prediction(TEXT, [
      { text: '"We will win the vote."', speaker: "Jones" },
      { text: '"It is over,"', speaker: null },
      { text: "the plan would fail", type: "indirect", speaker: "Jones" },
      { text: "taxes will rise", type: "indirect", speaker: "Smith" },
    ]);
    const report = scoreDocuments([{ gold: GOLD, predicted }]);
    expect(report.direct).toMatchObject({
      precision: 1,
      recall: 1,
      f1: 1,
      foundWithSource: 2,
      speakerCorrect: 0,
      speakerMissing: 1,
      attributionAccuracy: 0,
      errors: { missed: 0, spurious: 0, wrongSpeaker: 2, wrongSpan: 0 },
    });
    expect(report.reported).toMatchObject({
      foundWithSource: 2,
      speakerCorrect: 1,
      speakerMissing: 0,
      attributionAccuracy: 0.5,
      errors: { missed: 0, spurious: 0, wrongSpeaker: 1, wrongSpan: 0 },
    });
    expect(report.examples.map((e) => [e.kind, e.predictedSpeaker, e.goldSource])).toEqual([
      ["wrong-speaker", "Jones", "Smith"],
      ["wrong-speaker", null, "she"],
      ["wrong-speaker", "Smith", "Officials"],
    ]);
    // A wrong-speaker context shows the gold source and the predicted mention.
    expect(report.examples[2]?.context).toContain("Smith said");
  });

  it("does not count attribution for gold without a Source", () => {
    const text = 'It is widely believed that "the end is near."';
    const gold = doc("g", text, [relation(text, '"the end is near."', null, true)]);
    const report = scoreDocuments([{ gold, predicted: prediction(text, [{ text: '"the end is near."' }]) }]);
    expect(report.direct).toMatchObject({
      f1: 1,
      goldWithSource: 0,
      foundWithSource: 0,
      attributionAccuracy: 0,
      errors: { missed: 0, spurious: 0, wrongSpeaker: 0, wrongSpan: 0 },
    });
  });

  describe("discontiguous Content", () => {
    const text = '"We will win," Smith said, "and nobody doubts it." Later, "we are done," he said.';
    const gold = doc("disc", text, [
      relation(text, ['"We will win,"', '"and nobody doubts it."'], "Smith", true),
      relation(text, '"we are done,"', "he", true),
    ]);

    it("matches one prediction covering both pieces (Jaccard over the pieces)", () => {
      const predicted = prediction(text, [
        { text: '"We will win," Smith said, "and nobody doubts it."', speaker: "Smith" },
        { text: "we are done", speaker: "he" },
      ]);
      const report = scoreDocuments([{ gold, predicted }]);
      expect(report.direct).toMatchObject({
        gold: 2,
        found: 2,
        predicted: 2,
        correct: 2,
        f1: 1,
        attributionAccuracy: 1,
        errors: { missed: 0, spurious: 0, wrongSpeaker: 0, wrongSpan: 0 },
      });
    });

    it("counts both halves of a quote split around \"Smith said\" as correct, pairing the larger", () => {
      const predicted = prediction(text, [
        { text: '"We will win,"', speaker: "Smith" },
        { text: '"and nobody doubts it."', speaker: "Smith" },
        { text: '"we are done,"', speaker: "he" },
      ]);
      const report = scoreDocuments([{ gold, predicted }]);
      expect(report.direct).toMatchObject({ gold: 2, found: 2, predicted: 3, correct: 3, precision: 1, recall: 1, f1: 1 });
      // The pair is the larger piece, 23 of the 14 + 23 gold characters: Jaccard 23/37 = 0.62, not a wrong span.
      expect(report.direct.errors).toEqual({ missed: 0, spurious: 0, wrongSpeaker: 0, wrongSpan: 0 });
      expect(report.examples).toEqual([]);
    });

    it("judges the speaker on the larger half only", () => {
      const predicted = prediction(text, [
        { text: '"We will win,"', speaker: "Smith" },
        { text: '"and nobody doubts it."', speaker: null },
        { text: '"we are done,"', speaker: "he" },
      ]);
      const report = scoreDocuments([{ gold, predicted }]);
      expect(report.direct).toMatchObject({ f1: 1, foundWithSource: 2, speakerCorrect: 1, speakerMissing: 1 });
      expect(report.examples.map((e) => [e.kind, e.predictedText])).toEqual([["wrong-speaker", '"and nobody doubts it."']]);
    });

    it("reports a wrong span when the match covers too little (Jaccard < 0.5)", () => {
      const predicted = prediction(text, [
        { text: '"We will win,"', speaker: "Smith" },
        { text: '"we are done,"', speaker: "he" },
      ]);
      const report = scoreDocuments([{ gold, predicted }]);
      expect(report.direct).toMatchObject({ found: 2, correct: 2, f1: 1 });
      expect(report.direct.errors).toEqual({ missed: 0, spurious: 0, wrongSpeaker: 0, wrongSpan: 1 });
      expect(report.examples).toHaveLength(1);
      expect(report.examples[0]).toMatchObject({
        kind: "wrong-span",
        goldText: '"We will win," … "and nobody doubts it."',
        predictedText: '"We will win,"',
        jaccard: 14 / 37,
      });
    });
  });

  describe("overlap matching", () => {
    const text = "aaaa bbbbbbbb cccccccccccc";
    const gold = doc("overlap", text, [
      relation(text, "bbbbbbbb cccccccccccc", null, false),
      relation(text, "aaaa bbbbbbbb", null, false),
    ]);

    it("lets one prediction find several gold relations, pairing each with its largest overlap", () => {
      const report = scoreDocuments([{ gold, predicted: prediction(text, [{ text: "bbbbbbbb cccc", type: "indirect" }]) }]);
      expect(report.reported).toMatchObject({ gold: 2, found: 2, predicted: 1, correct: 1, precision: 1, recall: 1 });
      // "aaaa bbbbbbbb" shares 8 characters: Jaccard 8 / (13 + 13 - 8) = 0.44, a wrong span;
      // "bbbbbbbb cccccccccccc" shares 13: Jaccard 13 / 21 = 0.62, not one.
      expect(report.reported.errors).toEqual({ missed: 0, spurious: 0, wrongSpeaker: 0, wrongSpan: 1 });
      expect(report.examples).toMatchObject([{ kind: "wrong-span", goldText: "aaaa bbbbbbbb", jaccard: 8 / 18 }]);
    });

    it("lets one gold relation make several predictions correct", () => {
      const predicted = prediction(text, [
        { text: "bbbbbbbb", type: "indirect" },
        { text: "cccccccccccc", type: "indirect" },
      ]);
      const report = scoreDocuments([{ gold, predicted }]);
      expect(report.reported).toMatchObject({ found: 2, correct: 2, f1: 1 });
      // "bbbbbbbb cccccccccccc" pairs with "cccccccccccc" (12 > 8): Jaccard 12/21 = 0.57.
      expect(report.reported.errors).toEqual({ missed: 0, spurious: 0, wrongSpeaker: 0, wrongSpan: 0 });
    });

    it("breaks an overlap tie in favour of the tighter prediction: a nested gold pairs with the nested one", () => {
      const nestText = "Ann said Bob claimed the dam was safe.";
      const nestGold = doc("nest", nestText, [
        relation(nestText, "Bob claimed the dam was safe", "Ann", false),
        relation(nestText, "the dam was safe", "Bob", false),
      ]);
      const predicted = prediction(nestText, [
        { text: "Bob claimed the dam was safe", type: "indirect", speaker: "Ann" },
        { text: "the dam was safe", type: "indirect", speaker: "Bob" },
      ]);
      const report = scoreDocuments([{ gold: nestGold, predicted }]);
      // "the dam was safe" shares 16 characters with both predictions: it pairs with the shorter.
      expect(report.reported).toMatchObject({ found: 2, correct: 2, speakerCorrect: 2 });
    });

    it("breaks an overlap tie between predictions of one length in favour of the earlier", () => {
      const tieText = "Ann said: xxxx yyyy. Bob nodded.";
      const tieGold = doc("tie", tieText, [relation(tieText, "xxxx yyyy", "Ann", false)]);
      const predicted = prediction(tieText, [
        { text: "xxxx", type: "indirect", speaker: "Bob" },
        { text: "yyyy", type: "indirect", speaker: "Ann" },
      ]);
      const report = scoreDocuments([{ gold: tieGold, predicted }]);
      expect(report.reported).toMatchObject({ found: 1, correct: 2, speakerCorrect: 0 });
      expect(report.examples.map((e) => [e.kind, e.predictedText, e.predictedSpeaker])).toEqual([
        ["wrong-speaker", "xxxx", "Bob"],
        // Half of the gold: Jaccard 4/9.
        ["wrong-span", "xxxx", "Bob"],
      ]);
    });
  });

  it("counts a quote nested inside a found quotation as correct", () => {
    const text = "Smith said: \"They told us 'no way' and left.\" Jones agreed.";
    const gold = doc("nested", text, [relation(text, "\"They told us 'no way' and left.\"", "Smith", true)]);
    const predicted = prediction(text, [
      { text: "They told us 'no way' and left.", speaker: "Smith" },
      { text: "no way", type: "partial", speaker: "They" },
    ]);
    const report = scoreDocuments([{ gold, predicted }]);
    expect(report.direct).toMatchObject({ gold: 1, found: 1, predicted: 2, correct: 2, precision: 1, recall: 1 });
    // The gold is paired with the enclosing quote (31 shared characters), whose speaker is right.
    expect(report.direct).toMatchObject({ speakerCorrect: 1, attributionAccuracy: 1 });
    expect(report.errors).toEqual({ missed: 0, spurious: 0, wrongSpeaker: 0, wrongSpan: 0 });
  });

  it("keeps the categories apart: a direct prediction cannot match reported gold", () => {
    const predicted = prediction(TEXT, [{ text: "the plan would fail", type: "partial", speaker: "Jones" }]);
    const report = scoreDocuments([{ gold: GOLD, predicted }]);
    expect(report.direct).toMatchObject({ predicted: 1, correct: 0, found: 0, errors: { spurious: 1, missed: 2 } });
    expect(report.reported).toMatchObject({ predicted: 0, correct: 0, found: 0, errors: { missed: 2 } });
  });

  it("excludes gold relations without Content", () => {
    const gold = { ...GOLD, relations: [...GOLD.relations, { content: [], source: null, cue: null, hasQuoteMark: false }] };
    const report = scoreDocuments([{ gold, predicted: PERFECT }]);
    expect(report.excludedGoldRelations).toBe(1);
    expect(report.reported).toMatchObject({ gold: 2, f1: 1 });
  });

  it("aggregates micro over documents and keeps per-document counts", () => {
    const report = scoreDocuments([
      { gold: GOLD, predicted: PERFECT },
      { gold: { ...GOLD, id: "news-2" }, predicted: EMPTY },
    ]);
    expect(report.documents).toBe(2);
    expect(report.direct).toMatchObject({ gold: 4, found: 2, predicted: 2, correct: 2, precision: 1, recall: 0.5 });
    expect(report.direct.f1).toBeCloseTo(2 / 3, 12);
    expect(report.perDocument.map((d) => [d.docId, d.direct.found, d.direct.errors.missed])).toEqual([
      ["news-1", 2, 0],
      ["news-2", 0, 2],
    ]);
  });

  it("reports date coverage and consistency, and says there are no gold dates", () => {
    const predicted = prediction(
      TEXT,
      [
        { text: '"We will win the vote."', date: { value: "2016-09-12", source: "article" } },
        { text: "the plan would fail", type: "indirect", date: { value: "2016-09-10", source: "explicit" } },
        { text: '"It is over,"', date: { value: "2016-09-10", source: "context" } },
        { text: "taxes will rise", type: "indirect", date: { value: "2016-09-01", source: "context" } },
        { text: "Officials believe", type: "indirect" },
      ],
      "2016-09-12",
    );
    const { dates } = scoreDocuments([{ gold: GOLD, predicted }]);
    expect(dates).toEqual({
      predicted: 5,
      withDate: 4,
      consistent: 3,
      bySource: { explicit: 1, context: 2, article: 1 },
      documentsWithGoldDate: 1,
      articleDateAgreements: 1,
      coverage: 0.8,
      consistency: 0.75,
      note: NO_GOLD_DATES_NOTE,
    });
    expect(dates.note).toMatch(/No gold dates exist/);
  });

  it("limits error examples, spreading them over categories and kinds", () => {
    const pairs = [
      { gold: GOLD, predicted: EMPTY },
      { gold: { ...GOLD, id: "news-2" }, predicted: EMPTY },
    ];
    const report = scoreDocuments(pairs, { maxErrors: 3 });
    expect(report.errorInstances).toBe(8);
    expect(report.examples.map((e) => [e.docId, e.category, e.goldText])).toEqual([
      ["news-1", "direct", '"We will win the vote."'],
      ["news-1", "direct", '"It is over,"'],
      ["news-1", "reported", "the plan would fail"],
    ]);
    expect(scoreDocuments(pairs, { maxErrors: 0 }).examples).toEqual([]);
  });

  it("bounds the context snippet", () => {
    const report = scoreDocuments([{ gold: GOLD, predicted: EMPTY }], { contextChars: 5 });
    expect(report.examples[0]?.context).toBe('…aid: "We will win the vote." Jone…');
  });

  it("rejects predictions whose offsets do not fit the gold text", () => {
    const shifted = prediction(`date 2016-09-12\n${TEXT}`, [{ text: '"We will win the vote."' }]);
    expect(() => scoreDocuments([{ gold: GOLD, predicted: shifted }])).toThrow(EvalInputError);
    expect(() => scoreDocuments([{ gold: GOLD, predicted: shifted }], { checkOffsets: false })).not.toThrow();
  });
});
