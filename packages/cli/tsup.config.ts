import { defineConfig } from "tsup";

// ESM only: the command and its worker threads load each other by `import.meta.url`.
// `bin` and `worker` are entry points of their own so a worker thread loads only what it runs.
export default defineConfig({
  entry: ["src/index.ts", "src/bin.ts", "src/worker.ts"],
  format: ["esm"],
  dts: { entry: "src/index.ts" },
  sourcemap: true,
  clean: true,
  target: "es2022",
  platform: "node",
  tsconfig: "tsconfig.json",
});
