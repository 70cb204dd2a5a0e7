import { readFile } from "node:fs/promises";
import { defineConfig, type Options } from "tsup";

/**
 * JSON files (whosaid's learned cue lexicon) are bundled as `JSON.parse("...")` rather than
 * esbuild's default object literal: V8 parses the one 3-4 times faster than the other (about
 * 8 ms of the import for the 93 kB lexicon).
 */
const jsonAsParse: NonNullable<Options["esbuildPlugins"]>[number] = {
  name: "json-as-parse",
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, async ({ path }) => {
      const minified = JSON.stringify(JSON.parse(await readFile(path, "utf8")));
      return { contents: `module.exports = JSON.parse(${JSON.stringify(minified)});`, loader: "js" };
    });
  },
};

/** The command's entry file gets the shebang (and is made executable); the library's files do not. */
const cliShebang: NonNullable<Options["plugins"]>[number] = {
  name: "cli-shebang",
  renderChunk(code, chunk) {
    if (!/[/\\]cli\.js$/.test(chunk.path)) return undefined;
    chunk.mode = 0o755;
    return { code: `#!/usr/bin/env node\n${code}` };
  },
};

// wink-nlp, its English model, chrono-node and the CLI's packages are dependencies, imported at
// run time (tsup leaves every dependency external), so users can dedupe and audit them.
const shared: Options = { target: "es2022", platform: "node", sourcemap: false, esbuildPlugins: [jsonAsParse] };

export default defineConfig([
  {
    // The library (browser-safe core) and the command line tool in one ESM build: the code they
    // share is split into chunks that the CLI and `import "whosaid"` both load, so the core ships
    // once per module format. The CLI's worker threads load cli-worker.js.
    ...shared,
    entry: { index: "src/index.ts", rules: "src/rules.ts", eval: "src/eval/index.ts", cli: "src/cli/main.ts", "cli-worker": "src/cli/worker.ts" },
    format: ["esm"],
    dts: { entry: { index: "src/index.ts", rules: "src/rules.ts", eval: "src/eval/index.ts" } },
    clean: true,
    plugins: [cliShebang],
  },
  {
    // The library for require(), with its own types.
    ...shared,
    entry: { index: "src/index.ts", rules: "src/rules.ts", eval: "src/eval/index.ts" },
    format: ["cjs"],
    dts: true,
    clean: false,
  },
]);
