/**
 * The examples in docs/rules.md ("Writing your own rule") are the files in examples/, verbatim, and print
 * exactly the output shown there.
 */
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";

const root = new URL("../../", import.meta.url);
// The examples live in docs/rules.md ("Writing your own rule"); the rule table in docs/how-it-works.md.
const readme = readFileSync(new URL("docs/rules.md", root), "utf8");
const howItWorks = readFileSync(new URL("docs/how-it-works.md", root), "utf8");

/** The fenced block right after `<!-- {marker}: {file} -->` in docs/rules.md. */
function block(marker: "file" | "output", file: string): string {
  const start = readme.indexOf(`<!-- ${marker}: ${file} -->\n`);
  expect(start, `docs/rules.md has a "<!-- ${marker}: ${file} -->" block`).toBeGreaterThanOrEqual(0);
  const match = /^<!-- [^>]+ -->\n```\w+\n([\s\S]*?)^```$/m.exec(readme.slice(start));
  return match![1]!;
}

/** Runs an example module and returns what it printed, one string per console.log call. */
async function run(file: string): Promise<string[]> {
  const lines: string[] = [];
  vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => {
    lines.push(args.join(" "));
  });
  await import(`../../${file}`);
  return lines;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("docs/rules.md examples", () => {
  it("examples/house-rule.ts: docs/rules.md shows it verbatim, and it prints this", async () => {
    expect(block("file", "examples/house-rule.ts")).toBe(readFileSync(new URL("examples/house-rule.ts", root), "utf8"));
    const expected = [
      'built-in: direct "We will not back down." -> Sergey Lavrov (previous-sentence)',
      'without previous-sentence: direct "We will not back down." -> nobody (none)',
      'house: direct "We will not back down." -> Maria Lopez (house-parenthesised-speaker)',
      '  house-parenthesised-speaker: attributed, "(Maria Lopez" after the quote',
    ];
    expect(await run("examples/house-rule.ts")).toEqual(expected);
    expect(block("output", "examples/house-rule.ts")).toBe(`${expected.join("\n")}\n`);
  });

  it("examples/options.ts: docs/rules.md shows it verbatim, and it prints this", async () => {
    expect(block("file", "examples/options.ts")).toBe(readFileSync(new URL("examples/options.ts", root), "utf8"));
    const expected = [
      'indirect "the team had played its best game" -> Maria Lopez via "Maria Lopez", cue "gushed"',
      'direct "We are ready" -> President Donald Trump via "POTUS", cue "said"',
      'partial "nobody saw it coming" -> coach Anna Berg via "Anna Berg", cue "In the words of"',
      'indirect "he would watch the final" -> President Donald Trump via "The Donald", cue "added"',
    ];
    expect(await run("examples/options.ts")).toEqual(expected);
    expect(block("output", "examples/options.ts")).toBe(`${expected.join("\n")}\n`);
  });
});

describe("docs/rules.md explain snippet", () => {
  it("shows the trace the explain option gives for its text", async () => {
    const { createExtractor } = await import("../../src/index");
    const quote = createExtractor({ explain: true }).extract(`Maria Lopez spoke first.\n"We will not back down."`).quotes[0]!;
    const lines = quote.explain!.map((t) => {
      const confidence = t.confidence === undefined ? "" : `, confidence: ${t.confidence}`;
      return `//   { rule: "${t.rule}", outcome: "${t.outcome}", reason: ${JSON.stringify(t.reason)}${confidence} },`;
    });
    const snippet = readme.slice(readme.indexOf("## Explain"), readme.indexOf("## When a rule goes wrong"));
    expect(snippet).toContain(`// [\n${lines.join("\n")}\n// ]`);
  });
});

describe("docs/how-it-works.md rule table", () => {
  it("lists every built-in rule, in the order they are tried", async () => {
    const { defaultRules } = await import("../../src/index");
    const table = howItWorks.slice(howItWorks.indexOf("| rule | recognises |"));
    const ids = [...table.slice(0, table.indexOf("\n\n")).matchAll(/^\s*\| `([a-z-]+)` \|/gm)].map((m) => m[1]);
    expect(ids).toEqual(defaultRules.map((r) => r.id));
  });
});
