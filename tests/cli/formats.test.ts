import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/index";
import { ARTICLE, ARTICLE_PATH, jsonLines, tempDir, whosaid } from "./helpers";

const dir = tempDir();
const expected = extractQuotes(ARTICLE);
const BIDEN = join(dir, "biden.txt");
writeFileSync(BIDEN, '"We will win, no matter what," Joe Biden said on Monday.\n');

describe("output formats", () => {
  it("json: a single article prints the bare ExtractionResult (the library's output)", async () => {
    const run = await whosaid([ARTICLE_PATH, "--format", "json"]);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it("json is the default format", async () => {
    const run = await whosaid([ARTICLE_PATH]);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it("json: several articles print an array of records named by file", async () => {
    const run = await whosaid([ARTICLE_PATH, BIDEN, "--format", "json"]);
    expect(run.code).toBe(0);
    const records = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
    expect(records.map((r) => r.file)).toEqual([ARTICLE_PATH, BIDEN]);
    expect(records[0]).toEqual({ file: ARTICLE_PATH, ...JSON.parse(JSON.stringify(expected)) });
  });

  it("jsonl: one line per article, the file first, then the result", async () => {
    const run = await whosaid([BIDEN, ARTICLE_PATH, "--format", "jsonl", "--date", "2021-12-28"]);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    const [biden, article] = jsonLines(run.stdout);
    expect(Object.keys(biden!)).toEqual(["file", "articleDate", "quotes", "speakers"]);
    expect(biden!.file).toBe(BIDEN);
    expect(biden!.articleDate).toBe("2021-12-28");
    expect(biden!.quotes).toMatchObject([
      { id: "q1", type: "direct", text: "We will win, no matter what", speaker: { name: "Joe Biden" }, date: { value: "2021-12-27" } },
    ]);
    expect(article!.quotes).toEqual(JSON.parse(JSON.stringify(expected.quotes)));
  });

  it("csv: a header, then one row per quote with RFC 4180 quoting", async () => {
    const run = await whosaid([BIDEN, "--format", "csv", "--date", "2021-12-28"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      "record,quote_id,type,parent_id,speaker,speaker_title,speaker_id,cue,date,date_source,confidence,rule,start,end,text\r\n" +
        `${BIDEN},q1,direct,,Joe Biden,,s1,said,2021-12-27,explicit,${jsonQuote(run.stdout)},trailing-speaker-cue,1,28,"We will win, no matter what"\r\n`,
    );
  });

  it("csv: every quote of the article, in order, with its speaker", async () => {
    const run = await whosaid([ARTICLE_PATH, "--format", "csv"]);
    const rows = run.stdout.trimEnd().split("\r\n").slice(1);
    expect(rows).toHaveLength(expected.quotes.length);
    expect(rows.map((r) => r.split(",")[1])).toEqual(expected.quotes.map((q) => q.id));
  });

  it("csv: an article without quotes still gets a row", async () => {
    const none = join(dir, "none.txt");
    writeFileSync(none, "The weather was fine.\n");
    const run = await whosaid([none, BIDEN, "--format", "csv"]);
    expect(run.stdout.split("\n")[1]).toBe(`${none},,,,,,,,,,,,,,\r`);
  });

  it("pretty: a table without colour when stdout is not a terminal", async () => {
    const run = await whosaid([BIDEN, "--format", "pretty", "--date", "2021-12-28"]);
    expect(run.stdout).toBe(
      "article date: 2021-12-28\n" +
        "id  speaker    date        quote\n" +
        "q1  Joe Biden  2021-12-27  \u201CWe will win, no matter what\u201D\n",
    );
  });

  it("pretty: a batch heads each article with its file", async () => {
    const run = await whosaid([BIDEN, BIDEN, "--format", "pretty", "--date", "2021-12-28"]);
    expect(run.stdout.split("\n").filter((l) => l.startsWith("=="))).toEqual([`== ${BIDEN} ==`, `== ${BIDEN} ==`]);
    expect(run.stdout).not.toContain("\u001b[");
  });

  it("-o writes to a file and nothing to stdout", async () => {
    const out = join(dir, "out.jsonl");
    const run = await whosaid([ARTICLE_PATH, BIDEN, "--format", "jsonl", "-o", out]);
    expect(run).toMatchObject({ code: 0, stdout: "", stderr: "" });
    expect(jsonLines(readFileSync(out, "utf8")).map((r) => r.file)).toEqual([ARTICLE_PATH, BIDEN]);
  });
});

/** The confidence cell of the only data row (checked to be a number in 0..1). */
function jsonQuote(csv: string): string {
  const cell = csv.split("\n")[1]!.split(",")[10]!;
  expect(Number(cell)).toBeGreaterThan(0.5);
  expect(Number(cell)).toBeLessThanOrEqual(1);
  return cell;
}
