import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));
const packagesDir = join(root, "packages");

interface Alias {
  find: RegExp;
  replacement: string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Tests import workspace packages by their public names (`@cse-flags/core`), and those
 * names must resolve to the TypeScript source so `pnpm test` needs no build first.
 *
 * For each package in packages/* this maps:
 * - the bare name to `src/index.ts`;
 * - every plain-file subpath export that does not point into `dist/` (for core:
 *   `./taxonomy.json`, `./schemas/*`, `./package.json`) to the file in the package folder;
 * - every built subpath export `./name` that has a source entry `src/name.ts` (for
 *   adapter-kit: `./conformance`) to that source file.
 *
 * The patterns are anchored, so `@cse-flags/core` never swallows `@cse-flags/core-extra` or a
 * subpath it does not list.
 */
function workspaceAliases(): Alias[] {
  if (!existsSync(packagesDir)) return [];
  const aliases: Alias[] = [];
  for (const entry of readdirSync(packagesDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const dir = join(packagesDir, entry.name);
    const manifestPath = join(dir, "package.json");
    const sourceEntry = join(dir, "src", "index.ts");
    if (!existsSync(manifestPath) || !existsSync(sourceEntry)) continue;
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as {
      name?: unknown;
      exports?: unknown;
    };
    if (typeof manifest.name !== "string") continue;
    const name = manifest.name;
    aliases.push({ find: new RegExp(`^${escapeRegExp(name)}$`), replacement: sourceEntry });
    if (manifest.exports === null || typeof manifest.exports !== "object") continue;
    for (const [subpath, target] of Object.entries(manifest.exports)) {
      if (subpath === ".") continue;
      const subpathSource = join(dir, "src", `${subpath.slice(2)}.ts`);
      if (typeof target !== "string" && !subpath.includes("*") && existsSync(subpathSource)) {
        aliases.push({
          find: new RegExp(`^${escapeRegExp(name + subpath.slice(1))}$`),
          replacement: subpathSource,
        });
        continue;
      }
      if (typeof target !== "string" || target.startsWith("./dist/")) continue;
      const pattern = escapeRegExp(name + subpath.slice(1)).replace("\\*", "(.+)");
      aliases.push({
        find: new RegExp(`^${pattern}$`),
        replacement: join(dir, target.replace("*", "$1")),
      });
    }
  }
  return aliases;
}

const excluded = ["**/dist/**", "**/node_modules/**"];

export default defineConfig({
  resolve: {
    alias: workspaceAliases(),
  },
  test: {
    include: [
      "packages/*/src/**/*.test.ts",
      "packages/*/scripts/**/*.test.ts",
      "examples/*/src/**/*.test.ts",
    ],
    exclude: excluded,
    typecheck: {
      enabled: true,
      // Vitest runs `tsc -p <tsconfig>` once and maps its errors onto these files. A type test
      // outside that tsconfig's `include` would get no errors and pass without being checked,
      // so only core's type tests are listed; another package adds its own tsconfig through
      // a vitest project when it gets type tests.
      tsconfig: "packages/core/tsconfig.test.json",
      include: ["packages/core/src/**/*.test-d.ts", "packages/core/scripts/**/*.test-d.ts"],
      exclude: excluded,
    },
  },
});
