import { defineConfig } from "vitest/config";

/**
 * Package checks (`pnpm test:packages`): pack each publishable package and inspect the
 * tarball with tar, publint and arethetypeswrong. Needs `pnpm build` first.
 */
export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: ["**/dist/**", "**/node_modules/**"],
    // Packing and attw take seconds each; one file, run in order.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
