// Writes the example exports from the stories: `pnpm --filter @examples/audit generate`.
import { mkdirSync, writeFileSync } from "node:fs";
import { exportFiles, renderExports } from "./exports.js";
import { stories } from "./stories.js";
import { systemNames } from "./story.js";

const exportsDir = new URL("../exports/", import.meta.url);
mkdirSync(exportsDir, { recursive: true });
const texts = renderExports(stories);
for (const system of systemNames) {
  writeFileSync(new URL(exportFiles[system], exportsDir), texts[system], "utf8");
  process.stdout.write(`wrote exports/${exportFiles[system]}\n`);
}
