import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

// Every ```ts block in the package README and in docs/writing-an-adapter.md is a runnable
// example: it is written to a file and imported here, so an example that stops working
// fails the tests. The examples state their outcomes with node:assert. Blocks marked
// ```ts no-run are shown only (they register tests, so they run as real test files instead:
// see examples/custom-adapter).
const sources = {
  "packages/adapter-kit/README.md": new URL("../README.md", import.meta.url),
  "docs/writing-an-adapter.md": new URL("../../../docs/writing-an-adapter.md", import.meta.url),
};

const blocksOf = (text: string) => [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] ?? "");

// Inside the package, so the examples resolve `zod` as the package does; removed afterwards.
const dir = await mkdtemp(join(fileURLToPath(new URL("../test/", import.meta.url)), ".examples-"));
afterAll(() => rm(dir, { recursive: true, force: true }));

for (const [name, url] of Object.entries(sources)) {
  const blocks = blocksOf(await readFile(url, "utf8")).map((code, i) => ({ index: i + 1, code }));
  describe(`${name} examples`, () => {
    it("has examples", () => {
      expect(blocks.length).toBeGreaterThanOrEqual(3);
    });

    it.each(blocks)("example $index runs", async ({ index, code }) => {
      const file = join(dir, `${name.replace(/\W+/g, "-")}-${index}.ts`);
      await writeFile(file, code);
      await expect(import(/* @vite-ignore */ file)).resolves.toBeDefined();
    });
  });
}
