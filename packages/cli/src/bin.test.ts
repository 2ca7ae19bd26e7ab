import { spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The binary's own stream handling, run from source through tsx (a development dependency of the repository).
const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
const bin = fileURLToPath(new URL("./bin.ts", import.meta.url));

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "bin-test-"));
  writeFileSync(join(dir, "invalid.ndjson"), '{"ref":"SENTINEL-CHILD-A-9001"}\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the binary with stdout or stderr on /dev/full, which takes every write and refuses it, as a full disk does. */
function runInto(
  full: "stdout" | "stderr",
  args: readonly string[],
): { status: number | null; other: string } {
  const fd = openSync("/dev/full", "w");
  try {
    const result = spawnSync(process.execPath, ["--import", "tsx", bin, ...args], {
      cwd: repoRoot,
      stdio: ["ignore", full === "stdout" ? fd : "pipe", full === "stderr" ? fd : "pipe"],
      encoding: "utf8",
      timeout: 30_000,
    });
    return { status: result.status, other: (full === "stdout" ? result.stderr : result.stdout) ?? "" };
  } finally {
    closeSync(fd);
  }
}

describe.runIf(existsSync("/dev/full"))("bin: an output the system refuses", () => {
  it("is an I/O error with exit code 2, never a crash (whose exit code 1 would read as findings)", () => {
    const { status, other } = runInto("stdout", ["validate", join(dir, "invalid.ndjson")]);
    expect(status).toBe(2);
    expect(other).toBe(
      "cse-flags validate: error: the output could not be written\n  Check the disk has space and the file can be written.\n",
    );
  }, 30_000);

  it("exits 2 for a usage error even when stderr cannot say so", () => {
    const { status, other } = runInto("stderr", ["validate", join(dir, "missing.ndjson")]);
    expect(status).toBe(2);
    expect(other).toBe("");
  }, 30_000);
});
