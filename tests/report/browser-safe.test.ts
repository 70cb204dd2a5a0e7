import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const REPORT_DIR = fileURLToPath(new URL("../../src/report/", import.meta.url));

describe("src/report is browser-safe", () => {
  const files = readdirSync(REPORT_DIR).filter((name) => name.endsWith(".ts"));

  it.each(files)("%s imports only the library's own modules and uses no Node globals", (name) => {
    const source = readFileSync(`${REPORT_DIR}${name}`, "utf8");
    const specifiers = [...source.matchAll(/\b(?:from|import)\s*\(?\s*["']([^"']+)["']/g)].map((m) => m[1]);
    for (const specifier of specifiers) expect(specifier).toMatch(/^\.\.?\//);
    expect(specifiers.filter((specifier) => /cli/.test(specifier ?? ""))).toEqual([]);
    expect(source).not.toMatch(/\b(?:process|require|Buffer|__dirname|__filename)\b/);
  });
});
