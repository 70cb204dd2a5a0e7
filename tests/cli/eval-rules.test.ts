/**
 * `whosaid eval --rules / --learned / --compare` on invented gold: one quote a rule fixes, one it
 * breaks, one it leaves alone; run in-process through `main(argv, io)`.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { SpeakerChange } from "../../src/eval";
import { spanOf } from "../eval/helpers";
import { tempDir, whosaid } from "./helpers";

const dir = tempDir();

/** The built-in rules leave this chat-log quote without a speaker (tests/cli/options.test.ts). */
const STANDUP = 'BOB >> "The game is ours."\n';
/** The built-in rules credit Ada Fenn (the cue after the quote); the harmful rule credits Ivo Petrov. */
const READY = 'Ivo Petrov waved. "We are ready," Ada Fenn said.\n';
/** No rule of the module applies: the same speaker in both runs. */
const STEADY = '"Nothing changes," Lea Marsh said.\n';

function goldQuote(text: string, content: string, speaker: string) {
  const { start, end } = spanOf(text, content);
  const source = spanOf(text, speaker);
  return { start, end, speaker: { start: source.start, end: source.end }, type: "direct" };
}

const GOLD = join(dir, "gold.jsonl");
writeFileSync(
  GOLD,
  [
    { id: "standup", text: STANDUP, quotes: [goldQuote(STANDUP, '"The game is ours."', "BOB")] },
    { id: "ready", text: READY, quotes: [goldQuote(READY, '"We are ready,"', "Ada Fenn")] },
    { id: "steady", text: STEADY, quotes: [goldQuote(STEADY, '"Nothing changes,"', "Lea Marsh")] },
  ]
    .map((line) => JSON.stringify(line))
    .join("\n"),
);

/** `NAME >> "..."` credits NAME (fixes standup); `X Y waved.` credits X Y (breaks ready). */
const RULES = `
const colon = {
  id: "colon-speaker",
  description: 'NAME >> "..." at the start of a paragraph',
  types: ["direct", "partial"],
  apply(ctx) {
    const match = /^([A-Z][A-Za-z]+) >> $/.exec(ctx.text.slice(ctx.paragraph.start, ctx.quote.open ? ctx.quote.open.start : ctx.quote.start));
    if (!match) return ctx.pass("no NAME >> before the quote");
    return { speaker: { start: ctx.paragraph.start, end: ctx.paragraph.start + match[1].length }, confidence: 0.9 };
  },
};
const waver = {
  id: "waver-speaker",
  description: "whoever waved at the start of the paragraph (a deliberately bad rule)",
  apply(ctx) {
    const match = /^([A-Z][a-z]+ [A-Z][a-z]+) waved\\./.exec(ctx.text.slice(ctx.paragraph.start));
    if (!match) return ctx.pass("nobody waved");
    return { speaker: { start: ctx.paragraph.start, end: ctx.paragraph.start + match[1].length }, confidence: 0.9 };
  },
};
export default (defaultRules) => [colon, waver, ...defaultRules];
`;

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const RULES_PATH = file("house.mjs", RULES);

interface JsonSide {
  label: string;
  direct: { speakerCorrect: number; foundWithSource: number };
  names?: { direct: { right: number; scored: number } };
}

async function compareJson(args: string[]): Promise<{ code: number; stderr: string; before: JsonSide; after: JsonSide; changes: SpeakerChange[] }> {
  const run = await whosaid(["eval", "--gold", GOLD, "--compare", "--format", "json", ...args]);
  const parsed = run.stdout === "" ? {} : (JSON.parse(run.stdout) as { before: JsonSide; after: JsonSide; changes: SpeakerChange[] });
  return { code: run.code, stderr: run.stderr, ...(parsed as { before: JsonSide; after: JsonSide; changes: SpeakerChange[] }) };
}

const FIXED: SpeakerChange = {
  docId: "standup",
  category: "direct",
  relation: 0,
  goldText: '"The game is ours."',
  goldSource: "BOB",
  goldName: null,
  judgedBy: "mention",
  before: { quoteId: "q1", rule: "none", speaker: null, mention: null, right: false },
  after: { quoteId: "q1", rule: "colon-speaker", speaker: "BOB", mention: "BOB", right: true },
  verdict: "fixed",
};

const BROKEN: SpeakerChange = {
  docId: "ready",
  category: "direct",
  relation: 0,
  goldText: '"We are ready,"',
  goldSource: "Ada Fenn",
  goldName: null,
  judgedBy: "mention",
  before: { quoteId: "q1", rule: "trailing-speaker-cue", speaker: "Ada Fenn", mention: "Ada Fenn", right: true },
  after: { quoteId: "q1", rule: "waver-speaker", speaker: "Ivo Petrov", mention: "Ivo Petrov", right: false },
  verdict: "broken",
};

describe("whosaid eval --rules", () => {
  it("scores the extractor the module's rules make", async () => {
    const plain = await whosaid(["eval", "--gold", GOLD, "--format", "json"]);
    const ruled = await whosaid(["eval", "--gold", GOLD, "--format", "json", "--rules", RULES_PATH]);
    expect([plain.code, ruled.code, plain.stderr, ruled.stderr]).toEqual([0, 0, "", ""]);
    // Built-in: ready and steady right; with the module: standup and steady.
    expect(JSON.parse(plain.stdout).direct).toMatchObject({ foundWithSource: 3, speakerCorrect: 2, speakerMissing: 1 });
    expect(JSON.parse(ruled.stdout).direct).toMatchObject({ foundWithSource: 3, speakerCorrect: 2, speakerMissing: 0 });
  });

  it("--compare lists the quote the module fixes and the one it breaks, not the one it leaves alone", async () => {
    const run = await compareJson(["--rules", RULES_PATH]);
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(run.before.label).toBe("built-in rules and lexicon");
    expect(run.after.label).toBe(`--rules ${RULES_PATH}`);
    expect(run.before.direct).toMatchObject({ speakerCorrect: 2, foundWithSource: 3 });
    expect(run.after.direct).toMatchObject({ speakerCorrect: 2, foundWithSource: 3 });
    expect(run.changes).toEqual([FIXED, BROKEN]);
  });

  it("--compare with --names judges the changes by name", async () => {
    const layer = file(
      "names.tsv",
      ["article\tstart\tend\tname\tkind", ["standup", "BOB", "Bob"], ["ready", "Ada Fenn", "Ada Fenn"], ["steady", "Lea Marsh", "Lea Marsh"]]
        .map((row) => {
          if (typeof row === "string") return row;
          const [id, source, name] = row as [string, string, string];
          const span = spanOf({ standup: STANDUP, ready: READY, steady: STEADY }[id]!, source);
          return `${id}\t${span.start}\t${span.end}\t${name}\tperson`;
        })
        .join("\n"),
    );
    const run = await compareJson(["--rules", RULES_PATH, "--names", layer]);
    expect(run.code).toBe(0);
    expect(run.before.names?.direct).toMatchObject({ right: 2, scored: 3 });
    expect(run.after.names?.direct).toMatchObject({ right: 2, scored: 3 });
    expect(run.changes).toEqual([
      { ...FIXED, goldName: "Bob", judgedBy: "name" },
      { ...BROKEN, goldName: "Ada Fenn", judgedBy: "name" },
    ]);
  });

  it("--compare prints both tables, what moved, and each changed quote", async () => {
    const run = await whosaid(["eval", "--gold", GOLD, "--compare", "--rules", RULES_PATH]);
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(run.stdout).toMatch(/^== Before: built-in rules and lexicon ==\n\nwhosaid evaluation: 3 documents\n/);
    expect(run.stdout).toContain(`\n== After: --rules ${RULES_PATH} ==\n\nwhosaid evaluation: 3 documents\n`);
    expect(run.stdout.match(/^Direct quotes +3 +3 +3 +3 +1\.000 +1\.000 +1\.000 +0\.667 \(2\/3\) +(\d)$/gm)).toHaveLength(2);
    const tail = run.stdout.slice(run.stdout.indexOf("== Before -> after =="));
    expect(tail).toBe(
      [
        "== Before -> after ==",
        "",
        "Direct quotes F1               1.000 -> 1.000  (+0.000)",
        "Direct quotes attribution      0.667 -> 0.667  (+0.000)  2/3 -> 2/3",
        "Reported speech F1             0.000 -> 0.000  (+0.000)",
        "Reported speech attribution    0.000 -> 0.000  (+0.000)  0/0 -> 0/0",
        "",
        "Speaker changes: 2 quotes (1 fixed, 1 broken, 0 still wrong, 0 still right)",
        "[1] fixed · direct quote · standup · judged by mention",
        "    quote:  «\"The game is ours.\"»",
        "    gold:   «BOB»",
        "    before: wrong  no speaker (q1, rule none)",
        "    after:  right  BOB via «BOB» (q1, rule colon-speaker)",
        "[2] broken · direct quote · ready · judged by mention",
        "    quote:  «\"We are ready,\"»",
        "    gold:   «Ada Fenn»",
        "    before: right  Ada Fenn via «Ada Fenn» (q1, rule trailing-speaker-cue)",
        "    after:  wrong  Ivo Petrov via «Ivo Petrov» (q1, rule waver-speaker)",
        "",
      ].join("\n"),
    );
  });

  it("--compare reads a brat split folder too", async () => {
    const split = join(dir, "brat", "dev");
    mkdirSync(join(split, "text"), { recursive: true });
    mkdirSync(join(split, "attributions"), { recursive: true });
    writeFileSync(join(split, "text", "standup.txt"), STANDUP);
    const t = (id: string, type: string, needle: string) => {
      const span = spanOf(STANDUP, needle);
      return `${id}\t${type} ${span.start} ${span.end}\t${needle}`;
    };
    const ann = [t("T1", "Source", "BOB"), t("T2", "Cue", ">>"), t("T3", "Content", '"The game is ours."'), t("T4", "Attribution", ">>"), "E1\tAttribution:T4 Cue:T2 Source:T1 Content:T3"];
    writeFileSync(join(split, "attributions", "standup_ann1.ann"), `${ann.join("\n")}\n`);
    const run = await whosaid(["eval", "--gold", split, "--compare", "--format", "json", "--rules", RULES_PATH]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).changes).toEqual([FIXED]);
  });

  it("--compare needs --rules or --learned", async () => {
    const run = await whosaid(["eval", "--gold", GOLD, "--compare"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^whosaid eval: --compare needs --rules <module> or --learned <file>/);
  });

  it.each([
    ["a missing module", () => join(dir, "nowhere.mjs")],
    ["a module that exports no rules", () => file("nothing.mjs", "export const answer = 42;")],
    ["a malformed rule", () => file("bad.mjs", 'export default [{ id: "x" }];')],
  ])("%s: exit 2 and the main command's message", async (_case, make) => {
    const path = make();
    const main = await whosaid([file("standup.txt", STANDUP), "--rules", path]);
    const evaluation = await whosaid(["eval", "--gold", GOLD, "--compare", "--rules", path]);
    expect([main.code, evaluation.code, evaluation.stdout]).toEqual([2, 2, ""]);
    expect(main.stderr).toMatch(/^whosaid: /);
    expect(evaluation.stderr).toBe(main.stderr.replace(/^whosaid: /, "whosaid eval: "));
  });

  it("a rule that throws fails the articles it throws on: exit 1, the report still printed", async () => {
    const throwing = file(
      "throws.mjs",
      'export default (d) => [{ id: "boom", description: "throws on ready", apply(ctx) { if (ctx.text.startsWith("Ivo")) throw new Error("no"); return ctx.pass("not ready"); } }, ...d];',
    );
    const run = await compareJson(["--rules", throwing]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('whosaid eval: ready: extraction failed (RULE_FAILED): Rule "boom" threw while attributing the quote "We are ready" at [19, 31): no\n');
    expect(run.after.direct).toMatchObject({ foundWithSource: 2, speakerCorrect: 1 });
    expect(run.changes.map((c) => [c.docId, c.verdict, c.after.quoteId])).toEqual([["ready", "broken", null]]);
  });
});

describe("whosaid eval --learned", () => {
  it.each([
    ["a missing file", () => join(dir, "nowhere.json"), /^whosaid eval: --learned .*nowhere\.json: cannot read it: no such file or folder\n$/],
    ["a file that is not JSON", () => file("broken.json", "{"), /^whosaid eval: --learned .*broken\.json: not JSON: /],
    [
      "a lexicon with a bad figure",
      () => file("bad-learned.json", JSON.stringify({ cues: { blorped: { precision: 2, takes: "that", contentBefore: 0, sourceBefore: 1, sourceAfter: 0 } } })),
      /^whosaid eval: --learned .*bad-learned\.json: learned\.cues\["blorped"\]\.precision must be a number in 0\.\.1, got 2 \(pass the parsed JSON that npm run train writes\)\n$/,
    ],
  ])("%s: exit 2", async (_case, make, message) => {
    const run = await whosaid(["eval", "--gold", GOLD, "--learned", make()]);
    expect([run.code, run.stdout]).toEqual([2, ""]);
    expect(run.stderr).toMatch(message);
  });
});
