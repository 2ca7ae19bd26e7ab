import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, relative } from "node:path";
import { renderGeneratedFiles, repoDir } from "./generated-files.js";

// Writes the generated files (taxonomy.json, codes, JSON Schemas, docs) that changed.
const files = await renderGeneratedFiles();
for (const [path, content] of files) {
  const current = await readFile(path, "utf8").catch(() => undefined);
  if (current === content) continue;
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content);
  console.log(`wrote ${relative(repoDir, path)}`);
}
