import { extractQuotes } from "./src/index";
const text = process.argv[2]!;
for (const q of extractQuotes(text).quotes) console.log(JSON.stringify(q.text.slice(0, 50)), "->", q.speaker?.name ?? null, "|", q.speaker?.mention?.text, "|", q.rule);
