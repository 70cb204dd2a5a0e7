import { describe, expect, it } from "vitest";
import type { Job, RecordSettings } from "../../src/cli/job";
import { WorkerPool } from "../../src/cli/pool";
import { WORKER } from "./helpers";

const settings: RecordSettings = { format: "jsonl", single: false, color: false };
const job = (n: number): Job => ({ kind: "bytes", file: `${n}.txt`, bytes: new TextEncoder().encode(`"Point ${n}," Ann Lee said.`) });

describe("WorkerPool", () => {
  it("drops the jobs still waiting when destroyed, so that no worker starts after it", async () => {
    // `whosaid ... | head`: the batch ends at the first write after the reader left, with jobs
    // still queued; a worker's last message then started a fresh worker for them, which kept the
    // process alive until the record time limit (30 s) ran out.
    const pool = new WorkerPool(WORKER);
    const first = pool.run(job(1), settings, 30_000);
    for (let n = 2; n <= 4; n++) void pool.run(job(n), settings, 30_000);
    expect((await first).output).toContain('"name":"Ann Lee"');
    await pool.destroy();
    expect(pool["queue"]).toEqual([]);
    expect(pool["slots"].size).toBe(0);
  });
});
