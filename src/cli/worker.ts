/**
 * A worker thread of `whosaid --jobs N` (built to dist/cli-worker.js). Each worker builds its own
 * extractor, loading the same --rules module as the main thread, and processes jobs one by one.
 */
import { workerData } from "piscina";
import type { Job, Outcome, RecordSettings } from "./job";
import { createProcessor } from "./processor";

const ready = createProcessor(workerData as RecordSettings);

export default async function processInWorker(job: Job): Promise<Outcome> {
  return (await ready)(job);
}
