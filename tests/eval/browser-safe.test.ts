import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const EVAL_DIR = fileURLToPath(new URL("../../src/eval/", import.meta.url));

describe("src/eval is browser-safe", () => {
  const files = readdirSync(EVAL_DIR).filter((name) => name.endsWith(".ts"));

  it.each(files)("%s imports nothing but relative modules and uses no Node globals", (name) => {
    const source = readFileSync(`${EVAL_DIR}${name}`, "utf8");
    const specifiers = [...source.matchAll(/\b(?:from|import)\s*\(?\s*["']([^"']+)["']/g)].map((m) => m[1]);
    for (const specifier of specifiers) expect(specifier).toMatch(/^\.\.?\//);
    expect(source).not.toMatch(/\b(?:process|require|Buffer|__dirname|__filename)\b/);
  });
});
