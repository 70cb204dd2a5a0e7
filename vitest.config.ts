import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  // The examples import the package by name, as a user would; run them against src.
  resolve: {
    alias: [
      { find: /^whosaid$/, replacement: fileURLToPath(new URL("./src/index.ts", import.meta.url)) },
      { find: /^whosaid\/rules$/, replacement: fileURLToPath(new URL("./src/rules.ts", import.meta.url)) },
    ],
  },
  test: {
    include: ["tests/**/*.test.ts"],
    // The CLI tests run main() in-process on the built worker, and a few run dist/cli.js: build them first if missing or stale.
    globalSetup: ["tests/cli/global-setup.ts"],
    // One worker more than there are cores (vitest's default, cores - 1, leaves one idle): many CLI tests
    // wait on child processes and worker threads. On 2 cores, 3 workers measured ~50 s, 2 ~75 s, 4 slower again.
    maxWorkers: availableParallelism() + 1,
    // No test mocks modules or leaves a global changed, so files share a worker's module cache: wink's
    // language model loads once per worker instead of once per file (most of the former "import" time).
    // A module is evaluated once per worker, so tests/rules/readme-examples.test.ts, which runs each
    // example by importing it and reading what it prints, must stay the only importer of examples/.
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
