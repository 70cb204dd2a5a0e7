/**
 * Writes the explain JSON of every article of one or more brat split folders, one file per article,
 * so a refactoring can be checked to change nothing:
 *
 *   npx tsx scripts/dump-explain.ts /tmp/before ../shared/data/polnear/dev ../shared/data/polnear/train
 *   (change the code, then the same into /tmp/after) && diff -r /tmp/before /tmp/after
 *
 * It runs the built package (dist/), so run `npm run build` first.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { createExtractor } from "../dist/index.js";

const [out, ...folders] = process.argv.slice(2);
if (!out || folders.length === 0) {
  console.error("usage: npx tsx scripts/dump-explain.ts OUT_DIR SPLIT_DIR...");
  process.exit(2);
}
const extractor = createExtractor({ explain: true });
let count = 0;
for (const folder of folders) {
  const split = basename(resolve(folder));
  const target = join(out, split);
  mkdirSync(target, { recursive: true });
  const textDir = join(folder, "text");
  for (const name of readdirSync(textDir).filter((f) => f.endsWith(".txt")).sort()) {
    const result = extractor.extract(readFileSync(join(textDir, name), "utf8"));
    writeFileSync(join(target, name.replace(/\.txt$/, ".json")), JSON.stringify(result, null, 1));
    count++;
  }
}
console.log(`wrote ${count} files under ${out}`);
