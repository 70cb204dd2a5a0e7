import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../src/index";

// The README's "Other house styles" example, run as written: its two articles and its printed lines.
const readme = readFileSync(join(__dirname, "../README.md"), "utf8");
const section = readme.slice(readme.indexOf("### Other house styles"), readme.indexOf("## The result"));
const code = /```ts\n([\s\S]*?)```/.exec(section)![1]!;

describe("the README's house-style example", () => {
  it("prints what its comments say", () => {
    const british = /const british = `([\s\S]*?)`;/.exec(code)![1]!;
    const ap = /const ap = `([\s\S]*?)`;/.exec(code)![1]!;
    const expected = [...code.matchAll(/^\/\/ (.*)$/gm)].map((m) => m[1]);
    const printed = [british, ap].flatMap((text) =>
      extractQuotes(text, { articleDate: "2026-03-05" }).quotes.map((q) => [q.type, q.speaker?.name, q.date?.value, q.text].join(" ")),
    );
    expect(expected).toHaveLength(5);
    expect(printed).toEqual(expected);
  });
});
