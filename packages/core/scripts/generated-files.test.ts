import { readFile } from "node:fs/promises";
import { relative } from "node:path";
import { describe, expect, it } from "vitest";
import { renderGeneratedFiles, repoDir } from "./generated-files.js";

const files = [...(await renderGeneratedFiles()).entries()].map(([path, content]) => ({
  path,
  name: relative(repoDir, path),
  content,
}));

describe("generated files are fresh (run `pnpm generate` after changing taxonomy/ or a schema)", () => {
  it("generates taxonomy.json, the code lists, docs/taxonomy.md and a JSON Schema per public schema", () => {
    const names = files.map((file) => file.name);
    expect(names).toEqual(
      expect.arrayContaining([
        "packages/core/taxonomy.json",
        "packages/core/src/taxonomy/codes.generated.ts",
        "docs/taxonomy.md",
        "packages/core/schemas/canonical-record.schema.json",
        "packages/core/schemas/marker.schema.json",
        "packages/core/schemas/README.md",
      ]),
    );
  });

  it.each(files)("$name matches what the sources generate", async ({ path, content }) => {
    const onDisk = await readFile(path, "utf8").catch(() => "(missing)");
    expect(onDisk, `${relative(repoDir, path)} is stale: run pnpm generate`).toBe(content);
  });
});
