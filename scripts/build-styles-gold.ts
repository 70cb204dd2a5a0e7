/**
 * Build the multi-style gold set (gold/styles/styles.jsonl and gold/styles/names-styles.tsv) from
 * its readable sources, gold/styles/articles-*.md (format: scripts/styles-gold.ts).
 *
 *   npx tsx scripts/build-styles-gold.ts            # writes both files
 *   npx tsx scripts/build-styles-gold.ts --check    # exits 1 if the written files are stale
 */
import fs from "node:fs";
import path from "node:path";
import { buildStylesGold, STYLES_DIR, STYLES_JSONL, STYLES_TSV } from "./styles-gold";

const JSONL = path.join(STYLES_DIR, STYLES_JSONL);
const TSV = path.join(STYLES_DIR, STYLES_TSV);
const sources = fs
  .readdirSync(STYLES_DIR)
  .filter((file) => /^articles-.*\.md$/.test(file))
  .sort()
  .map((file) => fs.readFileSync(path.join(STYLES_DIR, file), "utf8"));
const built = buildStylesGold(sources);
if (process.argv.includes("--check")) {
  const stale = [JSONL, TSV].filter((file, k) => !fs.existsSync(file) || fs.readFileSync(file, "utf8") !== [built.jsonl, built.tsv][k]);
  if (stale.length > 0) {
    process.stderr.write(`stale: ${stale.join(", ")} (run npx tsx scripts/build-styles-gold.ts)\n`);
    process.exit(1);
  }
} else {
  fs.writeFileSync(JSONL, built.jsonl);
  fs.writeFileSync(TSV, built.tsv);
  process.stdout.write(`${JSONL}: ${built.jsonl.trim().split("\n").length} articles; ${TSV}: ${built.tsv.trim().split("\n").length - 1} rows\n`);
}
