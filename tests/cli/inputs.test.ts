import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/index";
import { ARTICLE, jsonLines, tempDir, whosaid } from "./helpers";

const dir = tempDir();
mkdirSync(join(dir, "news/world"), { recursive: true });
writeFileSync(join(dir, "news/b.txt"), '"Prices will fall," Jane Smith said.\n');
writeFileSync(join(dir, "news/a.txt"), '"Taxes will rise," John Brown said.\n');
writeFileSync(join(dir, "news/world/c.txt"), '"Peace is near," Maria Lopez said.\n');
writeFileSync(join(dir, "news/notes.md"), "not an article\n");

/** A JSONL batch of `n` records: short articles with distinct speakers, every tenth the golden article. */
function batch(n: number): string {
  const lines: string[] = [];
  for (let i = 1; i <= n; i++) {
    const text = i % 10 === 0 ? ARTICLE : `"Deal number ${i} is done," Chancellor Anna Berg${i} told reporters on Friday.`;
    lines.push(JSON.stringify({ id: `doc-${i}`, text, date: "2022-03-0" + String((i % 9) + 1), batch: "b1" }));
  }
  return `${lines.join("\n")}\n`;
}

describe("inputs", () => {
  it("reads a plain-text article from stdin with -", async () => {
    const run = await whosaid(["-", "--format", "json"], { stdin: ARTICLE });
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(JSON.stringify(extractQuotes(ARTICLE))));
  });

  it("expands globs itself, in sorted order, recursing with **", async () => {
    const run = await whosaid(["news/**/*.txt", "--format", "jsonl"], { cwd: dir });
    expect(run).toMatchObject({ code: 0, stderr: "" });
    const records = jsonLines(run.stdout);
    expect(records.map((r) => r.file)).toEqual(["news/a.txt", "news/b.txt", "news/world/c.txt"]);
    expect(records.map((r) => (r.quotes as Array<{ speaker: { name: string } }>)[0]!.speaker.name)).toEqual([
      "John Brown",
      "Jane Smith",
      "Maria Lopez",
    ]);
  });

  it("reads JSONL from stdin, passing extra fields through and using each record's date", async () => {
    const stdin = `${JSON.stringify({ id: 7, text: '"It is over," Mayor Tom Reed said on Monday.', date: "2021-12-28", source: "wire", tags: ["a"] })}\n`;
    const run = await whosaid(["-", "--input", "jsonl", "--format", "jsonl", "--date", "2000-01-01"], { stdin });
    expect(run).toMatchObject({ code: 0, stderr: "" });
    const [record] = jsonLines(run.stdout);
    expect(Object.keys(record!)).toEqual(["id", "source", "tags", "articleDate", "quotes", "speakers"]);
    expect(record).toMatchObject({ id: 7, source: "wire", tags: ["a"], articleDate: "2021-12-28" });
    expect(record!.quotes).toMatchObject([{ text: "It is over", speaker: { name: "Tom Reed" }, date: { value: "2021-12-27" } }]);
  });

  it("skips blank lines and accepts CRLF line ends in JSONL", async () => {
    const line = (id: string) => JSON.stringify({ id, text: '"Yes," Ann Lee said.' });
    const run = await whosaid(["-", "--input", "jsonl", "--format", "jsonl"], { stdin: `${line("x")}\r\n\r\n  \n${line("y")}` });
    expect(jsonLines(run.stdout).map((r) => r.id)).toEqual(["x", "y"]);
  });

  // The two --jobs 2 runs start their own workers each, and run concurrently.
  it.concurrent("--jobs 2 gives output identical to --jobs 1, every record once, in input order", async () => {
    const stdin = batch(60);
    const [one, two] = await Promise.all([
      // The reference run uses this file's shared (already started) worker; --jobs 2 starts its own pool.
      whosaid(["-", "--input", "jsonl", "--format", "jsonl", "--jobs", "1"], { stdin }),
      whosaid(["-", "--input", "jsonl", "--format", "jsonl", "--jobs", "2"], { stdin, ownPool: true }),
    ]);
    expect(one).toMatchObject({ code: 0, stderr: "" });
    expect(two.stdout).toBe(one.stdout);
    const records = jsonLines(two.stdout);
    expect(records.map((r) => r.id)).toEqual(Array.from({ length: 60 }, (_, i) => `doc-${i + 1}`));
    expect(records[2]).toMatchObject({ batch: "b1", articleDate: "2022-03-04", quotes: [{ speaker: { name: "Anna Berg3" } }] });
    expect((records[9]!.quotes as unknown[]).length).toBe(extractQuotes(ARTICLE).quotes.length);
  });

  it.concurrent("--jobs 2 equals --jobs 1 for csv of plain-text files", async () => {
    const args = ["news/**/*.txt", "news/notes.md", "--format", "csv"];
    const [one, two] = await Promise.all([whosaid([...args, "-j", "1"], { cwd: dir }), whosaid([...args, "-j", "2"], { cwd: dir, ownPool: true })]);
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(one.stdout.split("\r\n").filter(Boolean)).toHaveLength(5); // header, 3 quotes, notes.md without quotes
  });
});
