/**
 * Build a name layer (gold/names-<split>.tsv) from annotation worksheets.
 *
 *   npx tsx scripts/build-name-layer.ts WORKSHEET_DIR OUT.tsv [FIRST LAST]
 *   npx tsx scripts/build-name-layer.ts /tmp/names-dev gold/names-dev.tsv
 *   npx tsx scripts/build-name-layer.ts /tmp/names-dev gold/names-dev.tsv 1 24
 *
 * FIRST LAST (1-based, inclusive) take only those worksheets in sorted file order, as the
 * annotation batches are numbered.
 *
 * A worksheet is `<article>.tsv` with the columns article, start, end, name, kind, source text
 * (see docs/evaluation-names.md). Only the first five columns are written (never article text),
 * under the header `article start end name kind`, sorted by article, then start, then end.
 * Only fully filled worksheets are taken (every row has a name and a kind); the others are listed
 * on stderr. Rows repeating a span with the same name are written once; the same span with two
 * different names is an error. The layer is read back with the evaluator's own parser
 * (`parseNameLayer`), so a kind or name it would reject fails here, before it is committed.
 */
import fs from "node:fs";
import path from "node:path";
import { NameLayerError, parseNameLayer } from "../src/eval/names";

const [folder, out, first, last] = process.argv.slice(2);
if (!folder || !out || (first !== undefined && !/^\d+$/.test(`${first}${last ?? "x"}`))) {
  process.stderr.write("usage: npx tsx scripts/build-name-layer.ts WORKSHEET_DIR OUT.tsv [FIRST LAST]\n");
  process.exit(2);
}

const rows = new Map<string, string>();
const unfinished: string[] = [];
let articles = 0;
const worksheets = fs.readdirSync(folder).filter((name) => name.endsWith(".tsv")).sort();
const chosen = first === undefined ? worksheets : worksheets.slice(Number(first) - 1, Number(last));
for (const file of chosen) {
  const lines = fs.readFileSync(path.join(folder, file), "utf8").split("\n").filter((line) => line.trim() !== "");
  const cells = lines.map((line) => line.split("\t"));
  if (cells.some((row) => row.length < 5 || row[3]!.trim() === "" || row[4]!.trim() === "")) {
    unfinished.push(file);
    continue;
  }
  articles++;
  for (const [article, start, end, name = "", kind = ""] of cells) {
    const key = `${article}\t${start}\t${end}`;
    const value = `${name.trim()}\t${kind.trim()}`;
    const earlier = rows.get(key);
    if (earlier !== undefined && earlier !== value) {
      process.stderr.write(`${file}: span ${start}-${end} has two names: ${earlier} / ${value}\n`);
      process.exit(1);
    }
    rows.set(key, value);
  }
}

const sorted = [...rows.entries()]
  .map(([key, value]) => {
    const [article, start, end] = key.split("\t");
    return { article: article!, start: Number(start), end: Number(end), line: `${key}\t${value}` };
  })
  .sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : a.start - b.start || a.end - b.end));
const layer = ["article\tstart\tend\tname\tkind", ...sorted.map((row) => row.line)].join("\n") + "\n";
try {
  parseNameLayer(layer);
} catch (error) {
  if (!(error instanceof NameLayerError)) throw error;
  process.stderr.write(`${out}: not written: ${error.message}\n`);
  process.exit(1);
}
fs.writeFileSync(out, layer);
process.stderr.write(`${out}: ${sorted.length} rows from ${articles} articles; ${unfinished.length} worksheets not fully filled\n`);
