import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

// Every ```ts block in these documents is a runnable example: it is written to a file
// and imported here, so an example that stops working fails the tests. The examples
// state their outcomes with node:assert.
const documents = [
  { name: "packages/core/README.md", url: new URL("../README.md", import.meta.url), minimum: 5 },
  { name: "docs/policy.md", url: new URL("../../../docs/policy.md", import.meta.url), minimum: 3 },
];
const dir = await mkdtemp(join(tmpdir(), "cse-flags-readme-"));

afterAll(() => rm(dir, { recursive: true, force: true }));

for (const [d, document] of documents.entries()) {
  const text = await readFile(document.url, "utf8");
  const blocks = [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((match, index) => ({
    index: index + 1,
    code: match[1] ?? "",
  }));

  describe(`${document.name} examples`, () => {
    it(`has at least ${document.minimum} examples`, () => {
      expect(blocks.length).toBeGreaterThanOrEqual(document.minimum);
    });

    it.each(blocks)("example $index runs", async ({ index, code }) => {
      const file = join(dir, `document-${d}-example-${index}.ts`);
      await writeFile(file, code);
      await expect(import(/* @vite-ignore */ file)).resolves.toBeDefined();
    });
  });
}
