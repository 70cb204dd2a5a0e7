import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = join(__dirname, "../src");
/** The packages the core may import; everything else must be relative. */
const ALLOWED = new Set(["wink-nlp", "wink-eng-lite-web-model", "chrono-node/en"]);

function coreFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "cli" ? [] : coreFiles(path);
    return name.endsWith(".ts") ? [path] : [];
  });
}

describe("the core (src/ minus src/cli) runs in a browser", () => {
  it.each(coreFiles(SRC).map((path) => [path.slice(SRC.length + 1), path]))("%s uses no Node built-ins", (_name, path) => {
    const source = readFileSync(path, "utf8");
    const specifiers = [...source.matchAll(/\b(?:from|import)\s*\(?\s*["']([^"']+)["']/g)].map((m) => m[1]!);
    for (const specifier of specifiers) {
      expect(specifier.startsWith(".") || ALLOWED.has(specifier), `${specifier} in ${path}`).toBe(true);
    }
    expect(source).not.toMatch(/\b(?:process\.|require\(|Buffer\.|__dirname|__filename)/);
  });
});
