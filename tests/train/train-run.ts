import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { runTrainCommand } from "../../scripts/train-command";

/**
 * `npm run train` in-process, rooted in a fresh temporary folder (removed after the file's tests):
 * `run(argv)` returns the command's status and what it printed to each stream.
 */
export function trainCommandIn(prefix: string): { tmp: string; run: (argv: string[]) => { status: number; out: string; err: string } } {
  const tmp = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const run = (argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const status = runTrainCommand(argv, { root: tmp, log: (m) => out.push(m), error: (m) => err.push(m) });
    return { status, out: out.join("\n"), err: err.join("\n") };
  };
  return { tmp, run };
}
