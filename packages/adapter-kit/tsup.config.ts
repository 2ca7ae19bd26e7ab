import { defineConfig } from "tsup";

export default defineConfig({
  // The conformance suite is a separate entry so that importing the kit never loads vitest.
  entry: ["src/index.ts", "src/conformance.ts"],
  format: ["esm", "cjs"],
  // Both entries share one copy of the kit (so \`instanceof AdapterKitError\` holds across them),
  // in CommonJS too.
  splitting: true,
  dts: true,
  sourcemap: true,
  clean: true,
  target: "es2022",
  // Reads files and Node streams: a Node package, unlike core.
  platform: "node",
  tsconfig: "tsconfig.json",
});
