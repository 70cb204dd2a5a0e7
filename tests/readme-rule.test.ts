import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

// The rule under "## Your own rules" in the README, run as written (its `import ... from "whosaid"` resolves to this
// package by name), on a paragraph in the house style it describes.
const readme = readFileSync(join(__dirname, "../README.md"), "utf8");
const section = readme.slice(readme.indexOf("## Your own rules"), readme.indexOf("## Accuracy"));
const code = /```ts\n([\s\S]*?)```/.exec(section)![1]!;
const module = join(__dirname, `readme-rule.${process.pid}.tmp.ts`);

afterAll(() => rmSync(module, { force: true }));

describe("the README's rule example", () => {
  it("attributes a quote to the name in parentheses after it, through the house rule", async () => {
    writeFileSync(module, `${code}\nexport { extractor };\n`);
    const { extractor } = (await import(module)) as typeof import("../src/index") & { extractor: import("../src/index").Extractor };
    const text = `Sergey Lavrov spoke first.\n"We will not back down." (Maria Lopez, to reporters)`;
    const [quote] = extractor.extract(text).quotes;
    expect(quote).toMatchObject({ text: "We will not back down.", rule: "house-parenthesised-speaker", confidence: 0.9 });
    expect(quote!.speaker).toMatchObject({ name: "Maria Lopez", mention: { text: "Maria Lopez", start: 53, end: 64 } });
  });
});
