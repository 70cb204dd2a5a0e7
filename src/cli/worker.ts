/**
 * A worker thread of the CLI (built to dist/cli-worker.js). It loads the language model, says
 * "ready", then processes one job per message, building one extractor per --rules module it is
 * asked for. The main thread terminates it when a job runs out of time.
 */
import { parentPort } from "node:worker_threads";
import type { Extractor } from "../index";
import { failure, type FromWorker, type ToWorker } from "./pool";
import { createRecordExtractor } from "./processor";
import { processJob } from "./record";

const port = parentPort!;
const post = (message: FromWorker) => port.postMessage(message);
const extractors = new Map<string, Promise<Extractor>>();

function extractorFor(rulesPath: string | undefined): Promise<Extractor> {
  const key = rulesPath ?? "";
  let extractor = extractors.get(key);
  if (extractor === undefined) extractors.set(key, (extractor = createRecordExtractor(rulesPath)));
  return extractor;
}

port.on("message", async ({ job, settings }: ToWorker) => {
  let extractor: Extractor;
  try {
    extractor = await extractorFor(settings.rulesPath);
  } catch (error) {
    post({ outcome: failure(settings, job, { code: "INTERNAL", message: `cannot load the rules: ${(error as Error).message}` }) });
    return;
  }
  post({ outcome: processJob(job, extractor, settings) });
});

extractorFor(undefined).then(
  () => post({ ready: true }),
  (error: unknown) => post({ failed: error instanceof Error ? error.message : String(error) }),
);
