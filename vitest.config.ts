import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // The CLI tests run dist/cli.js as a child process: build it first if it is missing or stale.
    globalSetup: ["tests/cli/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
