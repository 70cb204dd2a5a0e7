/**
 * A --rules module outside any project (a temp dir with no node_modules), as with npx or a global
 * install: plain object rules need no import, and an ES module's `import "whosaid"` or
 * `"whosaid/rules"` resolves to the CLI's own package. Modules that import whosaid, and the
 * documented example, run through the built CLI in a child process, as a user runs it: how the
 * import resolves is the point. Modules that import nothing load the same way in any process, so
 * those run the CLI's main() in-process (a child process costs a second or so of CPU each). The
 * child processes run concurrently: each mostly waits for its process to start and load the model.
 */
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir, whosaid as whosaidInProcess, whosaidProcess as whosaid } from "../cli/helpers";

const dir = tempDir();
const STANDUP = join(dir, "standup.txt");
// A chat-log line: the default rules leave this quote unattributed (tests/cli/options.test.ts).
writeFileSync(STANDUP, 'BOB >> "The game is ours."\n');

/** `NAME >> "..."` attributes the quote to NAME: the body of a rule object. */
const RULE_BODY = `id: "colon-speaker",
  description: 'NAME >> "..." at the start of a paragraph',
  apply(ctx) {
    const match = /^([A-Z][A-Za-z]+) >> $/.exec(ctx.text.slice(ctx.paragraph.start, ctx.quote.open.start));
    if (!match) return ctx.pass("no NAME >> before the quote");
    return { speaker: { start: ctx.paragraph.start, end: ctx.paragraph.start + match[1].length }, confidence: 0.9 };
  },`;

function rulesModule(name: string, source: string, folder = dir): string {
  const path = join(folder, name);
  writeFileSync(path, source);
  return path;
}

async function speakerOfStandup(path: string, cli = whosaid): Promise<{ code: number | null; rule?: string; speaker?: string; stderr: string }> {
  const run = await cli([STANDUP, "--format", "json", "--rules", path]);
  if (run.code !== 0) return { code: run.code, stderr: run.stderr };
  const quote = (JSON.parse(run.stdout) as { quotes: Array<{ rule: string; speaker: { name: string } | null }> }).quotes[0]!;
  return { code: run.code, rule: quote.rule, speaker: quote.speaker?.name, stderr: run.stderr };
}

const BOB = { code: 0, rule: "colon-speaker", speaker: "BOB", stderr: "" };

describe("--rules module outside any project", () => {
  it("lies where no node_modules can supply whosaid", () => {
    expect(relative(process.cwd(), dir).startsWith("..")).toBe(true);
    for (let d = dir; d !== dirname(d); d = dirname(d)) expect(existsSync(join(d, "node_modules", "whosaid")), d).toBe(false);
  });

  it.each([
    ["a single plain object, no import", "single.mjs", `export default {\n  ${RULE_BODY}\n};\n`],
    ["a CommonJS plain object, no require", "single.cjs", `module.exports = {\n  ${RULE_BODY}\n};\n`],
  ])("%s works (in-process)", async (_case, file, source) => {
    expect(await speakerOfStandup(rulesModule(file, source), whosaidInProcess)).toEqual(BOB);
  });

  it.concurrent.each([
    ["defineRule from whosaid/rules", "rules-entry.mjs", `import { defineRule } from "whosaid/rules";\nexport default [defineRule({\n  ${RULE_BODY}\n})];\n`],
    ["defineRule and defaultRules from whosaid", "root-entry.mjs",
      `import { defaultRules, defineRule } from "whosaid";\nconst rule = defineRule({\n  ${RULE_BODY}\n});\nexport default [rule, ...defaultRules];\n`],
  ])("%s works", async (_case, file, source) => {
    expect(await speakerOfStandup(rulesModule(file, source))).toEqual(BOB);
  });

  it.concurrent("worker threads resolve whosaid/rules too: --jobs 2 gives each record its speaker", async () => {
    const path = rulesModule("jobs.mjs", `import { defineRule } from "whosaid/rules";\nexport default [defineRule({\n  ${RULE_BODY}\n})];\n`);
    const stdin = Array.from({ length: 12 }, (_, i) => JSON.stringify({ id: i, text: `SAM${"x".repeat(i)} >> "Point ${i} is ours."` })).join("\n");
    const run = await whosaid(["-", "--input", "jsonl", "--format", "jsonl", "--jobs", "2", "--rules", path], { stdin });
    expect(run.stderr).toBe("");
    const speakers = run.stdout.trim().split("\n").map((line) => (JSON.parse(line) as { quotes: Array<{ speaker: { name: string } }> }).quotes[0]!.speaker.name);
    expect(speakers).toEqual(Array.from({ length: 12 }, (_, i) => `SAM${"x".repeat(i)}`));
  });

  it.concurrent("a whosaid installed beside the module wins over the CLI's own", async () => {
    const project = join(dir, "project");
    const pkg = join(project, "node_modules", "whosaid");
    mkdirSync(pkg, { recursive: true });
    writeFileSync(join(pkg, "package.json"), JSON.stringify({ name: "whosaid", type: "module", exports: { "./rules": "./rules.js" } }));
    writeFileSync(join(pkg, "rules.js"), 'export const defineRule = (rule) => ({ ...rule, id: `local-${rule.id}` });\n');
    const path = rulesModule("local.mjs", `import { defineRule } from "whosaid/rules";\nexport default [defineRule({\n  ${RULE_BODY}\n})];\n`, project);
    expect(await speakerOfStandup(path)).toEqual({ ...BOB, rule: "local-colon-speaker" });
  });

  it.concurrent("a CommonJS require of whosaid it cannot find is a usage error that says what to do", async () => {
    const run = await whosaid([STANDUP, "--rules", rulesModule("needs.cjs", `const { defineRule } = require("whosaid");\nmodule.exports = [defineRule({\n  ${RULE_BODY}\n})];\n`)]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("Cannot find module 'whosaid'");
    expect(run.stderr).toContain("write each rule as a plain object ({ id, description, apply(ctx) }, no import needed)");
  });

  it.concurrent("examples/cli-rules.mjs, copied out of the repo, attributes the house style and keeps the built-in rules", async () => {
    const path = join(dir, "cli-rules.mjs");
    copyFileSync(new URL("../../examples/cli-rules.mjs", import.meta.url), path);
    const article = join(dir, "house.txt");
    writeFileSync(article, 'Sergey Lavrov spoke first.\n"We will not back down." (Maria Lopez, to reporters)\n"We never will."\n');
    const run = await whosaid([article, "--format", "json", "--rules", path]);
    expect(run.stderr).toBe("");
    const { quotes } = JSON.parse(run.stdout) as { quotes: Array<{ text: string; rule: string; speaker: { name: string } | null }> };
    expect(quotes.map((q) => [q.text, q.speaker?.name, q.rule])).toEqual([
      ["We will not back down.", "Maria Lopez", "house-parenthesised-speaker"],
      ["We never will.", "Maria Lopez", "continued-speaker"],
    ]);
  });

  it("a plain object of the wrong shape is a usage error naming what is missing (in-process)", async () => {
    const run = await whosaidInProcess([STANDUP, "--rules", rulesModule("no-description.mjs", 'export default { id: "colon-speaker", apply() { return null; } };\n')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`whosaid: rules module ${join(dir, "no-description.mjs")}: Rule "colon-speaker" needs a one-line description\n`);
  });
});
