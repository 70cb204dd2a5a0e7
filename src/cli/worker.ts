/**
 * A worker thread of the CLI (built to dist/cli-worker.js). It builds its extractor (loading the
 * same --rules module as the main thread), loads the language model, says "ready", then
 * processes one job per message. The main thread terminates it when a job runs out of time.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { Job, RecordSettings } from "./job";
import { createProcessor } from "./processor";
import type { FromWorker } from "./pool";

const port = parentPort!;
const post = (message: FromWorker) => port.postMessage(message);

createProcessor(workerData as RecordSettings).then(
  (process) => {
    port.on("message", (job: Job) => post({ outcome: process(job) }));
    post({ ready: true });
  },
  (error: unknown) => post({ failed: error instanceof Error ? error.message : String(error) }),
);
