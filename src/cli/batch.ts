import { availableParallelism } from "node:os";
import type { WeightedJob } from "./inputs";
import type { Outcome, RecordSettings } from "./job";
import { failure, WorkerPool } from "./pool";

/** How many jobs each worker may have queued: enough to keep it busy, few enough to bound memory. */
const IN_FLIGHT_PER_WORKER = 8;

/** More workers than cores only add memory (each loads its own model): --jobs is capped here. */
export const MAX_JOBS = Math.max(2, availableParallelism());

/**
 * Without --jobs, one worker runs the batch until it proves large enough to pay for starting more
 * (each loads its own language model): this many records, or bytes of input. Measured on a shared
 * 2-core machine, a second worker was no faster up to 5,000 short records (2.3 MB) or 1,000
 * articles (3.7 MB), and used 50% more memory; the thresholds sit above that.
 */
export const AUTO_JOBS_RECORDS = 10_000;
export const AUTO_JOBS_BYTES = 10_000_000;

export interface BatchOptions {
  /** Worker threads; undefined for the automatic choice above. */
  jobs: number | undefined;
  /** The number of records when known in advance (plain-text files), to start no idle worker. */
  records: number | undefined;
  timeoutMs: number;
  settings: RecordSettings;
  /** The workers to run on; a pool of its own (started lazily, stopped at the end) without it. */
  pool: WorkerPool | undefined;
  workerUrl: URL;
}

/**
 * Runs the jobs on worker threads and hands each outcome to `sink` in input order. At most a fixed
 * window of jobs is in flight and the next job is read only when a slot frees up, so memory stays
 * flat whatever the batch size.
 */
export async function runBatch(
  source: AsyncIterable<WeightedJob>,
  options: BatchOptions,
  sink: (outcome: Outcome, weight: number) => Promise<void>,
): Promise<void> {
  const cap = Math.min(options.jobs ?? MAX_JOBS, MAX_JOBS, options.records ?? Infinity);
  const pool = options.pool ?? new WorkerPool(options.workerUrl);
  pool.allow(options.jobs === undefined ? 1 : cap);
  const window = Math.max(1, cap) * IN_FLIGHT_PER_WORKER;
  const pending: Array<{ outcome: Promise<Outcome>; weight: number }> = [];
  let records = 0;
  let bytes = 0;
  try {
    for await (const item of source) {
      const { job } = item;
      records += 1;
      bytes += item.bytes;
      if (options.jobs === undefined && (records >= AUTO_JOBS_RECORDS || bytes >= AUTO_JOBS_BYTES)) pool.allow(cap);
      const outcome = job.kind === "failed" ? Promise.resolve(failure(options.settings, job, { code: job.code, message: job.message })) : pool.run(job, options.settings, options.timeoutMs);
      pending.push({ outcome, weight: item.weight });
      if (pending.length >= window) {
        const head = pending.shift()!;
        await sink(await head.outcome, head.weight);
      }
    }
    for (const head of pending.splice(0)) await sink(await head.outcome, head.weight);
  } finally {
    if (pool !== options.pool) await pool.destroy();
  }
}
