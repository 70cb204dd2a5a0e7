/**
 * The multi-style set (gold/styles/): 16 invented articles in house styles PolNeAR lacks, with a
 * name layer. Its figures are pinned as exact floors (and its spurious quotes as a ceiling), so a
 * change that loses one right speaker here fails; raise the pins when a fix gains one.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { evaluateGold } from "../../src/cli/eval";
import { parseGoldJsonl, parseNameLayer, type EvalReport } from "../../src/eval";
import { buildStylesGold, STYLES_DIR, STYLES_JSONL, STYLES_TSV } from "../../scripts/styles-gold";
import { REPO_ROOT } from "../polnear";

const dir = join(REPO_ROOT, STYLES_DIR);
const read = (file: string) => readFileSync(join(dir, file), "utf8");
const sources = readdirSync(dir).filter((file) => /^articles-.*\.md$/.test(file)).sort().map(read);

/** Counts at the last measurement (docs/evaluation.md, "The multi-style set"). */
const PINNED = {
  direct: { gold: 100, found: 97, correct: 99, spurious: 1, speakerCorrect: 92, byName: 92 },
  reported: { gold: 78, found: 72, correct: 69, spurious: 13, speakerCorrect: 66, byName: 66 },
};

describe("the multi-style set's files", () => {
  it("are what scripts/build-styles-gold.ts builds from the sources", () => {
    const built = buildStylesGold(sources);
    expect(read(STYLES_JSONL)).toBe(built.jsonl);
    expect(read(STYLES_TSV)).toBe(built.tsv);
  });

  it("have 16 articles and a name for every quote's speaker", () => {
    const documents = parseGoldJsonl(read(STYLES_JSONL));
    const layer = parseNameLayer(read(STYLES_TSV));
    expect(documents).toHaveLength(16);
    for (const document of documents) {
      for (const relation of document.relations) {
        const source = relation.source?.[0];
        if (source) expect(layer.index.get(document.id)?.get(`${source.start}:${source.end}`)?.name, `${document.id} ${source.text}`).toBeTruthy();
      }
    }
  });
});

describe("the builder", () => {
  const article = "## a1\ndate: 2026-01-02\n\nFerry cut\n\n⟦d:s1 ‘We are sorry,’⟧ said ⟦s1 Ola Berg⟧. ⟦s2 She⟧ said ⟦r:s2 fares would fall⟧.\n\n@s1 person Ola Berg\n@s2 person Ola Berg\n";

  it("strips the markup and computes every offset", () => {
    const { jsonl, tsv } = buildStylesGold([article]);
    const record = JSON.parse(jsonl) as { text: string; quotes: { start: number; end: number; speaker: { start: number; end: number }; type: string }[] };
    expect(record.text).toBe("Ferry cut\n\n‘We are sorry,’ said Ola Berg. She said fares would fall.");
    expect(record.quotes.map((q) => [record.text.slice(q.start, q.end), q.type, record.text.slice(q.speaker.start, q.speaker.end)])).toEqual([
      ["‘We are sorry,’", "direct", "Ola Berg"],
      ["fares would fall", "indirect", "She"],
    ]);
    expect(tsv).toBe("article\tstart\tend\tname\tkind\na1\t32\t40\tOla Berg\tperson\na1\t42\t45\tOla Berg\tperson\n");
  });

  it.each([
    ["reported speech holding a quotation mark", article.replace("⟦r:s2 fares would fall⟧", "⟦r:s2 fares would “fall”⟧"), /a1: reported speech with a quotation mark/],
    ["a speaker without a name row", article.replace("@s2 person Ola Berg\n", ""), /a1: no name row for s2/],
    ["an unclosed mark", article.replace("fares would fall⟧", "fares would fall"), /a1: unclosed ⟦r:s2/],
    ["a quote whose speaker is not marked", article.replace("⟦s2 She⟧", "She"), /a1: no mention s2/],
  ])("rejects %s", (_, source, message) => {
    expect(() => buildStylesGold([source])).toThrow(message);
  });
});

describe("whosaid on the multi-style set", () => {
  let report: EvalReport;

  beforeAll(() => {
    const evaluation = evaluateGold(parseGoldJsonl(read(STYLES_JSONL)), 0, parseNameLayer(read(STYLES_TSV)));
    expect(evaluation.failures).toEqual([]);
    report = evaluation.report;
  });

  it.each(["direct", "reported"] as const)("keeps its %s figures at or above the pinned counts", (category) => {
    const pinned = PINNED[category];
    const scores = report[category];
    const names = report.names![category];
    console.log(
      `multi-style set, ${category}: F1 ${scores.f1.toFixed(3)} (found ${scores.found}/${scores.gold}, correct ${scores.correct}/${scores.predicted}); ` +
        `by mention ${scores.speakerCorrect}/${scores.foundWithSource}; by name ${names.right}/${names.scored} (${names.accuracy.toFixed(3)})`,
    );
    expect(scores.gold).toBe(pinned.gold);
    expect(scores.found).toBeGreaterThanOrEqual(pinned.found);
    expect(scores.correct).toBeGreaterThanOrEqual(pinned.correct);
    expect(scores.predicted - scores.correct).toBeLessThanOrEqual(pinned.spurious);
    expect(scores.speakerCorrect).toBeGreaterThanOrEqual(pinned.speakerCorrect);
    expect(names.right).toBeGreaterThanOrEqual(pinned.byName);
    expect(names.coverage).toBe(1);
  });
});
