import { execSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/**
 * The CLI tests run main() from src in-process, on the built worker script dist/cli-worker.js, and a
 * few smoke tests run the built dist/cli.js. `npm ci` builds them (prepare); this builds them when
 * missing or older than a source file, so `npm test` after an edit never tests a stale build.
 */
export default function buildCli(): void {
  const built = ["dist/cli.js", "dist/cli-worker.js"];
  const stale = built.some((f) => !existsSync(f)) || newestSource("src") > Math.min(...built.map((f) => statSync(f).mtimeMs));
  if (stale) execSync("npm run build", { stdio: "inherit" });
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}
