import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { whosaid } from "../cli/helpers";
import { spanOf } from "./helpers";

/** Runs `whosaid eval ARGS` in-process and captures its output. */
async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return whosaid(["eval", ...args]);
}

const ARTICLE = 'Smith said: "We will win the vote." Jones said on Monday that the plan would fail.\n';
const ARTICLE_ID = "paper_2016-09-12_smith-vote";

/** brat lines for one Attribution event: Source, Cue, Content and the trigger. */
function bratRelation(n: number, source: string, cue: string, content: string): string {
  const t = (id: number, type: string, needle: string) => {
    const span = spanOf(ARTICLE, needle);
    return `T${id}\t${type} ${span.start} ${span.end}\t${needle}`;
  };
  const base = n * 10;
  return [
    t(base + 1, "Source", source),
    t(base + 2, "Cue", cue),
    t(base + 3, "Content", content),
    t(base + 4, "Attribution", cue),
    `E${n}\tAttribution:T${base + 4} Cue:T${base + 2} Source:T${base + 1} Content:T${base + 3}`,
  ].join("\n");
}

const root = mkdtempSync(join(tmpdir(), "whosaid-eval-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A PolNeAR-like corpus: `<name>/dev/{text,attributions}`, metadata.tsv in `<name>` if asked. */
function corpus(name: string, files: { ann?: string; text?: boolean; metadata?: boolean } = {}): string {
  const split = join(root, name, "dev");
  mkdirSync(join(split, "text"), { recursive: true });
  mkdirSync(join(split, "attributions"), { recursive: true });
  if (files.text ?? true) writeFileSync(join(split, "text", `${ARTICLE_ID}.txt`), ARTICLE);
  writeFileSync(
    join(split, "attributions", `${ARTICLE_ID}_ab12.ann`),
    files.ann ??
      `${bratRelation(1, "Smith", "said", '"We will win the vote."')}\n${bratRelation(2, "Jones", "said on Monday", "the plan would fail")}\n`,
  );
  // A second annotator, alphabetically later: must be ignored.
  writeFileSync(join(split, "attributions", `${ARTICLE_ID}_zz99.ann`), "");
  if (files.metadata ?? true) {
    writeFileSync(join(root, name, "metadata.tsv"), `compartment\tfilename\tpublication_date\ndev\t${ARTICLE_ID}\t2016-09-12\n`);
  }
  return split;
}

function textFile(name: string, content: string): string {
  const file = join(root, name);
  writeFileSync(file, content);
  return file;
}

function jsonl(name: string, lines: unknown[]): string {
  const file = join(root, name);
  writeFileSync(file, lines.map((line) => (typeof line === "string" ? line : JSON.stringify(line))).join("\n"));
  return file;
}

describe("whosaid eval", () => {
  it("scores a brat split, with one annotator per article and the date from the parent's metadata.tsv", async () => {
    const { code, stdout, stderr } = await run(["--gold", corpus("ok"), "--format", "json"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.documents).toBe(1);
    // Gold read from the ab12 file only; extraction quality is the PolNeAR tests' business.
    expect(report.direct).toMatchObject({ gold: 1, found: 1, goldWithSource: 1, foundWithSource: 1 });
    expect(report.reported).toMatchObject({ gold: 1, goldWithSource: 1 });
    expect(report.dates).toMatchObject({ documentsWithGoldDate: 1, articleDateAgreements: 1 });
    expect(report.timing).toMatchObject({ documents: 1, bytes: Buffer.byteLength(ARTICLE) });
    expect(report.timing.megabytesPerSecond).toBeGreaterThan(0);
  });

  it("warns when no metadata.tsv gives the dates, and still scores", async () => {
    const { code, stdout, stderr } = await run(["--gold", corpus("nodates", { metadata: false }), "--format", "json"]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/^whosaid eval: warning: no metadata\.tsv in .*nodates.dev or its parent: article dates unknown\n$/);
    expect(JSON.parse(stdout).dates.documentsWithGoldDate).toBe(0);
  });

  it("reads JSONL gold and prints the text report with the time taken", async () => {
    const file = jsonl("gold.jsonl", [
      { id: "a1", text: ARTICLE, date: "2016-09-12", quotes: [{ ...range('"We will win the vote."'), speaker: range("Smith"), type: "direct" }] },
    ]);
    const { code, stdout } = await run(["--gold", file]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^whosaid evaluation: 1 document\n/);
    expect(stdout).toMatch(/^Direct quotes\s+1\s+1\s+\d+\s+\d+\s+\d\.\d{3}\s+1\.000\s+\d\.\d{3}\s+\d\.\d{3} \([01]\/1\)\s+[01]$/m);
    expect(stdout).toMatch(/^Time: \d+\.\d\d s to extract 1 document, 0\.00 MB \(\d+\.\d\d MB\/s\); extractor set-up \d+\.\d\d s\.\n$/m);
  });

  it("lists the first N errors in context with --show-errors N", async () => {
    const text = "Nobody spoke. The weather was fine all day.";
    const file = jsonl("missed.jsonl", [
      { id: "m1", text, quotes: [{ ...rangeIn(text, "The weather was fine"), speaker: null, type: "indirect" }] },
    ]);
    const { code, stdout } = await run(["--gold", file, "--show-errors", "1"]);
    expect(code).toBe(0);
    expect(stdout).toContain("Error examples (1 of 1)\n[1] missed · reported speech · m1\n");
    expect(stdout).toContain("    context:   Nobody spoke. The weather was fine all day.\n");
    expect(stdout).not.toContain("--show-errors N lists");
    const quiet = await run(["--gold", file]);
    expect(quiet.stdout).toContain("Error examples: none kept (1 error).");
    expect(quiet.stdout).toContain("--show-errors N lists the first N errors in context.");
  });

  it("scores speakers by name with --names and lists name errors with --show-errors", async () => {
    const smith = range("Smith");
    const layer = join(root, "names.tsv");
    writeFileSync(layer, `article\tstart\tend\tname\tkind\n${ARTICLE_ID}\t${smith.start}\t${smith.end}\tAnn Smith\tperson\n`);
    const json = await run(["--gold", corpus("names"), "--names", layer, "--format", "json"]);
    expect(json.stderr).toBe("");
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout);
    expect(report.names).toMatchObject({ layerRows: 1, errorInstances: 0, examples: [] });
    expect(report.names.direct).toEqual({
      foundWithSource: 1,
      noRow: 0,
      excluded: 0,
      scored: 1,
      right: 1,
      noSpeaker: 0,
      rightMentionWrongName: 0,
      accuracy: 1,
      coverage: 1,
    });
    // Jones has no row: never scored, whatever the extractor finds.
    expect(report.names.reported.scored).toBe(0);
    expect(report.names.reported.noRow).toBe(report.names.reported.foundWithSource);

    writeFileSync(layer, `article\tstart\tend\tname\tkind\n${ARTICLE_ID}\t${smith.start}\t${smith.end}\tBo Jones\tperson\n`);
    const text = await run(["--gold", corpus("names"), "--names", layer, "--show-errors", "5"]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Direct quotes\s+0\.000 \(0\/1\)\s+0\s+1\s+1\.000 \(1\/1\)\s+0$/m);
    expect(text.stdout).toContain(
      `Name errors (1 of 1)\n[1] wrong-name · direct quote · ${ARTICLE_ID} (q1)\n    predicted: «Smith» via «Smith»   gold: «Bo Jones» via «Smith»\n`,
    );
  });

  describe("exits 2 with a clear message", () => {
    const cases: Array<[string, () => string[], RegExp]> = [
      ["without --gold", () => [], /--gold is required\nUsage: whosaid eval/],
      ["for a missing path", () => ["--gold", join(root, "absent")], /cannot read .*absent: no such file or folder/],
      ["for a folder that is not a split", () => ["--gold", root], /is not a PolNeAR split folder: it needs text\/ and attributions\//],
      ["for an article without its text", () => ["--gold", corpus("notext", { text: false })], /cannot read .*notext.dev.text.paper_2016-09-12_smith-vote\.txt: no such file or folder/],
      ["for an invalid .ann file", () => ["--gold", corpus("badann", { ann: "T1\tSource 0 500\tSmith\n" })], /paper_2016-09-12_smith-vote_ab12\.ann: \.ann line 1: T1 span 0-500 lies outside the article/],
      ["for invalid JSONL", () => ["--gold", jsonl("bad.jsonl", [{ id: "x", text: "t", quotes: [] }, "{oops"])], /bad\.jsonl: gold JSONL line 2: invalid JSON/],
      ["for empty JSONL", () => ["--gold", jsonl("empty.jsonl", [])], /empty\.jsonl holds no gold documents/],
      ["for a malformed name layer", () => ["--gold", corpus("badnames"), "--names", textFile("bad-names.tsv", "article\tstart\tend\tname\tkind\nx\t1\t2\tAnn\tpeople\n")], /--names .*bad-names\.tsv: name layer line 2: unknown kind "people"/],
      ["for a missing name layer", () => ["--gold", corpus("nonames"), "--names", join(root, "absent.tsv")], /--names .*absent\.tsv: cannot read it: ENOENT/],
      ["for an unknown format", () => ["--gold", "x", "--format", "xml"], /--format must be text or json, got "xml"/],
      ["for a bad --show-errors", () => ["--gold", "x", "--show-errors", "some"], /--show-errors needs a whole number, got "some"/],
      ["for an unknown option", () => ["--jobs", "2"], /Unknown option '--jobs'/],
    ];
    it.each(cases)("%s", async (_name, args, message) => {
      const { code, stdout, stderr } = await run(args());
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).toMatch(message);
    });
  });
});

function range(needle: string): { start: number; end: number } {
  return rangeIn(ARTICLE, needle);
}

function rangeIn(text: string, needle: string): { start: number; end: number } {
  const { start, end } = spanOf(text, needle);
  return { start, end };
}
