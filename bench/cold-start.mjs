// One cold start, run by bench/index.ts in a fresh `node` process (plain JavaScript, so no
// TypeScript loader sits in the measured path): import, model load, first document.
// Prints one JSON line of milliseconds, counted from the start of this script.
import { readFileSync } from "node:fs";

const [, , distUrl, articlePath, articleDate] = process.argv;
const text = readFileSync(articlePath, "utf8");
const t0 = performance.now();
const { createExtractor } = await import(distUrl);
const t1 = performance.now();
const extractor = createExtractor();
extractor.extract("Warm-up.", { articleDate }); // loads the wink model (done lazily on first use)
const t2 = performance.now();
const result = extractor.extract(text, { articleDate });
const t3 = performance.now();
process.stdout.write(
  JSON.stringify({
    import: t1 - t0, modelLoad: t2 - t1, firstDocument: t3 - t2, total: t3 - t0,
    cpu: (process.cpuUsage().user + process.cpuUsage().system) / 1000, quotes: result.quotes.length, maxRssKb: process.resourceUsage().maxRSS,
  }) + "\n",
);
