import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Readable, Writable } from "node:stream";
import { pathToFileURL } from "node:url";
import { afterAll } from "vitest";
import { main } from "../../src/cli/command";
import { WorkerPool } from "../../src/cli/pool";

export const CLI = resolve("dist/cli.js");
/** The built worker script: the in-process CLI (from src) runs its records on it. */
export const WORKER = pathToFileURL(resolve("dist/cli-worker.js"));

/** Worker threads shared by this test file's runs, so that each run does not load the model again. */
const sharedPool = new WorkerPool(WORKER);
afterAll(() => sharedPool.destroy());
export const ARTICLE_PATH = resolve("fixtures/article.txt");
export const ARTICLE = readFileSync(ARTICLE_PATH, "utf8");

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** A writable stream that keeps what is written to it, as text. */
export class Capture extends Writable {
  text = "";
  isTTY = false;
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.text += String(chunk);
    done();
  }
}

/**
 * Runs the CLI in-process through `main(argv, io)`, with optional stdin; stdout and stderr are not
 * TTYs unless `terminal` names them. `env` is the whole environment the CLI sees. The run uses this
 * file's shared worker threads, or with `ownPool` starts and stops its own, as the real command does.
 */
export async function whosaid(
  args: string[],
  options: {
    stdin?: string | Buffer | Readable; cwd?: string; env?: Record<string, string | undefined>; ownPool?: boolean;
    terminal?: ReadonlyArray<"stdout" | "stderr">;
  } = {},
): Promise<RunResult> {
  const stdout = new Capture();
  const stderr = new Capture();
  stdout.isTTY = options.terminal?.includes("stdout") ?? false;
  stderr.isTTY = options.terminal?.includes("stderr") ?? false;
  const stdin = options.stdin instanceof Readable ? options.stdin : Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]);
  const code = await main(args, { stdin, stdout, stderr, cwd: options.cwd ?? process.cwd(), env: options.env ?? {}, workerUrl: WORKER, ...(options.ownPool ? {} : { pool: sharedPool }) });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** Runs the built CLI as a user would, in a child process; stdout and stderr are pipes, not TTYs. */
export function whosaidProcess(
  args: string[],
  options: { stdin?: string | Buffer; cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<Omit<RunResult, "code"> & { code: number | null }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: options.cwd,
      env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", fail);
    child.on("close", (code) => done({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? "");
  });
}

/** A temporary directory for this test file, removed after it. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "whosaid-cli-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Parses JSONL output into records. */
export function jsonLines(stdout: string): Array<Record<string, unknown>> {
  return stdout
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** A short article whose one quote has a known speaker and date. */
export function shortArticle(name: string, words: string): string {
  return `"${words}," ${name} said on Monday.`;
}
