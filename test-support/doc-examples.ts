import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

/** A Markdown document whose ```ts blocks are runnable examples. */
export interface ExampleDocument {
  /** How the document is named in test titles, e.g. `docs/policy.md`. */
  readonly name: string;
  readonly url: URL;
  /** Fewer blocks than this fails: examples must not disappear unnoticed. */
  readonly minimum: number;
}

const blocksOf = (text: string): string[] =>
  [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] ?? "");

/**
 * Registers one test per ```ts block in each document: the block is written to a file in
 * `packageDir/test/` (inside the package, so it resolves imports as the package does) and
 * imported, so an example that stops working fails the tests. Examples state their
 * outcomes with node:assert. Blocks marked ```ts no-run are shown only.
 */
export async function describeDocExamples(
  packageDir: URL,
  documents: readonly ExampleDocument[],
): Promise<void> {
  const testDir = fileURLToPath(new URL("test/", packageDir));
  await mkdir(testDir, { recursive: true });
  const dir = await mkdtemp(join(testDir, ".examples-"));
  afterAll(() => rm(dir, { recursive: true, force: true }));
  for (const [d, document] of documents.entries()) {
    const blocks = blocksOf(await readFile(document.url, "utf8")).map((code, i) => ({ index: i + 1, code }));
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
}
