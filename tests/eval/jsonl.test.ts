import { describe, expect, it } from "vitest";
import { GoldJsonlError, parseGoldJsonl, parseGoldJsonlRecords } from "../../src/eval";

const TEXT = '"We will win," Smith said. Jones said taxes will rise.';
const LINE_1 = JSON.stringify({
  id: "d1",
  text: TEXT,
  date: "2016-09-12",
  quotes: [
    { start: 0, end: 14, speaker: { start: 15, end: 20 }, type: "direct" },
    { start: 38, end: 54, speaker: null, type: "indirect" },
  ],
});
const LINE_2 = JSON.stringify({ id: "d2", text: "Nothing said.", quotes: [] });

function errorOf(input: string): GoldJsonlError {
  try {
    parseGoldJsonl(input);
  } catch (error) {
    if (error instanceof GoldJsonlError) return error;
    throw error;
  }
  throw new Error("expected a GoldJsonlError");
}

describe("parseGoldJsonl", () => {
  it("converts records to GoldDocuments", () => {
    const docs = parseGoldJsonl(`${LINE_1}\n\n${LINE_2}\n`);
    expect(docs).toEqual([
      {
        id: "d1",
        text: TEXT,
        date: "2016-09-12",
        relations: [
          {
            content: [{ start: 0, end: 14, text: '"We will win,"' }],
            source: [{ start: 15, end: 20, text: "Smith" }],
            cue: null,
            hasQuoteMark: true,
          },
          {
            content: [{ start: 38, end: 54, text: "taxes will rise." }],
            source: null,
            cue: null,
            hasQuoteMark: false,
          },
        ],
      },
      { id: "d2", text: "Nothing said.", date: null, relations: [] },
    ]);
  });

  it("accepts CRLF line endings, a BOM and date: null", () => {
    const line = JSON.stringify({ id: "d3", text: "x", date: null, quotes: [] });
    expect(parseGoldJsonl(`\uFEFF${LINE_2}\r\n${line}\r\n`).map((d) => [d.id, d.date])).toEqual([
      ["d2", null],
      ["d3", null],
    ]);
  });

  it("keeps the JSONL shape with parseGoldJsonlRecords", () => {
    expect(parseGoldJsonlRecords(LINE_1)[0]?.quotes[0]).toEqual({
      start: 0,
      end: 14,
      speaker: { start: 15, end: 20 },
      type: "direct",
    });
  });

  it("reads an optional cue range as the relation's Cue; null or absent is no Cue", () => {
    const line = JSON.stringify({
      id: "c1",
      text: TEXT,
      quotes: [
        { start: 0, end: 14, speaker: { start: 15, end: 20 }, type: "direct", cue: { start: 21, end: 25 } },
        { start: 38, end: 54, speaker: null, type: "indirect", cue: null },
      ],
    });
    expect(parseGoldJsonlRecords(line)[0]?.quotes.map((quote) => quote.cue)).toEqual([{ start: 21, end: 25 }, undefined]);
    expect(parseGoldJsonl(line)[0]?.relations.map((relation) => relation.cue)).toEqual([[{ start: 21, end: 25, text: "said" }], null]);
  });

  it("names the line of invalid JSON", () => {
    const error = errorOf(`${LINE_1}\n\n{"id": "d2", "text": `);
    expect(error.line).toBe(3);
    expect(error.path).toBeNull();
    expect(error.message).toMatch(/^gold JSONL line 3: invalid JSON/);
  });

  it.each([
    ["not an object", "[1, 2]", null],
    ["missing id", JSON.stringify({ text: "x", quotes: [] }), "id"],
    ["text not a string", JSON.stringify({ id: "a", text: 5, quotes: [] }), "text"],
    ["invalid date", JSON.stringify({ id: "a", text: "x", date: "2016-02-30", quotes: [] }), "date"],
    ["quotes missing", JSON.stringify({ id: "a", text: "x" }), "quotes"],
    [
      "end past text",
      JSON.stringify({ id: "a", text: "abc", quotes: [{ start: 0, end: 4, speaker: null, type: "direct" }] }),
      "quotes[0].end",
    ],
    [
      "end before start",
      JSON.stringify({ id: "a", text: "abc", quotes: [{ start: 2, end: 1, speaker: null, type: "direct" }] }),
      "quotes[0].end",
    ],
    [
      "non-integer start",
      JSON.stringify({ id: "a", text: "abc", quotes: [{ start: 0.5, end: 1, speaker: null, type: "direct" }] }),
      "quotes[0].start",
    ],
    [
      "bad type",
      JSON.stringify({ id: "a", text: "abc", quotes: [{ start: 0, end: 1, speaker: null, type: "partial" }] }),
      "quotes[0].type",
    ],
    [
      "speaker missing",
      JSON.stringify({ id: "a", text: "abc", quotes: [{ start: 0, end: 1, type: "direct" }] }),
      "quotes[0].speaker",
    ],
    [
      "bad speaker range",
      JSON.stringify({
        id: "a",
        text: "abc",
        quotes: [
          { start: 0, end: 1, speaker: null, type: "direct" },
          { start: 1, end: 2, speaker: { start: 2, end: 9 }, type: "indirect" },
        ],
      }),
      "quotes[1].speaker.end",
    ],
    [
      "bad cue range",
      JSON.stringify({ id: "a", text: "abc", quotes: [{ start: 0, end: 1, speaker: null, type: "direct", cue: { start: 1 } }] }),
      "quotes[0].cue.end",
    ],
  ])("names the line and field: %s", (_label, badLine, path) => {
    const error = errorOf(`${LINE_1}\n${LINE_2}\n${badLine}`);
    expect(error).toBeInstanceOf(GoldJsonlError);
    expect(error.line).toBe(3);
    expect(error.path).toBe(path);
    expect(error.message).toContain("line 3");
  });

  it("rejects a duplicate id, naming both lines", () => {
    const error = errorOf(`${LINE_1}\n${LINE_2}\n${LINE_1}`);
    expect(error.line).toBe(3);
    expect(error.path).toBe("id");
    expect(error.message).toMatch(/duplicate id "d1" \(first on line 1\)/);
  });
});
