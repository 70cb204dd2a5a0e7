import { Worker } from "node:worker_threads";
import { formatError, keyLabel, type RecordError } from "./formats";
import type { Job, Outcome, RecordSettings } from "./job";

/** What a worker is sent: one job and the settings to process it with. */
export interface ToWorker {
  job: Job;
  settings: RecordSettings;
}

/**
 * What a worker posts back: ready after start-up; started when it has the extractor for a job (a
 * --rules module is loaded once per worker, on its first job) and begins the record; the job's
 * outcome; or why it could not start.
 */
export type FromWorker = { ready: true } | { started: true } | { outcome: Outcome } | { failed: string };

interface Task extends ToWorker {
  /** The job's time limit in milliseconds; 0 for none. */
  timeoutMs: number;
  done(outcome: Outcome): void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  task?: Task;
  timer?: NodeJS.Timeout;
}

/**
 * Worker threads that process jobs one at a time each. Synchronous extraction cannot be interrupted
 * from inside its thread, so every job runs in a worker: one that exceeds the time limit is
 * terminated, its job gets a TIMEOUT error, and a fresh worker takes over the rest. Workers start
 * lazily, only while jobs wait and fewer than `limit` are running.
 */
export class WorkerPool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Task[] = [];
  private limit = 1;
  /** Set when a worker could not start: every job still waiting fails with it. */
  private broken: string | undefined;

  /** `url`: the worker script (dist/cli-worker.js). */
  constructor(private readonly url: URL) {}

  /** Allows up to `n` workers from now on. */
  allow(n: number): void {
    this.limit = Math.max(this.limit, n);
    this.dispatch();
  }

  /** The job's outcome; never rejects: a crash or a timeout is the job's error outcome. */
  run(job: Job, settings: RecordSettings, timeoutMs: number): Promise<Outcome> {
    return new Promise((done) => {
      this.queue.push({ job, settings, timeoutMs, done });
      this.dispatch();
    });
  }

  /** Stops every worker; jobs still waiting are dropped (their batch has ended). */
  async destroy(): Promise<void> {
    this.queue.length = 0;
    const slots = [...this.slots];
    this.slots.clear();
    for (const slot of slots) clearTimeout(slot.timer);
    const workers = slots.map((slot) => slot.worker);
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  private dispatch(): void {
    if (this.broken !== undefined) {
      for (const task of this.queue.splice(0)) task.done(failure(task.settings, task.job, { code: "INTERNAL", message: this.broken }));
      return;
    }
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (slot.ready && slot.task === undefined) this.assign(slot, this.queue.shift()!);
    }
    const starting = [...this.slots].filter((slot) => !slot.ready).length;
    if (this.queue.length > starting && this.slots.size < this.limit) this.start();
  }

  private assign(slot: Slot, task: Task): void {
    slot.task = task;
    this.startClock(slot);
    slot.worker.postMessage({ job: task.job, settings: task.settings } satisfies ToWorker);
  }

  /**
   * (Re)starts the time limit of the slot's job: when the job is sent (so a --rules module that
   * hangs while loading is stopped too), and again when the worker starts the record itself, so
   * that loading the module is not charged to the record.
   */
  private startClock(slot: Slot): void {
    clearTimeout(slot.timer);
    const task = slot.task;
    if (task === undefined || task.timeoutMs <= 0) return;
    slot.timer = setTimeout(() => {
      const seconds = task.timeoutMs / 1000;
      this.retire(slot, failure(task.settings, task.job, { code: "TIMEOUT", message: `took longer than ${seconds} s (--timeout)` }));
    }, task.timeoutMs);
  }

  private start(): void {
    const worker = new Worker(this.url);
    const slot: Slot = { worker, ready: false };
    this.slots.add(slot);
    worker.on("message", (message: FromWorker) => {
      // A message that crossed the worker's retirement or the pool's destruction changes nothing
      // (a late "started" restarted the time limit's timer, which then held the process open).
      if (!this.slots.has(slot)) return;
      if ("ready" in message) slot.ready = true;
      else if ("started" in message) return this.startClock(slot);
      else if ("failed" in message) this.broken = `a worker could not start: ${message.failed}`;
      else this.finish(slot, message.outcome);
      this.dispatch();
    });
    worker.on("error", (error) => {
      if (!slot.ready && slot.task === undefined) this.broken ??= `a worker could not start: ${error.message}`;
      this.retire(slot, slot.task && failure(slot.task.settings, slot.task.job, { code: "INTERNAL", message: `worker failed: ${error.message}` }));
    });
    worker.on("exit", (code) => {
      if (this.slots.has(slot)) this.retire(slot, slot.task && failure(slot.task.settings, slot.task.job, { code: "INTERNAL", message: `worker exited with code ${code}` }));
    });
  }

  private finish(slot: Slot, outcome: Outcome): void {
    clearTimeout(slot.timer);
    const task = slot.task;
    slot.task = undefined;
    task?.done(outcome);
  }

  /** Takes a worker out of the pool (stopping it), ending its job with `outcome`. */
  private retire(slot: Slot, outcome: Outcome | undefined): void {
    if (!this.slots.delete(slot)) return;
    clearTimeout(slot.timer);
    const task = slot.task;
    slot.task = undefined;
    void slot.worker.terminate();
    if (task && outcome) task.done(outcome);
    this.dispatch();
  }
}

/** The error outcome of a job that failed outside the record's own processing. */
export function failure(settings: RecordSettings, job: Job, error: RecordError): Outcome {
  const key = job.kind === "line" || (job.kind === "failed" && job.line !== undefined) ? { file: job.file, line: job.line! } : { file: job.file };
  const label = keyLabel({ ...key, file: job.file === "-" ? "<stdin>" : job.file });
  return { output: formatError(settings, key, error), error: `${label}: ${error.code}: ${error.message}`, empty: false, label };
}
