import { readFile } from "node:fs/promises";
import { defineConfig, type Options } from "tsup";

/**
 * Bundled into dist rather than imported at run time: chrono-node's English locale is about 100
 * ES modules and wink-nlp about 30 CommonJS files, and Node's loader spent about 60 ms of a cold
 * start resolving, reading and compiling them one by one (a single file: under 20 ms). The wink
 * model stays a dependency: its 3 MB core JSON is read by the model's own loader (load-core-model.js).
 * Their licences are in THIRD-PARTY-NOTICES.md.
 */
const BUNDLED = [/^chrono-node(\/|$)/, /^wink-nlp(\/|$)/, /^wink-eng-lite-web-model\/dist\/(feature|load-pos-model|load-sbd-model)\.js$/];

/**
 * JSON files (whosaid's learned cue lexicon, the model's sentence and POS parts) are bundled as
 * `JSON.parse("...")` rather than esbuild's default object literal: V8 parses the one 3-4 times
 * faster than the other (about 8 ms of the import for the 93 kB lexicon).
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

export default defineConfig([
  {
    // The library: browser-safe core, ESM + CJS with types.
    entry: { index: "src/index.ts", rules: "src/rules.ts", eval: "src/eval/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "es2022",
    noExternal: BUNDLED,
    esbuildPlugins: [jsonAsParse],
  },
  {
    // The command line tool: Node only, ESM, with a shebang; its worker threads load cli-worker.js.
    entry: { cli: "src/cli/main.ts", "cli-worker": "src/cli/worker.ts" },
    format: ["esm"],
    dts: false,
    sourcemap: true,
    clean: false,
    target: "node20",
    platform: "node",
    noExternal: BUNDLED,
    esbuildPlugins: [jsonAsParse],
    banner: { js: "#!/usr/bin/env node" },
  },
]);
