import { createExtractor } from "./src/index";
const x = createExtractor();
for (const t of process.argv.slice(2)) console.log(JSON.stringify(x.extract(t).quotes.map((q) => [q.type, q.kind, q.text, q.cue?.text, q.speaker?.name])));
