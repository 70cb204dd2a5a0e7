import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = join(__dirname, "../src");
/** The packages the core may import; everything else must be relative. */
const ALLOWED = new Set(["wink-nlp", "wink-eng-lite-web-model", "chrono-node/en"]);
/** Folders that import nothing but the library's own modules (and never the CLI). */
const SELF_CONTAINED = ["eval/", "report/"];

function coreFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "cli" ? [] : coreFiles(path);
    return name.endsWith(".ts") ? [path] : [];
  });
}

describe("the core (src/ minus src/cli) runs in a browser", () => {
  it.each(coreFiles(SRC).map((path) => [path.slice(SRC.length + 1), path]))("%s uses no Node built-ins", (name, path) => {
    const source = readFileSync(path, "utf8");
    // Import and export statements, side-effect imports and dynamic imports; not the word "from"
    // followed by a string elsewhere in the code.
    const statements = /^\s*(?:import|export)\b[^;]*?\bfrom\s*["']([^"']+)["']|^\s*import\s*["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']/gm;
    const specifiers = [...source.matchAll(statements)].map((m) => (m[1] ?? m[2] ?? m[3])!);
    const selfContained = SELF_CONTAINED.some((folder) => name.startsWith(folder));
    for (const specifier of specifiers) {
      const allowed = specifier.startsWith(".") ? !(selfContained && /cli/.test(specifier)) : !selfContained && ALLOWED.has(specifier);
      expect(allowed, `${specifier} in ${path}`).toBe(true);
    }
    const nodeGlobals = selfContained ? /\b(?:process|require|Buffer|__dirname|__filename)\b/ : /\b(?:process\.|require\(|Buffer\.|__dirname|__filename)/;
    expect(source).not.toMatch(nodeGlobals);
  });
});
