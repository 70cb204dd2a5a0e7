import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The library: browser-safe core, ESM + CJS with types.
    entry: { index: "src/index.ts", eval: "src/eval/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "es2022",
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
    banner: { js: "#!/usr/bin/env node" },
  },
]);
