import { availableParallelism } from "node:os";
import { Piscina } from "piscina";
import { formatError, keyLabel } from "./formats";
import type { WeightedJob } from "./inputs";
import type { Outcome, RecordSettings } from "./job";
import type { Processor } from "./processor";

/** How many jobs each worker may have queued: enough to keep it busy, few enough to bound memory. */
const IN_FLIGHT_PER_WORKER = 8;

export const DEFAULT_JOBS = availableParallelism();

/**
 * Runs the jobs, `jobs` at a time on worker threads (or in this thread for `jobs` 1), and hands
 * each outcome to `sink` in input order. At most a fixed window of jobs is in flight and the next
 * job is read only when a slot frees up, so memory stays flat whatever the batch size.
 */
export async function runBatch(
  source: AsyncIterable<WeightedJob>,
  options: { jobs: number; settings: RecordSettings; local: Processor },
  sink: (outcome: Outcome, weight: number) => Promise<void>,
): Promise<void> {
  const pool =
    options.jobs > 1
      ? new Piscina({
          filename: new URL("./cli-worker.js", import.meta.url).href,
          minThreads: options.jobs,
          maxThreads: options.jobs,
          workerData: options.settings,
        })
      : null;
  const window = (pool ? options.jobs : 1) * IN_FLIGHT_PER_WORKER;
  const pending: Array<{ outcome: Promise<Outcome>; weight: number }> = [];
  const run = (item: WeightedJob): Promise<Outcome> =>
    pool
      ? // A crashed worker fails only its record; the promise never rejects, so no rejection goes unhandled.
        (pool.run(item.job) as Promise<Outcome>).catch((error: unknown) => crashed(item, error, options.settings))
      : Promise.resolve(options.local(item.job));
  try {
    for await (const item of source) {
      pending.push({ outcome: run(item), weight: item.weight });
      if (pending.length >= window) {
        const head = pending.shift()!;
        await sink(await head.outcome, head.weight);
      }
    }
    for (const head of pending.splice(0)) await sink(await head.outcome, head.weight);
  } finally {
    await pool?.destroy();
  }
}

function crashed({ job }: WeightedJob, error: unknown, settings: RecordSettings): Outcome {
  const key = job.kind === "line" ? { file: job.file, line: job.line } : { file: job.file };
  const failure = { code: "INTERNAL", message: `worker failed: ${error instanceof Error ? error.message : String(error)}` };
  const label = keyLabel(key);
  return { output: formatError(settings, key, failure), error: `${label}: ${failure.code}: ${failure.message}`, empty: false, label };
}
