import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

// Every ```ts block in the package README is a runnable example: it is written to a
// file and imported here, so an example that stops working fails the tests. The
// examples state their outcomes with node:assert.
const readme = await readFile(new URL("../README.md", import.meta.url), "utf8");
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((match, index) => ({
  index: index + 1,
  code: match[1] ?? "",
}));
const dir = await mkdtemp(join(tmpdir(), "cse-flags-readme-"));

afterAll(() => rm(dir, { recursive: true, force: true }));

describe("packages/core/README.md examples", () => {
  it("has examples", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(5);
  });

  it.each(blocks)("example $index runs", async ({ index, code }) => {
    const file = join(dir, `example-${index}.ts`);
    await writeFile(file, code);
    await expect(import(/* @vite-ignore */ file)).resolves.toBeDefined();
  });
});
