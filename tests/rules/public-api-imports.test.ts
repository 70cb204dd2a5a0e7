/**
 * The built-in rules use the public rule API and nothing else: every file in src/attribution/rules
 * imports only from src/rules-api.ts (what `whosaid/rules` exports) or from a sibling file of the
 * folder (which this test checks in turn).
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const folder = new URL("../../src/attribution/rules/", import.meta.url);
const PUBLIC_API = "../../rules-api";

/** Every module specifier a source file names: static imports and re-exports, `import()` and `require()`. */
function specifiers(source: string): string[] {
  const found: string[] = [];
  const patterns = [/^\s*(?:import|export)\b[^;]*?\bfrom\s*["']([^"']+)["']/gms, /^\s*import\s*["']([^"']+)["']/gm, /\b(?:import|require)\s*\(\s*["'`]([^"'`]+)["'`]\s*\)/g];
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) found.push(match[1]!);
  return found;
}

/** The specifiers of a file in the rules folder that are neither the public API nor a sibling file. */
function privateImports(source: string, siblings: readonly string[]): string[] {
  return specifiers(source).filter((s) => s !== PUBLIC_API && !siblings.some((f) => s === `./${f.replace(/\.ts$/, "")}`));
}

describe("built-in rules import only the public rule API", () => {
  const files = readdirSync(folder).filter((f) => f.endsWith(".ts"));

  it("finds every kind of import, so that a private one cannot slip through", () => {
    const source = [
      'import { defineRule } from "../../rules-api";',
      "import {",
      "  isVerb,",
      '} from "../../document/pos";',
      'import type { Mention } from "../../mentions/types";',
      'export { x } from "../governing";',
      'import "../side-effect";',
      'const lookup = await import("../lookup");',
      'const skip = require("./skip");',
      'import { accordingTo } from "./according-to";',
    ].join("\n");
    expect(privateImports(source, ["according-to.ts"])).toEqual([
      "../../document/pos", "../../mentions/types", "../governing", "../side-effect", "../lookup", "./skip",
    ]);
  });

  it("holds for every file in src/attribution/rules", () => {
    expect(files).toContain("sentence-cue.ts");
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const file of files) {
      const source = readFileSync(new URL(file, folder), "utf8");
      expect(specifiers(source).length, `${file} imports something`).toBeGreaterThan(0);
      expect(privateImports(source, files), `${file} imports beyond ${PUBLIC_API}`).toEqual([]);
    }
  });
});
