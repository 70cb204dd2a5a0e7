// Extracts every corpus article ROUNDS (default 5) times, for `node --cpu-prof --import tsx bench/profile.ts`.
import { createExtractor } from "../dist/index.js";
import { loadCorpus } from "./corpus";

const ROUNDS = Number(process.env["ROUNDS"] ?? 5);
const { source, articles } = loadCorpus();
const extractor = createExtractor();
const started = performance.now();
for (let round = 0; round < ROUNDS; round++) {
  for (const a of articles) extractor.extract(a.text, { articleDate: a.date });
}
console.log(`${source}: ${ROUNDS} rounds in ${((performance.now() - started) / 1000).toFixed(2)} s`);
