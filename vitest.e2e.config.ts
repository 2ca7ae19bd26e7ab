import { defineConfig } from "vitest/config";

/**
 * End-to-end tests (`pnpm test:e2e`): they run the built `cse-flags` binary as a user
 * would, in a child process with real files and real exit codes, so they need `pnpm build`
 * first. The CI examples' scripts are run the same way, and so is a smoke run of `pnpm bench`.
 */
export default defineConfig({
  test: {
    include: ["packages/cli/test/**/*.test.ts", "examples/ci/**/*.test.ts", "bench/test/**/*.test.ts"],
    exclude: ["**/dist/**", "**/node_modules/**"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
