import { execFile, spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/index";
import { ARTICLE, ARTICLE_PATH, CLI, jsonLines, tempDir, whosaid } from "./helpers";

const dir = tempDir();
const golden = extractQuotes(ARTICLE);
const STANDUP = join(dir, "standup.txt");
// A chat-log line: no cue verb, no known form, so the default rules leave this quote unattributed.
writeFileSync(STANDUP, 'BOB >> "The game is ours."\n');
const NONE = join(dir, "none.txt");
writeFileSync(NONE, "The weather was fine all week.\n");

/** A custom rule, as a user would write it: `NAME >> "..."` attributes the quote to NAME. */
const COLON_RULE = `{
  id: "colon-speaker",
  description: 'NAME >> "..." at the start of a paragraph',
  types: ["direct", "partial"],
  apply(ctx) {
    const lead = ctx.text.slice(ctx.paragraph.start, ctx.quote.open ? ctx.quote.open.start : ctx.quote.start);
    const match = /^([A-Z][A-Za-z]+) >> $/.exec(lead);
    if (!match) return ctx.pass("no NAME >> before the quote");
    return { speaker: { start: ctx.paragraph.start, end: ctx.paragraph.start + match[1].length }, confidence: 0.9 };
  },
}`;

function rulesModule(name: string, source: string): string {
  const path = join(dir, name);
  writeFileSync(path, source);
  return path;
}

async function speakerOfStandup(args: string[]): Promise<{ code: number | null; rule?: string; speaker?: string; stderr: string }> {
  const run = await whosaid([STANDUP, "--format", "json", ...args]);
  if (run.code !== 0) return { code: run.code, stderr: run.stderr };
  const [quote] = (JSON.parse(run.stdout) as typeof golden).quotes;
  return { code: run.code, rule: quote!.rule, speaker: quote!.speaker?.name, stderr: run.stderr };
}

describe("--rules", () => {
  it("without --rules the default rules leave the test quote unattributed", async () => {
    expect(await speakerOfStandup([])).toEqual({ code: 0, rule: "none", speaker: undefined, stderr: "" });
  });

  it.each([
    ["export default [rule]", "default.mjs", `export default [${COLON_RULE}];`],
    ["export const rules = [...]", "named.mjs", `export const rules = [${COLON_RULE}];`],
    ["a function of the default rules", "function.mjs", `export default (defaults) => [${COLON_RULE}, ...defaults];`],
    ["CommonJS module.exports = { rules }", "common.cjs", `module.exports = { rules: [${COLON_RULE}] };`],
  ])("loads %s", async (_shape, file, source) => {
    const path = rulesModule(file, source);
    expect(await speakerOfStandup(["--rules", path])).toEqual({ code: 0, rule: "colon-speaker", speaker: "BOB", stderr: "" });
  });

  it("the function form keeps the default rules working", async () => {
    const path = rulesModule("keep.mjs", `export default (defaults) => [${COLON_RULE}, ...defaults];`);
    const run = await whosaid([ARTICLE_PATH, "--rules", path]);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(JSON.stringify(golden)));
  });

  it("workers load the same rules module: --jobs 2 equals --jobs 1", async () => {
    const path = rulesModule("jobs.mjs", `export default [${COLON_RULE}];`);
    const stdin = Array.from({ length: 12 }, (_, i) => JSON.stringify({ id: i, text: `SAM${"x".repeat(i)} >> "Point ${i} is ours."` })).join("\n");
    const args = ["-", "--input", "jsonl", "--format", "jsonl", "--rules", path];
    const [one, two] = await Promise.all([whosaid([...args, "--jobs", "1"], { stdin }), whosaid([...args, "--jobs", "2"], { stdin, ownPool: true })]);
    expect(two.stdout).toBe(one.stdout);
    const speakers = jsonLines(two.stdout).map((r) => (r.quotes as Array<{ speaker: { name: string } }>)[0]!.speaker.name);
    expect(speakers).toEqual(Array.from({ length: 12 }, (_, i) => `SAM${"x".repeat(i)}`));
  });

  it.each([
    ["a missing module", () => join(dir, "nowhere.mjs"), "cannot load rules module"],
    ["a module with a syntax error", () => rulesModule("broken.mjs", "export default [;"), "cannot load rules module"],
    ["a module that exports no rules", () => rulesModule("nothing.mjs", "export const answer = 42;"), "exports no rules"],
    ["an empty rule list", () => rulesModule("empty.mjs", "export default [];"), "non-empty array of rules"],
    ["a malformed rule", () => rulesModule("bad.mjs", 'export default [{ id: "x" }];'), 'Rule "x" needs a one-line description'],
  ])("%s is a usage error (exit 2)", async (_case, make, message) => {
    const run = await whosaid([STANDUP, "--rules", make()]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(message);
  });
});

describe("filters and dates", () => {
  it("--speaker keeps quotes whose speaker name contains NAME, ignoring case", async () => {
    const run = await whosaid([ARTICLE_PATH, "--speaker", "LAVROV"]);
    const result = JSON.parse(run.stdout) as typeof golden;
    const expected = golden.quotes.filter((q) => q.speaker?.name.toLowerCase().includes("lavrov"));
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(golden.quotes.length);
    expect(result.quotes.map((q) => q.id)).toEqual(expected.map((q) => q.id));
    expect(result.speakers.map((s) => s.name)).toEqual(["Sergey Lavrov"]);
  });

  it("--min-confidence keeps quotes at or above the threshold", async () => {
    const sorted = golden.quotes.map((q) => q.confidence).sort((a, b) => a - b);
    const threshold = sorted[Math.floor(sorted.length / 2)]!;
    const run = await whosaid([ARTICLE_PATH, "--min-confidence", String(threshold), "--format", "jsonl"]);
    const [record] = jsonLines(run.stdout);
    const kept = (record!.quotes as typeof golden.quotes).map((q) => q.id);
    expect(kept).toEqual(golden.quotes.filter((q) => q.confidence >= threshold).map((q) => q.id));
    expect(kept.length).toBeLessThan(golden.quotes.length);
  });

  it("--fail-on-empty exits 1 and names the article without quotes", async () => {
    const run = await whosaid([ARTICLE_PATH, NONE, "--format", "jsonl", "--fail-on-empty"]);
    expect(run.code).toBe(1);
    expect(jsonLines(run.stdout)).toHaveLength(2);
    expect(run.stderr).toBe(`whosaid: ${NONE}: no quotes\n`);
    expect((await whosaid([ARTICLE_PATH, NONE, "--format", "jsonl"])).code).toBe(0);
  });

  it("--fail-on-empty counts quotes after the filters", async () => {
    const run = await whosaid([ARTICLE_PATH, "--speaker", "nobody by that name", "--fail-on-empty"]);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ quotes: [], speakers: [] });
  });

  it("--date and --article-date set the date relative dates resolve against", async () => {
    const file = join(dir, "monday.txt");
    writeFileSync(file, '"We agreed," Chancellor Olaf Scholz said on Monday.\n');
    for (const flag of ["--date", "--article-date"]) {
      const result = JSON.parse((await whosaid([file, flag, "2024-05-09"])).stdout) as typeof golden;
      expect(result.articleDate).toBe("2024-05-09");
      expect(result.quotes[0]!.date).toMatchObject({ value: "2024-05-06", source: "explicit" });
    }
  });
});

// The CLI decides colour and the progress bar from its streams' isTTY (and NO_COLOR): in-process
// runs with streams that say they are terminals check those decisions.
describe("on a terminal (in-process)", () => {
  it("pretty output is not coloured with NO_COLOR", async () => {
    const coloured = await whosaid([ARTICLE_PATH, "--format", "pretty"], { terminal: ["stdout"] });
    expect(coloured.stdout).toContain("\u001b[36mSergey Lavrov");
    const plain = await whosaid([ARTICLE_PATH, "--format", "pretty"], { terminal: ["stdout"], env: { NO_COLOR: "1" } });
    expect(plain.stdout).not.toContain("\u001b[");
    expect(plain.stdout).toContain("Sergey Lavrov");
  });

  it("JSON lines on a terminal's stdout carry no progress bar when stderr is not a terminal", async () => {
    const run = await whosaid([ARTICLE_PATH, ARTICLE_PATH, "--format", "jsonl", "--jobs", "1"], { terminal: ["stdout"] });
    expect(jsonLines(run.stdout)).toHaveLength(2);
    expect(run.stderr).toBe("");
  });
});

// A pseudo-terminal through util-linux `script`, to see what a person at a terminal sees. The two
// runs are concurrent: each mostly waits for its process to start and load the model.
const hasScript = spawnSync("script", ["--version"]).status === 0;

describe.skipIf(!hasScript)("on a terminal (via script(1))", () => {
  const inTerminal = async (command: string, env: Record<string, string> = {}) =>
    (await promisify(execFile)("script", ["-qec", command, "/dev/null"], { encoding: "utf8", env: { ...process.env, NO_COLOR: "", ...env } })).stdout;

  it.concurrent("pretty output is coloured on a terminal", async () => {
    expect(await inTerminal(`node ${CLI} ${ARTICLE_PATH} --format pretty`)).toContain("\u001b[36mSergey Lavrov");
  });

  it.concurrent("a batch shows a progress bar on stderr, never on stdout", async () => {
    const out = join(dir, "tty.jsonl");
    const stderr = await inTerminal(`node ${CLI} ${ARTICLE_PATH} ${ARTICLE_PATH} ${ARTICLE_PATH} --format jsonl -o ${out} --jobs 1`);
    expect(stderr).toContain("100% | 3 articles");
    expect(stderr).toContain("ETA");
    expect(jsonLines(readFileSync(out, "utf8"))).toHaveLength(3);
  });
});

describe("--learned", () => {
  const BRIDGE = join(dir, "bridge.txt");
  writeFileSync(BRIDGE, "Owen Pike underlined that the bridge repairs would be finished by the end of May.\n");
  // What `npm run train -- --data ... --out FILE` writes for a newsroom whose reporters "underline".
  const LEXICON = join(dir, "newsroom-learned.json");
  writeFileSync(LEXICON, JSON.stringify({ cues: { underlined: { precision: 1, takes: "that", contentBefore: 0, sourceBefore: 1, sourceAfter: 0 } } }));

  // Every record runs in a worker thread: this also proves the workers read the file.
  it("a trained lexicon's cue finds reported speech the shipped lexicon does not", async () => {
    const before = await whosaid([BRIDGE, "--format", "json"]);
    expect(JSON.parse(before.stdout).quotes).toEqual([]);
    const after = await whosaid([BRIDGE, "--format", "json", "--learned", LEXICON]);
    expect(after.code).toBe(0);
    const [quote] = JSON.parse(after.stdout).quotes;
    expect([quote.type, quote.text, quote.speaker.name, quote.cue.text]).toEqual(["indirect", "the bridge repairs would be finished by the end of May", "Owen Pike", "underlined"]);
  });

  it.each([
    ["a missing file", () => join(dir, "nowhere.json"), /^whosaid: --learned .*nowhere\.json: cannot read it: no such file or folder\n$/],
    ["a file that is not JSON", () => rulesModule("broken.json", "{"), /^whosaid: --learned .*broken\.json: not JSON: /],
    [
      "a lexicon with a bad figure",
      () => rulesModule("bad-learned.json", JSON.stringify({ cues: { underlined: { precision: 2, takes: "that", contentBefore: 0, sourceBefore: 1, sourceAfter: 0 } } })),
      /^whosaid: --learned .*bad-learned\.json: learned\.cues\["underlined"\]\.precision must be a number in 0\.\.1, got 2/,
    ],
  ])("%s: exit 2 before any work", async (_case, make, message) => {
    const run = await whosaid([BRIDGE, "--learned", make()]);
    expect([run.code, run.stdout]).toEqual([2, ""]);
    expect(run.stderr).toMatch(message);
  });
});
