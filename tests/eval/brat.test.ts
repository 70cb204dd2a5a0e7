import { describe, expect, it } from "vitest";
import {
  BratParseError,
  goldDocumentFromBrat,
  parseBrat,
  parsePolnearMetadata,
  selectAnnotatorFiles,
} from "../../src/eval";

const ARTICLE =
  'Senators clash over taxes\n\n"We will win," Smith said. "Nobody doubts it."\n\n' +
  "The senator argued that taxes\nare too high. It is widely believed that the bill will pass.\n";

// Hand-written: a discontiguous Content (T1), a Content whose covered text spans a line break
// (T7, so the file has a continuation line), an Attribution-no-source relation (E3),
// Discard/Discuss spans and a note, and relation arguments in varying order.
const ANN = [
  'T1\tContent 27 41;54 73\t"We will win," "Nobody doubts it."',
  "T2\tSource 42 47\tSmith",
  "T3\tCue 48 52\tsaid",
  "T4\tAttribution 48 52\tsaid",
  "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2",
  "T5\tSource 75 86\tThe senator",
  "T6\tCue 87 93\targued",
  "T7\tContent 94 117\tthat taxes",
  "are too high",
  "T8\tAttribution 87 93\targued",
  "E2\tAttribution:T8 Cue:T6 Source:T5 Content:T7",
  "T9\tCue 125 140\twidely believed",
  "T10\tContent 141 164\tthat the bill will pass",
  "T11\tAttribution-no-source 125 140\twidely believed",
  "E3\tAttribution-no-source:T11 Cue:T9 Content:T10",
  "T12\tDiscard 0 25\tSenators clash over taxes",
  "T13\tDiscuss 42 47\tSmith",
  "#1\tAnnotatorNotes T7\tspans a line break",
  "",
].join("\n");

const EXPECTED = [
  {
    content: [
      { start: 27, end: 41, text: '"We will win,"' },
      { start: 54, end: 73, text: '"Nobody doubts it."' },
    ],
    source: [{ start: 42, end: 47, text: "Smith" }],
    cue: [{ start: 48, end: 52, text: "said" }],
    hasQuoteMark: true,
  },
  {
    content: [{ start: 94, end: 117, text: "that taxes\nare too high" }],
    source: [{ start: 75, end: 86, text: "The senator" }],
    cue: [{ start: 87, end: 93, text: "argued" }],
    hasQuoteMark: false,
  },
  {
    content: [{ start: 141, end: 164, text: "that the bill will pass" }],
    source: null,
    cue: [{ start: 125, end: 140, text: "widely believed" }],
    hasQuoteMark: false,
  },
];

describe("parseBrat", () => {
  it("parses relations, discontiguous spans, continuation lines and no-source relations", () => {
    expect(parseBrat(ANN, ARTICLE)).toEqual(EXPECTED);
  });

  it("gives the same result for a CRLF file (continuation consumed line-wise)", () => {
    expect(parseBrat(ANN.replace(/\n/g, "\r\n"), ARTICLE)).toEqual(EXPECTED);
  });

  it("gives the same result with a BOM and without the trailing newline", () => {
    expect(parseBrat(`\uFEFF${ANN.trimEnd()}`, ARTICLE)).toEqual(EXPECTED);
  });

  it("detects quotation marks of every kind in Content", () => {
    const text = "He said \u201Cno\u201D and \u201Dodd\u201D and \"plain\" and 'single'.";
    const ann = [
      "T1\tContent 8 12\t\u201Cno\u201D",
      "T2\tCue 3 7\tsaid",
      "T3\tAttribution 3 7\tsaid",
      "E1\tAttribution-no-source:T3 Cue:T2 Content:T1",
      "T4\tContent 27 34\t\"plain\"",
      "E2\tAttribution-no-source:T3 Cue:T2 Content:T4",
      "T5\tContent 39 47\t'single'",
      "E3\tAttribution-no-source:T3 Cue:T2 Content:T5",
      "T6\tContent 17 22\t\u201Dodd\u201D",
      "E4\tAttribution-no-source:T3 Cue:T2 Content:T6",
    ].join("\n");
    expect(parseBrat(ann, text).map((r) => r.hasQuoteMark)).toEqual([true, true, false, true]);
  });

  it("merges Content2 into content and keeps a degenerate event without Content", () => {
    const text = "Smith said taxes rise. And prices fall.";
    const ann = [
      "T1\tSource 0 5\tSmith",
      "T2\tCue 6 10\tsaid",
      "T3\tContent 11 22\ttaxes rise.",
      "T4\tContent 27 39\tprices fall.",
      "T5\tAttribution 6 10\tsaid",
      "E1\tAttribution:T5 Source:T1 Cue:T2 Content2:T4 Content:T3",
      "E2\tAttribution:T5 ",
    ].join("\n");
    const relations = parseBrat(ann, text);
    expect(relations).toHaveLength(2);
    expect(relations[0]?.content.map((s) => s.text)).toEqual(["taxes rise.", "prices fall."]);
    expect(relations[1]).toEqual({ content: [], source: null, cue: null, hasQuoteMark: false });
  });

  it("throws a BratParseError naming the line when the covered text does not match the article", () => {
    const wrongArticle = ARTICLE.replace("Smith", "Jones");
    let caught: unknown;
    try {
      parseBrat(ANN, wrongArticle);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(BratParseError);
    expect(caught instanceof BratParseError ? caught.line : null).toBe(2);
    expect(parseBrat(ANN, wrongArticle, { verifyText: false })).toHaveLength(3);
  });

  it("keeps line numbers right after a continuation line", () => {
    const broken = ANN.replace("T8\tAttribution 87 93\targued", "T8\tAttribution 87 x\targued");
    expect(() => parseBrat(broken, ARTICLE)).toThrow(/line 10:/);
  });

  it("rejects references to undefined spans and offsets outside the article", () => {
    expect(() => parseBrat("E1\tAttribution:T4 Content:T9", "text")).toThrow(BratParseError);
    expect(() => parseBrat("T1\tContent 0 99\tx", "text")).toThrow(/outside the article/);
  });

  it("builds a GoldDocument", () => {
    const gold = goldDocumentFromBrat({ id: "a", annText: ANN, articleText: ARTICLE, date: "2016-09-12" });
    expect(gold.id).toBe("a");
    expect(gold.date).toBe("2016-09-12");
    expect(gold.text).toBe(ARTICLE);
    expect(gold.relations).toEqual(EXPECTED);
  });
});

describe("selectAnnotatorFiles", () => {
  it("chooses the alphabetically first annotator per article", () => {
    expect(
      selectAnnotatorFiles(["b_x_ef2d.ann", "a_4e07.ann", "a_4b22.ann", "README.md", "b_x_ef2d.ann"]),
    ).toEqual([
      { article: "a", annotator: "4b22", fileName: "a_4b22.ann", annotators: ["4b22", "4e07"] },
      { article: "b_x", annotator: "ef2d", fileName: "b_x_ef2d.ann", annotators: ["ef2d"] },
    ]);
  });
});

describe("parsePolnearMetadata", () => {
  it("reads filename, compartment and publication_date", () => {
    const tsv =
      "compartment\tfilename\tpublisher\tpublication_date\n" +
      "dev\tbreitbart_2016-09-12_x\tbreitbart\t2016-09-12\n" +
      "train\tnyt_y\tnyt\t\n";
    const rows = parsePolnearMetadata(tsv);
    expect(rows.map((r) => [r.filename, r.compartment, r.publicationDate])).toEqual([
      ["breitbart_2016-09-12_x", "dev", "2016-09-12"],
      ["nyt_y", "train", null],
    ]);
    expect(rows[0]?.fields["publisher"]).toBe("breitbart");
  });
});
