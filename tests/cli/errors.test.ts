import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ARTICLE_PATH, jsonLines, tempDir, whosaid } from "./helpers";

const dir = tempDir();
const good = join(dir, "good.txt");
const binary = join(dir, "image.txt");
const latin1 = join(dir, "latin1.txt");
const empty = join(dir, "empty.txt");
const folder = join(dir, "folder");
const missing = join(dir, "missing.txt");
writeFileSync(good, '"We are ready," Sen. Mary Jones said.\n');
writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a]));
writeFileSync(latin1, Buffer.from('"Caf\xe9 prices rose," Paul Roy said.', "latin1"));
writeFileSync(empty, " \n\n");
mkdirSync(folder);

describe("per-record errors", () => {
  it("jsonl: each bad input becomes one error record, the batch goes on, exit 1", async () => {
    const run = await whosaid([good, missing, folder, binary, latin1, empty, join(dir, "*.none"), good, "--format", "jsonl"]);
    expect(run.code).toBe(1);
    const records = jsonLines(run.stdout);
    expect(records).toHaveLength(8);
    expect(records.map((r) => ("error" in r ? (r.error as { code: string }).code : "ok"))).toEqual([
      "ok",
      "NOT_FOUND",
      "IS_DIRECTORY",
      "BINARY",
      "INVALID_UTF8",
      "EMPTY_TEXT",
      "NO_MATCH",
      "ok",
    ]);
    expect(records[1]).toEqual({ file: missing, error: { code: "NOT_FOUND", message: "no such file" } });
    expect(records[6]).toEqual({ file: join(dir, "*.none"), error: { code: "NO_MATCH", message: "no file matches this pattern" } });
    expect(run.stderr).toBe("whosaid: 6 of 8 records failed\n");
  });

  it("other formats: the output keeps the good records, each failure is a line on stderr", async () => {
    const run = await whosaid([good, missing, folder, good, "--format", "csv"]);
    expect(run.code).toBe(1);
    expect(run.stdout.split("\r\n").filter(Boolean)).toHaveLength(3);
    expect(run.stderr).toBe(
      `whosaid: ${missing}: NOT_FOUND: no such file\n` +
        `whosaid: ${folder}: IS_DIRECTORY: is a directory, not a text file\n` +
        "whosaid: 2 of 4 records failed\n",
    );
  });

  it("a single missing file: a clear message on stderr, nothing on stdout, exit 1", async () => {
    const run = await whosaid([missing]);
    expect(run).toEqual({ code: 1, stdout: "", stderr: `whosaid: ${missing}: NOT_FOUND: no such file\n` });
  });

  it("jsonl input: invalid JSON, a non-object, a missing text, an empty text and a bad date are per-line errors", async () => {
    const stdin = [
      JSON.stringify({ id: "a", text: '"Fine," Ann Lee said.' }),
      "{not json",
      "[1, 2]",
      JSON.stringify({ id: "d", body: "no text field" }),
      JSON.stringify({ id: "e", text: "" }),
      JSON.stringify({ id: "f", text: '"Fine," Ann Lee said.', date: "31/12/2021" }),
      JSON.stringify({ id: "g", text: '"Fine," Ann Lee said.' }),
    ].join("\n");
    const run = await whosaid(["-", "--input", "jsonl", "--format", "jsonl"], { stdin });
    expect(run.code).toBe(1);
    const records = jsonLines(run.stdout);
    expect(records.map((r) => r.id ?? `line ${String(r.line)}`)).toEqual(["a", "line 2", "line 3", "d", "e", "f", "g"]);
    expect(records.slice(1, 6).map((r) => (r.error as { code: string }).code)).toEqual([
      "INVALID_JSON",
      "INVALID_RECORD",
      "INVALID_RECORD",
      "EMPTY_TEXT",
      "INVALID_DATE",
    ]);
    expect(records[1]).toMatchObject({ file: "-", line: 2 });
    expect(records[3]!.error).toEqual({ code: "INVALID_RECORD", message: 'the record has no "text" string' });
  });

  it("jsonl input: a line that is not UTF-8 fails alone", async () => {
    const stdin = Buffer.concat([
      Buffer.from(`${JSON.stringify({ id: 1, text: '"Fine," Ann Lee said.' })}\n{"id": 2, "text": "caf`),
      Buffer.from([0xe9]),
      Buffer.from(`"}\n${JSON.stringify({ id: 3, text: '"Fine," Ann Lee said.' })}\n`),
    ]);
    const run = await whosaid(["-", "--input", "jsonl", "--format", "pretty"], { stdin });
    expect(run.code).toBe(1);
    expect(run.stdout.split("\n").filter((l) => l.startsWith("=="))).toEqual(["== 1 ==", "== 3 =="]);
    expect(run.stderr).toBe("whosaid: <stdin>:2: INVALID_UTF8: the line is not valid UTF-8\nwhosaid: 1 of 3 records failed\n");
  });
});

describe("usage errors exit 2", () => {
  it.each([
    [["--format", "xml", ARTICLE_PATH], "argument 'xml' is invalid"],
    [["--input", "csv", ARTICLE_PATH], "argument 'csv' is invalid"],
    [["--jobs", "0", ARTICLE_PATH], "must be a whole number of at least 1"],
    [["--min-confidence", "2", ARTICLE_PATH], "must be a number from 0 to 1"],
    [["--date", "yesterday", ARTICLE_PATH], "--date:"],
    [["--bogus", ARTICLE_PATH], "unknown option '--bogus'"],
    [[], "no input"],
    [["-", "-"], "stdin (-) can be read only once"],
  ])("whosaid %j", async (args, message) => {
    const run = await whosaid(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(message);
  });
});

describe("help and version", () => {
  it("--help lists every option and exits 0", async () => {
    const run = await whosaid(["--help"]);
    expect(run.code).toBe(0);
    for (const option of ["--format", "--input", "--output", "--date, --article-date", "--jobs", "--min-confidence", "--speaker", "--rules", "--learned", "--fail-on-empty", "--version"]) {
      expect(run.stdout).toContain(option);
    }
  });

  it("--version prints the package version", async () => {
    const { version } = (await import("../../package.json")).default;
    expect(await whosaid(["--version"])).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });
});
