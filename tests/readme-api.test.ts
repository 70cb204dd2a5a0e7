import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../src/index";

// The example under "## Example" in the README, run as written: its article and its printed lines.
const readme = readFileSync(join(__dirname, "../README.md"), "utf8");
const section = readme.slice(readme.indexOf("## Example"), readme.indexOf("## The result"));
const code = /```ts\n([\s\S]*?)```/.exec(section)![1]!;

describe("the README's API example", () => {
  it("prints what its comments say", () => {
    const article = /const article = `([\s\S]*?)`;/.exec(code)![1]!;
    const expected = [...code.matchAll(/^\/\/ (.*)$/gm)].map((m) => m[1]);
    const result = extractQuotes(article, { articleDate: "2021-12-28" });
    const printed = result.quotes.map((q) => [q.type, q.speaker?.name, q.speaker?.title, q.date?.value, q.text].join(" "));
    expect(expected).toHaveLength(2);
    expect(printed).toEqual(expected);
  });
});
