/**
 * Build a multi-style gold set (<folder>/styles.jsonl and <folder>/names-styles.tsv) from its
 * readable sources, <folder>/articles-*.md (format: scripts/styles-gold.ts). The folder defaults to
 * gold/styles; the second, separately scored set is gold/styles2.
 *
 *   npx tsx scripts/build-styles-gold.ts [folder]            # writes both files
 *   npx tsx scripts/build-styles-gold.ts [folder] --check    # exits 1 if the written files are stale
 */
import fs from "node:fs";
import path from "node:path";
import { buildStylesGold, STYLES_DIR, STYLES_JSONL, STYLES_TSV } from "./styles-gold";

const dir = process.argv.slice(2).find((arg) => !arg.startsWith("--")) ?? STYLES_DIR;
const JSONL = path.join(dir, STYLES_JSONL);
const TSV = path.join(dir, STYLES_TSV);
const sources = fs
  .readdirSync(dir)
  .filter((file) => /^articles-.*\.md$/.test(file))
  .sort()
  .map((file) => fs.readFileSync(path.join(dir, file), "utf8"));
const built = buildStylesGold(sources);
if (process.argv.includes("--check")) {
  const stale = [JSONL, TSV].filter((file, k) => !fs.existsSync(file) || fs.readFileSync(file, "utf8") !== [built.jsonl, built.tsv][k]);
  if (stale.length > 0) {
    process.stderr.write(`stale: ${stale.join(", ")} (run npx tsx scripts/build-styles-gold.ts ${dir})\n`);
    process.exit(1);
  }
} else {
  fs.writeFileSync(JSONL, built.jsonl);
  fs.writeFileSync(TSV, built.tsv);
  process.stdout.write(`${JSONL}: ${built.jsonl.trim().split("\n").length} articles; ${TSV}: ${built.tsv.trim().split("\n").length - 1} rows\n`);
}
