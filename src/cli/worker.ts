/**
 * A worker thread of the CLI (built to dist/cli-worker.js). It loads the language model, reads a
 * sentence with it, says "ready", then processes one job per message, building one extractor per
 * --rules module and --learned lexicon it is asked for. The main thread terminates it when a job runs out of time.
 */
import { parentPort } from "node:worker_threads";
import type { Extractor } from "../index";
import { failure, type FromWorker, type ToWorker } from "./pool";
import { createRecordExtractor } from "./processor";
import { processJob } from "./record";

const port = parentPort!;
const post = (message: FromWorker) => port.postMessage(message);
const extractors = new Map<string, Promise<Extractor>>();

function extractorFor(rulesPath: string | undefined, learnedPath?: string): Promise<Extractor> {
  const key = `${rulesPath ?? ""}\0${learnedPath ?? ""}`;
  let extractor = extractors.get(key);
  if (extractor === undefined) extractors.set(key, (extractor = createRecordExtractor(rulesPath, learnedPath)));
  return extractor;
}

port.on("message", async ({ job, settings }: ToWorker) => {
  let extractor: Extractor;
  try {
    extractor = await extractorFor(settings.rulesPath, settings.learnedPath);
  } catch (error) {
    post({ outcome: failure(settings, job, { code: "INTERNAL", message: `cannot load the rules or lexicon: ${(error as Error).message}` }) });
    return;
  }
  post({ started: true });
  post({ outcome: processJob(job, extractor, settings) });
});

/**
 * Read before saying "ready": the first extraction loads wink's model and compiles chrono's date
 * patterns (a few hundred ms), which the pool's per-record time limit must not charge to the first
 * record a fresh worker gets, e.g. the one after a record that timed out.
 */
const WARM_UP = '"We are ready," Ann Lee said on Monday.';

extractorFor(undefined).then(
  (extractor) => {
    extractor.extract(WARM_UP);
    post({ ready: true });
  },
  (error: unknown) => post({ failed: error instanceof Error ? error.message : String(error) }),
);
