import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { repoRoot, runCli } from "./run-cli.js";

// The root README's main command is `pnpm demo`, and it shows the cse-flags command line that
// runs. Both must stay the same command, and it must flag the bundled exports cleanly.

const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
const manifest = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as {
  scripts: Record<string, string>;
};

const shown = (): string => {
  const block = /`pnpm demo` builds the packages, then runs:\n\n```sh\n([\s\S]*?)\n```/.exec(readme)?.[1];
  if (block === undefined) throw new Error("README.md no longer shows the command pnpm demo runs");
  return block.replace(/\\\n\s*/g, "").trim();
};

it("shows the command that `pnpm demo` runs after building", () => {
  expect(manifest.scripts.demo).toBe(`pnpm build && ${shown()}`);
});

it("flags the four bundled exports with every record accounted for", async () => {
  const [command, ...args] = shown().split(/\s+/);
  expect(command).toBe("cse-flags");
  const run = await runCli(args);
  expect(run.code, run.stderr).toBe(0);
  expect(run.stderr).toMatch(/^cse-flags flag: read 20, ok 20, rejected 0 \(4 files\)/m);
  expect(run.stdout).toContain("propose CSE");
});
