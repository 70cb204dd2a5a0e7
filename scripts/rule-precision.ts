/**
 * Precision of each attribution rule on a gold split: of the found gold quotes with a Source whose
 * paired prediction (largest overlap, as `whosaid eval` pairs them) a rule attributed, how many
 * have a speaker mention overlapping the Source. With `--names`, also by name on the layer's rows.
 *
 *   npx tsx scripts/rule-precision.ts [--gold ../shared/data/polnear/train] [--names gold/names-train.tsv]
 *     [--examples RULE] [--limit N] [--wrong-only]
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { loadGold } from "../src/cli/gold-files";
import { findNameRow, nameMatches, parseNameLayer, EXCLUDED_NAME, type NameLayer } from "../src/eval";
import { pairWithGold, spansOverlap } from "../src/eval/metrics";
import { createExtractor } from "../src/index";

interface Tally {
  attributed: number;
  rightByMention: number;
  scoredByName: number;
  rightByName: number;
}

const { values } = parseArgs({
  options: {
    gold: { type: "string", default: "../shared/data/polnear/train" },
    names: { type: "string" },
    examples: { type: "string" },
    limit: { type: "string", default: "30" },
    "wrong-only": { type: "boolean", default: false },
  },
});

const layer: NameLayer | undefined = values.names ? parseNameLayer(readFileSync(values.names, "utf8")) : undefined;
const { documents } = loadGold(values.gold);
const extractor = createExtractor();
const tallies = new Map<string, Tally>();
let shown = 0;
const limit = Number(values.limit);

for (const gold of documents) {
  const { quotes } = extractor.extract(gold.text, gold.date === null ? {} : { articleDate: gold.date });
  for (const { relation, quote: best } of pairWithGold(gold.relations, quotes)) {
    if (!relation.source?.length) continue;
    const category = relation.hasQuoteMark ? "direct" : "reported";
    const key = `${category}\t${best.rule ?? "none"}`;
    const tally = tallies.get(key) ?? { attributed: 0, rightByMention: 0, scoredByName: 0, rightByName: 0 };
    tallies.set(key, tally);
    tally.attributed++;
    const speaker = best.speaker;
    const right = !!speaker && spansOverlap(speaker.mention, relation.source);
    if (right) tally.rightByMention++;
    const first = relation.source[0]!;
    const last = relation.source[relation.source.length - 1]!;
    const row = layer ? findNameRow(layer, gold.id, first.start, last.end) : undefined;
    if (row && row.name !== EXCLUDED_NAME) {
      tally.scoredByName++;
      if (speaker && nameMatches(speaker.name, row.name, row.kind)) tally.rightByName++;
    }
    if (values.examples === (best.rule ?? "none") && shown < limit && !(right && values["wrong-only"])) {
      shown++;
      const from = Math.max(0, Math.min(best.start, first.start) - 80);
      const to = Math.min(gold.text.length, Math.max(best.end, last.end) + 80);
      const source = relation.source.map((s) => s.text).join(" … ");
      console.log(`--- ${gold.id} ${right ? "RIGHT" : "WRONG"} gold=${JSON.stringify(source)} predicted=${JSON.stringify(speaker?.mention.text ?? null)}`);
      console.log(gold.text.slice(from, to).replace(/\s+/g, " "));
    }
  }
}

const rows = [...tallies.entries()].sort(([a], [b]) => a.localeCompare(b));
console.log("category\trule\tattributed\tright by mention\tprecision\tby name");
for (const [key, t] of rows) {
  const byName = t.scoredByName ? `${(t.rightByName / t.scoredByName).toFixed(2)} (${t.rightByName}/${t.scoredByName})` : "-";
  console.log(`${key}\t${t.attributed}\t${t.rightByMention}\t${(t.rightByMention / t.attributed).toFixed(3)}\t${byName}`);
}
