import { describe, expect, it } from "vitest";
import { formatReport, goldDocumentFromBrat, parseNameLayer, scoreDocuments } from "../../src/eval";
import type { ExtractionResult } from "../../src/types";
import { prediction, spanOf } from "./helpers";

// Invented article: a pronoun ("she") whose referent is Mara Quist.
const TEXT =
  'Mara Quist met Dev Anand on Tuesday. "The bridge will open in May," she said. ' +
  'Anand said the budget was final. "We are ready," a spokesman said. "Bring boots," Quist added.\n';
const ID = "invented_2016-01-01_bridge";

/** brat lines of one Attribution: Source, Cue, Content and the trigger (ids from n). */
function bratRelation(n: number, source: string, cue: string, content: string, sourceOccurrence = 0): string {
  const t = (id: number, type: string, needle: string, occurrence = 0) => {
    const span = spanOf(TEXT, needle, occurrence);
    return `T${id}\t${type} ${span.start} ${span.end}\t${needle}`;
  };
  const base = n * 10;
  return [
    t(base + 1, "Source", source, sourceOccurrence),
    t(base + 2, "Cue", cue),
    t(base + 3, "Content", content),
    t(base + 4, "Attribution", cue),
    `E${n}\tAttribution:T${base + 4} Cue:T${base + 2} Source:T${base + 1} Content:T${base + 3}`,
  ].join("\n");
}

const ANN = [
  bratRelation(1, "she", "said", '"The bridge will open in May,"'),
  bratRelation(2, "Anand", "said the", "the budget was final", 1),
  bratRelation(3, "a spokesman", "said.", '"We are ready,"'),
  bratRelation(4, "Quist", "added", '"Bring boots,"', 1),
].join("\n");

const span = (needle: string) => {
  const { start, end } = spanOf(TEXT, needle);
  return `${start}\t${end}`;
};

// No row for "a spokesman": a coverage gap. The second "Quist" is excluded (`-`).
function layerText(): string {
  const anand = spanOf(TEXT, "Anand", 1);
  return [
    "article\tstart\tend\tname\tkind",
    `${ID}\t${span("she")}\tMara Quist\tperson`,
    `${ID}\t${anand.start}\t${anand.end}\tDev Anand\tperson`,
    `${ID}\t${spanOf(TEXT, "Quist", 1).start}\t${spanOf(TEXT, "Quist", 1).end}\t-\tother`,
    "",
  ].join("\n");
}

/** The extractor's output as a test fixture: the pronoun "she" resolved to Dev Anand. */
function predicted(): ExtractionResult {
  const result = prediction(TEXT, [
    { text: '"The bridge will open in May,"', type: "direct", speaker: "she" },
    { text: "the budget was final", type: "indirect", speaker: "Anand", speakerOccurrence: 1 },
    { text: '"We are ready,"', type: "direct", speaker: null },
    { text: '"Bring boots,"', type: "direct", speaker: "Quist", speakerOccurrence: 1 },
  ]);
  const names = ["Dev Anand", "Dev Anand", null, "Mara Quist"];
  result.quotes.forEach((quote, index) => {
    const name = names[index];
    if (quote.speaker && name) quote.speaker = { ...quote.speaker, name };
  });
  return result;
}

describe("scoring by name on an invented brat article and name layer", () => {
  const gold = goldDocumentFromBrat({ id: ID, annText: ANN, articleText: TEXT });
  const report = scoreDocuments([{ gold, predicted: predicted() }], { names: parseNameLayer(layerText()), contextChars: 10 });

  it("scores a pronoun resolved to the wrong person right by mention and wrong by name", () => {
    expect(report.direct).toMatchObject({ foundWithSource: 3, speakerCorrect: 2, speakerMissing: 1 });
    expect(report.names?.direct).toEqual({
      foundWithSource: 3,
      noRow: 1,
      excluded: 1,
      scored: 1,
      right: 0,
      noSpeaker: 0,
      rightMentionWrongName: 1,
      accuracy: 0,
      coverage: 2 / 3,
    });
    expect(report.names?.reported).toEqual({
      foundWithSource: 1,
      noRow: 0,
      excluded: 0,
      scored: 1,
      right: 1,
      noSpeaker: 0,
      rightMentionWrongName: 0,
      accuracy: 1,
      coverage: 1,
    });
    expect(report.names?.layerRows).toBe(3);
  });

  it("lists the name error with predicted and gold names", () => {
    expect(report.names?.errorInstances).toBe(1);
    expect(report.names?.examples).toEqual([
      {
        docId: ID,
        category: "direct",
        goldSource: "she",
        goldName: "Mara Quist",
        predictedQuoteId: "q1",
        predictedName: "Dev Anand",
        predictedMention: "she",
        context: '…Tuesday. "The bridge will open in May," she said. Ana…',
      },
    ]);
    const text = formatReport(report, "text");
    expect(text).toContain("Speaker names (name layer: 3 rows)\n");
    expect(text).toMatch(/^Direct quotes\s+0\.000 \(0\/1\)\s+0\s+1\s+0\.667 \(2\/3\)\s+1$/m);
    expect(text).toMatch(/^Reported speech\s+1\.000 \(1\/1\)\s+0\s+0\s+1\.000 \(1\/1\)\s+0$/m);
    expect(text).toContain(
      'Name errors (1 of 1)\n[1] wrong-name · direct quote · invented_2016-01-01_bridge (q1)\n    predicted: «Dev Anand» via «she»   gold: «Mara Quist» via «she»\n',
    );
  });

  it("counts a scored quote without a speaker as wrong, never right", () => {
    const layer = parseNameLayer(`article\tstart\tend\tname\tkind\n${ID}\t${span("a spokesman")}\tspokesman\tperson\n`);
    const scored = scoreDocuments([{ gold, predicted: predicted() }], { names: layer });
    expect(scored.names?.direct).toMatchObject({ foundWithSource: 3, noRow: 2, scored: 1, right: 0, noSpeaker: 1, accuracy: 0 });
  });

  it("leaves names out of the report without a layer", () => {
    const plain = scoreDocuments([{ gold, predicted: predicted() }]);
    expect(plain.names).toBeUndefined();
    expect(formatReport(plain, "text")).not.toContain("Speaker names");
  });
});
