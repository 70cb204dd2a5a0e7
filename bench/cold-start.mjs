// One cold start, run by bench/index.ts in a fresh `node` process (plain JavaScript, so no
// TypeScript loader sits in the measured path): import, model load, first document.
// Prints one JSON line: wall and CPU milliseconds of each phase, and the peak RSS.
import { readFileSync } from "node:fs";

const [, , distUrl, articlePath, articleDate] = process.argv;
const text = readFileSync(articlePath, "utf8");
const cpu = () => (process.cpuUsage().user + process.cpuUsage().system) / 1000;
const marks = [[performance.now(), cpu()]];
const mark = () => marks.push([performance.now(), cpu()]);

const { createExtractor } = await import(distUrl);
mark();
const extractor = createExtractor();
extractor.extract("Warm-up.", { articleDate }); // loads the wink model (done lazily on first use)
mark();
const result = extractor.extract(text, { articleDate });
mark();

const phase = (k, unit) => marks[k + 1][unit] - marks[k][unit];
const report = {};
for (const [unit, suffix] of [[0, "Wall"], [1, "Cpu"]]) {
  report[`import${suffix}`] = phase(0, unit);
  report[`modelLoad${suffix}`] = phase(1, unit);
  report[`firstDocument${suffix}`] = phase(2, unit);
  report[`total${suffix}`] = marks[3][unit] - marks[0][unit];
}
report.processCpu = marks[3][1]; // includes Node's own start-up
report.quotes = result.quotes.length;
report.maxRssKb = process.resourceUsage().maxRSS;
process.stdout.write(JSON.stringify(report) + "\n");
