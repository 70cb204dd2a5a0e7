import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  // The examples import the package by name, as a user would; run them against src.
  resolve: { alias: [{ find: /^whosaid$/, replacement: fileURLToPath(new URL("./src/index.ts", import.meta.url)) }] },
  test: {
    include: ["tests/**/*.test.ts"],
    // The CLI tests run dist/cli.js as a child process: build it first if it is missing or stale.
    globalSetup: ["tests/cli/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
