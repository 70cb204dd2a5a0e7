import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  goldDocumentFromBrat,
  parsePolnearMetadata,
  scoreDocuments,
  selectAnnotatorFiles,
  type GoldDocument,
} from "../../src/eval";
import type { ExtractionResult, Quote } from "../../src/types";
import { POLNEAR } from "../polnear";

const DEV = join(POLNEAR, "dev");
const available = existsSync(join(DEV, "attributions")) && existsSync(join(DEV, "text"));
const title = available
  ? `PolNeAR dev (${DEV})`
  : `PolNeAR dev: SKIPPED, folder not found: ${DEV} (set WHOSAID_POLNEAR_DIR to the polnear folder)`;
if (!available) console.warn(title);

function loadDev(): GoldDocument[] {
  const dates = new Map(
    parsePolnearMetadata(readFileSync(join(POLNEAR, "metadata.tsv"), "utf8")).map((row) => [
      row.filename,
      row.publicationDate,
    ]),
  );
  return selectAnnotatorFiles(readdirSync(join(DEV, "attributions"))).map((choice) =>
    goldDocumentFromBrat({
      id: choice.article,
      annText: readFileSync(join(DEV, "attributions", choice.fileName), "utf8"),
      articleText: readFileSync(join(DEV, "text", `${choice.article}.txt`), "utf8"),
      date: dates.get(choice.article) ?? null,
    }),
  );
}

/** A prediction that reproduces the gold: one quote per relation, from its first to its last Content piece. */
function oracle(gold: GoldDocument): ExtractionResult {
  const quotes: Quote[] = gold.relations.flatMap((relation, index): Quote[] => {
    const first = relation.content[0];
    const last = relation.content[relation.content.length - 1];
    if (!first || !last) return [];
    const mention = relation.source?.[0];
    return [
      {
        id: `q${index + 1}`,
        start: first.start,
        end: last.end,
        text: gold.text.slice(first.start, last.end),
        type: relation.hasQuoteMark ? "direct" : "indirect",
        speaker: mention ? { id: "s", name: mention.text, mention } : null,
        cue: null,
        date: gold.date === null ? null : { value: gold.date, source: "article" },
        confidence: 1,
        rule: "oracle",
      },
    ];
  });
  return { articleDate: gold.date, quotes, speakers: [] };
}

describe.skipIf(!available)(title, () => {
  const docs = available ? loadDev() : [];

  it("reads one annotator file for each of the 84 dev articles, with dates", () => {
    expect(docs).toHaveLength(84);
    expect(docs.every((doc) => doc.date !== null && /^\d{4}-\d{2}-\d{2}$/.test(doc.date))).toBe(true);
  });

  it("finds the README's totals: 2,193 relations, 624 with quotation marks", () => {
    const relations = docs.flatMap((doc) => doc.relations);
    expect(relations).toHaveLength(2193);
    // The README counts Contents with " “ or ”; the New York Times articles also write a double
    // quotation mark as two apostrophes (''), which whosaid's definition counts too.
    const readmeMarks = /["\u201C\u201D]/;
    expect(relations.filter((relation) => relation.content.some((c) => readmeMarks.test(c.text)))).toHaveLength(624);
    expect(relations.filter((relation) => relation.hasQuoteMark)).toHaveLength(710);
    // One of the 2,193 is a degenerate event with a trigger only (no Cue, Source or Content):
    // E21 in breitbart_2016-10-03_the-latest-trump-s-leaked-taxes-_ef2d.ann. The scorer excludes it.
    expect(relations.filter((relation) => relation.content.length === 0)).toHaveLength(1);
    // Discontiguous Content occurs (Content interrupted by "he said").
    expect(relations.some((relation) => relation.content.length > 1)).toBe(true);
  });

  it("has span texts equal to the article slices", () => {
    for (const doc of docs) {
      for (const relation of doc.relations) {
        for (const span of [...relation.content, ...(relation.source ?? []), ...(relation.cue ?? [])]) {
          expect(doc.text.slice(span.start, span.end)).toBe(span.text);
        }
      }
    }
  });

  it("scores an oracle prediction (close to) perfectly", () => {
    const report = scoreDocuments(docs.map((gold) => ({ gold, predicted: oracle(gold) })));
    expect(report.excludedGoldRelations).toBe(1);
    expect(report.direct.gold).toBe(710);
    expect(report.reported.gold).toBe(2192 - 710);
    expect(report.direct.f1).toBe(1);
    expect(report.direct.attributionAccuracy).toBe(1);
    expect(report.reported.f1).toBe(1);
    expect(report.reported.attributionAccuracy).toBe(1);
    expect(report.dates.coverage).toBe(1);
    expect(report.dates.consistency).toBe(1);
  });
});
