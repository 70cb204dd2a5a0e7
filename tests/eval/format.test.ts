import { describe, expect, it } from "vitest";
import { formatReport, scoreDocuments } from "../../src/eval";
import { doc, prediction, relation } from "./helpers";

const TEXT = 'Smith said: "We will win the vote." Jones said the plan would fail. "It is over," she added.';
const GOLD = doc("news-1", TEXT, [
  relation(TEXT, '"We will win the vote."', "Smith", true),
  relation(TEXT, "the plan would fail", "Jones", false),
  relation(TEXT, '"It is over,"', "she", true),
]);
const PREDICTED = prediction(TEXT, [
  { text: '"We will win the vote."', speaker: "Jones", date: { value: "2016-09-12", source: "article" } },
  { text: "the plan would fail", type: "indirect", speaker: "Jones" },
  { text: "Smith said", speaker: null },
]);
const REPORT = scoreDocuments([{ gold: GOLD, predicted: PREDICTED }]);

describe("formatReport", () => {
  it("renders a text table with 3-decimal P/R/F1, error counts and examples", () => {
    const text = formatReport(REPORT, "text");
    const lines = text.split("\n");
    expect(lines[0]).toBe("whosaid evaluation: 1 document");
    expect(lines.find((line) => line.startsWith("Direct quotes"))).toMatch(
      /^Direct quotes\s+2\s+1\s+2\s+1\s+0\.500\s+0\.500\s+0\.500\s+0\.000 \(0\/1\)\s+0$/,
    );
    expect(lines.find((line) => line.startsWith("Reported speech"))).toMatch(
      /^Reported speech\s+1\s+1\s+1\s+1\s+1\.000\s+1\.000\s+1\.000\s+1\.000 \(1\/1\)\s+0$/,
    );
    expect(lines.filter((line) => line.startsWith("Total"))).toEqual([
      expect.stringMatching(/^Total\s+1\s+1\s+1\s+0$/),
    ]);
    expect(text).toContain("No gold dates exist");
    expect(text).toContain("quotes with a date:  0.333 (1/3)");
    expect(text).toContain("by source:           explicit 0, context 0, article 1");
    expect(text).toContain("Error examples (3 of 3)");
    expect(text).toContain('[1] missed · direct quote · news-1');
    expect(text).toContain('[3] wrong-speaker · direct quote · news-1');
    expect(text).toContain("speaker:   «Jones»   gold source: «Smith»");
    expect(text).toContain('gold:      «"It is over,"»');
    expect(text.endsWith("\n")).toBe(true);
  });

  it("adds per-document rows on request", () => {
    const text = formatReport(REPORT, "text", { perDocument: true });
    expect(text).toMatch(/^news-1\s+2\s+1\s+2\s+1\s+0\.500\s+1\s+1\s+1\s+1\s+1\.000$/m);
  });

  it("says so when there are no errors", () => {
    const perfect = prediction(TEXT, [
      { text: '"We will win the vote."', speaker: "Smith" },
      { text: "the plan would fail", type: "indirect", speaker: "Jones" },
      { text: '"It is over,"', speaker: "she" },
    ]);
    const text = formatReport(scoreDocuments([{ gold: GOLD, predicted: perfect }]), "text");
    expect(text).toMatch(/^Direct quotes\s+2\s+2\s+2\s+2\s+1\.000\s+1\.000\s+1\.000\s+1\.000 \(2\/2\)\s+0$/m);
    expect(text).toContain("No errors.");
  });

  it("renders JSON that parses back to the report", () => {
    const json = formatReport(REPORT, "json");
    expect(JSON.parse(json)).toEqual(REPORT);
  });
});
