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
        predicted: 2,
        matched: 2,
        goldWithSource: 2,
        matchedWithSource: 2,
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
        predicted: 0,
        matched: 0,
        precision: 0,
        recall: 0,
        f1: 0,
        attributionAccuracy: 0,
        matchedWithSource: 0,
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
      predicted: 2,
      matched: 1,
      precision: 0.5,
      recall: 0.5,
      f1: 0.5,
      matchedWithSource: 1,
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
      matchedWithSource: 2,
      speakerCorrect: 0,
      speakerMissing: 1,
      attributionAccuracy: 0,
      errors: { missed: 0, spurious: 0, wrongSpeaker: 2, wrongSpan: 0 },
    });
    expect(report.reported).toMatchObject({
      matchedWithSource: 2,
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
      matchedWithSource: 0,
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
        predicted: 2,
        matched: 2,
        f1: 1,
        attributionAccuracy: 1,
        errors: { missed: 0, spurious: 0, wrongSpeaker: 0, wrongSpan: 0 },
      });
    });

    it("matches one prediction per relation: the larger piece wins, the other is spurious", () => {
      const predicted = prediction(text, [
        { text: '"We will win,"', speaker: "Smith" },
        { text: '"and nobody doubts it."', speaker: "Smith" },
        { text: '"we are done,"', speaker: "he" },
      ]);
      const report = scoreDocuments([{ gold, predicted }]);
      expect(report.direct).toMatchObject({ gold: 2, predicted: 3, matched: 2, precision: 2 / 3, recall: 1, f1: 0.8 });
      // The matched piece covers 23 of the 14 + 23 gold characters: Jaccard 23/37 = 0.62, not a wrong span.
      expect(report.direct.errors).toEqual({ missed: 0, spurious: 1, wrongSpeaker: 0, wrongSpan: 0 });
      const spurious = report.examples.find((e) => e.kind === "spurious");
      expect(spurious?.predictedText).toBe('"We will win,"');
    });

    it("reports a wrong span when the match covers too little (Jaccard < 0.5)", () => {
      const predicted = prediction(text, [
        { text: '"We will win,"', speaker: "Smith" },
        { text: '"we are done,"', speaker: "he" },
      ]);
      const report = scoreDocuments([{ gold, predicted }]);
      expect(report.direct).toMatchObject({ matched: 2, f1: 1 });
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

  it("matches greedily in gold document order, each gold taking its largest overlap", () => {
    const text = "aaaa bbbbbbbb cccccccccccc";
    const gold = doc("greedy", text, [
      relation(text, "bbbbbbbb cccccccccccc", null, false),
      relation(text, "aaaa bbbbbbbb", null, false),
    ]);
    // Visited in document order: "aaaa bbbbbbbb" first takes the prediction (overlap 8 vs 0)...
    const predicted = prediction(text, [
      { text: "bbbbbbbb", type: "indirect" },
      { text: "cccccccccccc", type: "indirect" },
    ]);
    const report = scoreDocuments([{ gold, predicted }]);
    // ...then "bbbbbbbb cccccccccccc" takes the remaining one. Both matched one-to-one.
    expect(report.reported).toMatchObject({ gold: 2, predicted: 2, matched: 2 });
    // A single prediction overlapping two gold goes to the first in document order.
    const single = prediction(text, [{ text: "bbbbbbbb cccc", type: "indirect" }]);
    const report2 = scoreDocuments([{ gold, predicted: single }]);
    expect(report2.reported).toMatchObject({ matched: 1 });
    expect(report2.examples.find((e) => e.kind === "missed")?.goldText).toBe("bbbbbbbb cccccccccccc");
  });

  it("keeps the categories apart: a direct prediction cannot match reported gold", () => {
    const predicted = prediction(TEXT, [{ text: "the plan would fail", type: "partial", speaker: "Jones" }]);
    const report = scoreDocuments([{ gold: GOLD, predicted }]);
    expect(report.direct).toMatchObject({ predicted: 1, matched: 0, errors: { spurious: 1, missed: 2 } });
    expect(report.reported).toMatchObject({ predicted: 0, matched: 0, errors: { missed: 2 } });
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
    expect(report.direct).toMatchObject({ gold: 4, predicted: 2, matched: 2, precision: 1, recall: 0.5 });
    expect(report.direct.f1).toBeCloseTo(2 / 3, 12);
    expect(report.perDocument.map((d) => [d.docId, d.direct.matched, d.direct.errors.missed])).toEqual([
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
