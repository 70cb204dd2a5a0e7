import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ARTICLE_PATH, CLI, tempDir, whosaid, whosaidProcess } from "./helpers";

/**
 * Smoke tests of the real process: the bin, its streams and signals. The rest of tests/cli runs main() in-process.
 * The tests run concurrently: each mostly waits for a child process to start and load the model.
 */
const dir = tempDir();

describe.concurrent("the whosaid process", () => {
  it("runs as an executable through its shebang", () => {
    const run = spawnSync(CLI, ["--version"], { encoding: "utf8" });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it("stops quietly when the reader closes the pipe early (EPIPE)", async () => {
    const child = spawn(process.execPath, [CLI, ARTICLE_PATH, ARTICLE_PATH, ARTICLE_PATH, "--format", "jsonl"]);
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise((done) => child.on("close", done));
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
  });

  it.skipIf(!existsSync("/dev/full"))("a full disk on stdout is a clean message and exit 3", () => {
    const stdout = spawnSync("sh", ["-c", `node ${CLI} ${ARTICLE_PATH} > /dev/full`], { encoding: "utf8" });
    expect({ code: stdout.status, stderr: stdout.stderr }).toEqual({
      code: 3,
      stderr: "whosaid: cannot write standard output: no space left on the device (ENOSPC)\n",
    });
  });

  // -o writes a file, the same in any process: in-process.
  it.skipIf(!existsSync("/dev/full"))("a full disk on -o is a clean message and exit 3", async () => {
    expect(await whosaid([ARTICLE_PATH, "-o", "/dev/full"])).toEqual({
      code: 3,
      stdout: "",
      stderr: "whosaid: cannot write /dev/full: no space left on the device (ENOSPC)\n",
    });
  });

  it("SIGINT midway leaves -o as it was and no temporary file", async () => {
    const out = join(dir, "out.json");
    writeFileSync(out, "old\n");
    const slow = join(dir, "slow.mjs");
    // The rule blocks its thread in Atomics.wait, as a hung rule would, without burning a core meanwhile.
    writeFileSync(slow, `export default (d) => [{ id: "slow", description: "hangs on SLOW", types: ["direct"], apply(ctx) { if (ctx.text.includes("SLOW")) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0); return ctx.pass("fast"); } }, ...d];`);
    const stdin = `${JSON.stringify({ id: 1, text: '"Fine," Ann Lee said.' })}\n${JSON.stringify({ id: 2, text: '"SLOW," Bo Ray said.' })}\n`;
    const child = spawn(process.execPath, [CLI, "-", "--input", "jsonl", "--format", "jsonl", "--rules", slow, "-o", out, "--timeout", "0"]);
    child.stdin.end(stdin);
    // Wait until the temporary output exists (the batch is under way), then interrupt.
    while (!readdirSync(dir).some((name) => name.endsWith(".tmp"))) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 500));
    child.kill("SIGINT");
    const code = await new Promise((done) => child.on("close", (status, signal) => done(status ?? signal)));
    expect(code).toBe(130);
    expect(readFileSync(out, "utf8")).toBe("old\n");
    expect(readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("an unknown option is a usage error on stderr, exit 2", async () => {
    const run = await whosaidProcess(["--bogus", ARTICLE_PATH]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown option '--bogus'");
  });
});
