import { mkdirSync, readdirSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Readable, Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/command";
import { MAX_INPUT_BYTES } from "../../src/cli/read";
import { Capture, jsonLines, tempDir, whosaid, WORKER } from "./helpers";

const dir = tempDir();
const file = (name: string, text: string | Buffer) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};
const GOOD = file("good.txt", '"We are ready," Sen. Mary Jones said.\n');
const codes = (stdout: string) => jsonLines(stdout).map((r) => (r.error as { code?: string } | undefined)?.code ?? "ok");

/** A --rules module that appends its thread id to `log` each time a thread loads it. */
function countingRules(log: string): string {
  return file(
    `count-${Math.random().toString(36).slice(2)}.mjs`,
    `import { appendFileSync } from "node:fs";
import { threadId } from "node:worker_threads";
appendFileSync(${JSON.stringify(log)}, threadId + "\\n");
export default (defaults) => defaults;`,
  );
}
const loads = (log: string) => readFileSync(log, "utf8").split("\n").filter(Boolean);

describe("--timeout", () => {
  // A custom rule that never returns on an article containing SLOW: only terminating its thread stops it.
  // It blocks its thread in Atomics.wait on a value nothing changes rather than spinning, which
  // would burn a core for the whole limit while the rest of the suite waits for CPU.
  const spin = file(
    "spin.mjs",
    `export default (defaults) => [{ id: "spin", description: "hangs on SLOW", types: ["direct"], apply(ctx) { if (ctx.text.includes("SLOW")) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0); return ctx.pass("fast"); } }, ...defaults];`,
  );

  // The limits leave a fresh worker's first record room on a loaded machine: the hanging record
  // never ends, so a longer limit costs only wall time, never a different outcome. The two runs
  // wait out their limits concurrently, each on its own pool of workers.
  it.concurrent("a record over the limit gets a TIMEOUT error record and the batch goes on", async () => {
    const stdin = ['{"id":"a","text":"\\"Fine,\\" Ann Lee said."}', '{"id":"b","text":"\\"SLOW,\\" Bo Ray said."}', '{"id":"c","text":"\\"Fine,\\" Cy Li said."}'].join("\n");
    const run = await whosaid(["-", "--input", "jsonl", "--format", "jsonl", "--rules", spin, "--timeout", "2"], { stdin, ownPool: true });
    expect(run.code).toBe(1);
    const records = jsonLines(run.stdout);
    expect(records.map((r) => r.id ?? r.line)).toEqual(["a", 2, "c"]);
    expect(records[1]).toEqual({ file: "-", line: 2, error: { code: "TIMEOUT", message: "took longer than 2 s (--timeout)" } });
    expect((records[2]!.quotes as Array<{ speaker: { name: string } }>)[0]!.speaker.name).toBe("Cy Li");
  });

  it.concurrent("plain-text files time out alone too, on stderr for other formats", async () => {
    const slow = file("slow.txt", '"SLOW," Bo Ray said.\n');
    const run = await whosaid([slow, GOOD, "--format", "csv", "--rules", spin, "-t", "2"], { ownPool: true });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`whosaid: ${slow}: TIMEOUT: took longer than 2 s (--timeout)\nwhosaid: 1 of 2 records failed\n`);
    expect(run.stdout.split("\r\n").filter(Boolean)).toHaveLength(2);
  });

  it("has a default, shown in --help, and refuses a negative limit", async () => {
    expect((await whosaid(["--help"])).stdout.replace(/\s+/g, " ")).toContain("time limit per record; 0 for none (default: 30)");
    expect((await whosaid([GOOD, "--timeout", "-1"])).code).toBe(2);
  });
});

describe("-o is atomic and never an input", () => {
  it("refuses an output that is one of the inputs (exit 2), leaving it intact", async () => {
    const same = file("same.txt", '"Keep me," Ann Lee said.\n');
    const run = await whosaid([same, "-o", same]);
    expect(run).toEqual({ code: 2, stdout: "", stderr: `whosaid: the output file ${same} is also an input\n` });
    expect(readFileSync(same, "utf8")).toBe('"Keep me," Ann Lee said.\n');
  });

  it("leaves an existing output as it was when every record fails, with no temporary file", async () => {
    const out = file("keep-out.json", "old\n");
    const run = await whosaid([join(dir, "nope.txt"), "-o", out]);
    expect(run.code).toBe(1);
    expect(readFileSync(out, "utf8")).toBe("old\n");
    expect(readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("replaces the output only when complete, and a glob skips the output file", async () => {
    const site = join(dir, "globbed");
    mkdirSync(site);
    writeFileSync(join(site, "a.txt"), '"Yes," Ann Lee said.\n');
    writeFileSync(join(site, "out.txt"), "old output\n");
    const run = await whosaid(["globbed/*.txt", "--format", "jsonl", "-o", "globbed/out.txt"], { cwd: dir });
    expect(run).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(jsonLines(readFileSync(join(site, "out.txt"), "utf8")).map((r) => r.file)).toEqual(["globbed/a.txt"]);
    expect(readdirSync(site).sort()).toEqual(["a.txt", "out.txt"]);
  });
});

describe("CSV cells are neutralised against formula injection", () => {
  it("prefixes a cell starting with = + - @ tab or CR with an apostrophe", async () => {
    const run = await whosaid(["-", "--input", "jsonl", "--format", "csv"], {
      stdin: JSON.stringify({ id: "@id", text: `"=cmd|'/C calc'!A0," said Ann Lee.\n"+1 more," said Ann Lee.\n"-2 less," said Ann Lee.` }),
    });
    expect(run.code).toBe(0);
    const rows = run.stdout.split("\r\n").filter(Boolean).slice(1);
    expect(rows.map((row) => row.split(",")[0])).toEqual(["'@id", "'@id", "'@id"]);
    expect(rows.map((row) => row.slice(row.lastIndexOf(",") + 1))).toEqual(["'=cmd|'/C calc'!A0", "'+1 more", "'-2 less"]);
  });
});

describe("--jobs", () => {
  // Each run starts its own workers, so the two run concurrently.
  it.concurrent("starts no more workers than records, however many are asked for", async () => {
    const log = join(dir, "jobs.log");
    writeFileSync(log, "");
    const run = await whosaid([GOOD, GOOD, GOOD, "--format", "jsonl", "--jobs", "8", "--rules", countingRules(log)], { ownPool: true });
    expect(codes(run.stdout)).toEqual(["ok", "ok", "ok"]);
    // The main thread (id 0) checks the module once; then one load per worker thread.
    expect(loads(log)[0]).toBe("0");
    expect(loads(log).length - 1).toBeLessThanOrEqual(3);
  });

  it.concurrent("by default runs a small batch on one worker", async () => {
    const log = join(dir, "default.log");
    writeFileSync(log, "");
    const stdin = Array.from({ length: 20 }, (_, i) => JSON.stringify({ id: i, text: `"Deal ${i} is done," Ann Lee said.` })).join("\n");
    const run = await whosaid(["-", "--input", "jsonl", "--format", "jsonl", "--rules", countingRules(log)], { stdin, ownPool: true });
    expect(codes(run.stdout)).toEqual(Array(20).fill("ok"));
    expect(loads(log)).toHaveLength(2);
  });
});

describe("input size", () => {
  it("a file over the limit is INPUT_TOO_LARGE without being read; the batch goes on", async () => {
    const big = file("big.txt", "");
    truncateSync(big, MAX_INPUT_BYTES + 1);
    const run = await whosaid([big, "/dev/zero", GOOD, "--format", "jsonl"]);
    expect(run.code).toBe(1);
    expect(codes(run.stdout)).toEqual(["INPUT_TOO_LARGE", "INPUT_TOO_LARGE", "ok"]);
    expect(jsonLines(run.stdout)[0]).toEqual({ file: big, error: { code: "INPUT_TOO_LARGE", message: "is larger than 16 MiB, the limit of one record" } });
  });

  it("stdin over the limit stops being read and fails alone", async () => {
    let pushed = 0;
    const endless = new Readable({
      read() {
        pushed += 1 << 20;
        this.push(Buffer.alloc(1 << 20, 0x61));
      },
    });
    const run = await whosaid(["-", GOOD, "--format", "jsonl"], { stdin: endless });
    expect(codes(run.stdout)).toEqual(["INPUT_TOO_LARGE", "ok"]);
    expect(pushed).toBeLessThan(MAX_INPUT_BYTES + (4 << 20));
  });

  it("a JSONL line over the limit fails alone, and the next line is read", async () => {
    const line = (id: string) => JSON.stringify({ id, text: '"Yes," Ann Lee said.' });
    const stdin = Buffer.concat([Buffer.from(`${line("a")}\n{"id":"b","text":"`), Buffer.alloc(MAX_INPUT_BYTES, 0x61), Buffer.from(`"}\n${line("c")}\n`)]);
    const run = await whosaid(["-", "--input", "jsonl", "--format", "jsonl"], { stdin });
    expect(jsonLines(run.stdout).map((r) => r.id ?? (r.error as { code: string }).code)).toEqual(["a", "INPUT_TOO_LARGE", "c"]);
  });
});

describe("control characters never reach the terminal", () => {
  it("pretty output escapes them in quote text", async () => {
    const run = await whosaid(["-", "--format", "pretty"], { stdin: '"Hi \u001b[2J there," Joe Lee said.\n' });
    expect(run.stdout).toContain("\u201CHi \\x1b[2J there\u201D");
    expect(run.stdout).not.toContain("\u001b");
  });

  it("usage errors escape them in the offending argument", async () => {
    const run = await whosaid(["--\u001b[2J", GOOD]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown option '--\\x1b[2J'");
    expect(run.stderr).not.toContain("\u001b");
  });

  it("stderr messages escape them in file names", async () => {
    const run = await whosaid([join(dir, "a\u001b]0;owned\u0007b.txt"), GOOD, "--format", "csv"]);
    expect(run.stderr).toContain(`${join(dir, "a\\x1b]0;owned\\x07b.txt")}: NOT_FOUND`);
    expect(run.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
  });
});

describe("JSONL pass-through fields", () => {
  it("cannot override the record's own keys", async () => {
    const stdin = JSON.stringify({ text: '"Yes," Ann Lee said.', file: "x.txt", line: 999, error: { code: "FAKE" }, quotes: [], source: "wire" });
    const run = await whosaid(["-", "--input", "jsonl", "--format", "jsonl"], { stdin });
    const [record] = jsonLines(run.stdout);
    expect(Object.keys(record!)).toEqual(["file", "line", "source", "articleDate", "quotes", "speakers"]);
    expect(record).toMatchObject({ file: "-", line: 1, source: "wire", quotes: [{ text: "Yes" }] });
  });
});

describe("exit codes and write errors", () => {
  it("a NUL in a JSONL line is BINARY", async () => {
    const run = await whosaid(["-", "--input", "jsonl", "--format", "jsonl"], { stdin: '{"id":"n","text":"a\u0000b"}\n' });
    expect(jsonLines(run.stdout)).toEqual([{ file: "-", line: 1, error: { code: "BINARY", message: "the line contains NUL bytes: binary data, not JSON text" } }]);
  });

  it("an output stream that fails is a clean message and exit 3", async () => {
    const full = new Writable({
      write(_chunk, _encoding, done) {
        done(Object.assign(new Error("no space"), { code: "ENOSPC" }));
      },
    });
    const stderr = new Capture();
    const code = await main([GOOD], { stdin: Readable.from([]), stdout: full, stderr, cwd: dir, env: {}, workerUrl: WORKER });
    expect({ code, stderr: stderr.text }).toEqual({ code: 3, stderr: "whosaid: cannot write standard output: no space left on the device (ENOSPC)\n" });
  });

  it("-o into a missing folder is exit 3, not a usage error", async () => {
    const run = await whosaid([GOOD, "-o", join(dir, "no/such/dir/out.json")]);
    expect(run.code).toBe(3);
    expect(run.stderr).toBe(`whosaid: cannot write ${join(dir, "no/such/dir/out.json")}: no such file or folder\n`);
  });

  it("--help documents every exit code", async () => {
    const help = (await whosaid(["--help"])).stdout.replace(/\s+/g, " ");
    for (const text of ["0 all records extracted", "1 some record failed", "2 usage error", "3 the output could not be written", "4 internal error"]) {
      expect(help).toContain(text);
    }
  });
});

describe("-- ends the options", () => {
  it("a file named like an option after -- is read as a file, not obeyed", async () => {
    const marker = join(dir, "loaded.marker");
    file("evil.mjs", `import { writeFileSync } from "node:fs"; writeFileSync(${JSON.stringify(marker)}, "x"); export default (d) => d;`);
    file("--rules=evil.mjs", '"Only text," Ann Lee said.\n');
    const run = await whosaid(["--format", "jsonl", "--", "--rules=evil.mjs"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(jsonLines(run.stdout).map((r) => r.file)).toEqual(["--rules=evil.mjs"]);
    expect(readdirSync(dir)).not.toContain("loaded.marker");
    expect((await whosaid(["--help"])).stdout).toContain("-- ends the options");
  });
});
