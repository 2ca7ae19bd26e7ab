import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "es2022",
  // Like core, the codecs run in browsers and edge functions too: no Node built-ins.
  platform: "neutral",
  tsconfig: "tsconfig.json",
});
