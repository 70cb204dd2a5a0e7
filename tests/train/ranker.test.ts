import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runTrainCommand } from "../../scripts/train-command";
import { createExtractor } from "../../src/index";
import type { RankerWeights } from "../../src/attribution/ranker/model";
import { fitLogistic } from "../../src/train/ranker-fit";
import { writeBratFolder, type InventedArticle } from "./brat-corpus";

describe("fitLogistic", () => {
  it("puts the weight on the feature that decides the label, not on noise", () => {
    const rows: number[][] = [];
    const labels: boolean[] = [];
    for (let i = 0; i < 200; i++) {
      const planted = i % 2;
      // The noise repeats over each pair of rows, one of each label: it cannot tell them apart.
      rows.push([Math.floor(i / 2) % 13 / 13, planted, Math.floor(i / 2) % 7 / 7]);
      // One row in five of each value disagrees with the planted feature, so the weights stay finite.
      labels.push(i % 10 === 0 || i % 10 === 5 ? planted === 0 : planted === 1);
    }
    const { weights, bias } = fitLogistic(rows, labels);
    expect(weights[1]).toBeGreaterThan(2);
    expect(Math.abs(weights[0]!)).toBeLessThan(0.5);
    expect(Math.abs(weights[2]!)).toBeLessThan(0.5);
    // P(label | planted = 1) is 0.8 in the rows.
    expect(1 / (1 + Math.exp(-(bias + weights[1]!)))).toBeCloseTo(0.8, 1);
  });
});

// The planted pattern: the speaker is always the person named in the sentence before, never "the
// aide" whom the rules name after the quote.
const NAMES = ["Mara Quill", "Dov Brand", "Lena Sorrel", "Piet Vantongeren", "Ines Calder", "Omar Feld", "Rosa Delane", "Jon Ekwall", "Tilde Maren", "Ugo Benassi", "Wanda Ostrem", "Kai Lindqvist"];
const planted = (name: string, k: number): InventedArticle => ({
  id: `article${String(k).padStart(2, "0")}`,
  lines: [
    {
      text: `${name} sent an aide to the hearing on ${k + 1} May. \u201CThe vote on the budget will wait a week,\u201D the aide said.`,
      relations: [{ source: name, cue: "said", content: "\u201CThe vote on the budget will wait a week,\u201D" }],
    },
  ],
});

const tmp = mkdtempSync(join(tmpdir(), "whosaid-ranker-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
writeBratFolder(join(tmp, "data"), NAMES.map(planted));

function train(out: string): string {
  const errors: string[] = [];
  const status = runTrainCommand(["--data", join(tmp, "data"), "--out", join(tmp, "learned.json"), "--ranker-out", join(tmp, out), "--quiet"], {
    root: tmp, log: () => {}, error: (m) => errors.push(m),
  });
  expect(errors).toEqual([]);
  expect(status).toBe(0);
  return readFileSync(join(tmp, out), "utf8");
}

describe("npm run train: the ranker", () => {
  const first = train("weights-1.json");

  it("learns the planted speaker from an invented brat corpus", () => {
    const weights = JSON.parse(first) as RankerWeights;
    expect(weights.meta).toMatchObject({ quotes: { direct: NAMES.length, reported: 0 } });
    const text = `Nora Westby sent an aide to the hearing on 3 June. \u201CThe vote on the budget will wait a week,\u201D the aide said.`;
    const [ranked] = createExtractor({ ranker: weights }).extract(text).quotes;
    const [sieved] = createExtractor({ ranker: false }).extract(text).quotes;
    expect(sieved!.speaker!.mention.text).toBe("the aide");
    expect(ranked!.speaker!.mention.text).toBe("Nora Westby");
  });

  it("writes byte-identical weights when run twice", () => {
    expect(train("weights-2.json")).toBe(first);
  });
});
