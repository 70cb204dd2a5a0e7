// `npm run bench:layers`: where whosaid's time goes. Each layer runs the pipeline one stage further
// than the one before (readDoc with whosaid's pipe, whosaid's readDoc, + token copy, + quotes, + mentions and
// coreference, + index and rules, + dates, the whole extraction) over the whole corpus; the layers
// alternate pass by pass, and the printout is CPU ms per pass (medians). Stages cost more inside
// the pipeline than alone (cold caches, garbage collection), which cumulative layers show and
// stage-by-stage timing hides. `npm run bench:layers` bundles this file with tsup first, as dist/
// is built: under tsx every closure is wrapped to keep its name, which makes closure-heavy stages
// look up to 4x dearer than they are.
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { indexArticle } from "../src/attribution/context";
import { runRules } from "../src/attribution/engine";
import { defaultRules } from "../src/attribution/rules";
import { dateQuotes } from "../src/dates";
import { buildDocument } from "../src/document";
import { readArticle, WINK_PIPE } from "../src/document/wink";
import { createExtractor } from "../src/index";
import { buildCueLexicon } from "../src/lexicon/cues";
import { cueMatcher } from "../src/lexicon/match";
import { linkEntities } from "../src/mentions/coref";
import { detectMentions } from "../src/mentions/detect";
import { DEFAULT_INNER_MARKS, DEFAULT_OUTER_MARKS, findQuotes } from "../src/quotes";
import { loadCorpus } from "./corpus";

const PASSES = 12;
const WARM_UP_PASSES = 4;

const { source, articles } = loadCorpus();
const wink = winkNLP(model, WINK_PIPE);
const extractor = createExtractor();
const matcher = cueMatcher(buildCueLexicon());
const marks = { outer: DEFAULT_OUTER_MARKS, inner: DEFAULT_INNER_MARKS };

/** The pipeline up to `stage` (as src/extractor.ts runs it, without normalisation and result). */
function upTo(stage: "quotes" | "mentions" | "rules" | "dates", text: string, date: string | undefined): void {
  const doc = buildDocument(text, date);
  const found = findQuotes(doc, marks, matcher);
  if (stage === "quotes") return;
  const mentions = detectMentions(doc, []);
  // With the tokens, as src/extractor.ts links them: without, most of the linking's rules are skipped.
  const entities = linkEntities(mentions, [], doc.tokens);
  if (stage === "mentions") return;
  const { attributed } = runRules(indexArticle(doc, matcher, mentions, entities, found), defaultRules, { minConfidence: 0.5, explain: false, ranking: null });
  if (stage === "rules") return;
  dateQuotes(doc, attributed);
}

const layers: Record<string, (text: string, date: string | undefined) => unknown> = {
  "readDoc, pipe pos": (text) => wink.readDoc(text),
  "whosaid's readDoc": (text) => readArticle(text),
  "+ token copy": (text, date) => buildDocument(text, date),
  "+ quotes": (text, date) => upTo("quotes", text, date),
  "+ mentions, coreference": (text, date) => upTo("mentions", text, date),
  "+ index, rules": (text, date) => upTo("rules", text, date),
  "+ dates": (text, date) => upTo("dates", text, date),
  "whole extraction": (text, date) => extractor.extract(text, { articleDate: date }),
};

const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const times = new Map<string, number[]>(Object.keys(layers).map((name) => [name, []]));
for (let pass = 0; pass < WARM_UP_PASSES + PASSES; pass++) {
  for (const [name, run] of Object.entries(layers)) {
    const started = cpuMs();
    for (const article of articles) run(article.text, article.date);
    if (pass >= WARM_UP_PASSES) times.get(name)!.push(cpuMs() - started);
  }
}
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1]!;
console.log(`cumulative layers over ${source}; CPU ms per pass, medians of ${PASSES} after ${WARM_UP_PASSES} warm-up passes`);
let previous = 0;
for (const [name, values] of times) {
  const ms = median(values);
  console.log(`${name.padEnd(26)} ${ms.toFixed(1).padStart(7)}   ${previous ? `(${ms - previous >= 0 ? "+" : ""}${(ms - previous).toFixed(1)})` : ""}`);
  previous = ms;
}
