/**
 * Installs the packed tarballs of every publishable package into an empty project with npm,
 * as a user would from the registry, and runs the `cse-flags` command from there: proves the
 * published CLI carries everything it needs (bin, worker, dependencies). zod comes from the
 * npm registry (or npm's cache).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { packPackage, publishablePackages, repoRoot, toolTimeoutMs } from "./pack.js";

let workDir = "";
let bin = "";

beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), "cse-flags-install-"));
  const tarballs = join(workDir, "tarballs");
  const app = join(workDir, "app");
  mkdirSync(app);
  for (const pkg of publishablePackages()) {
    const own = join(tarballs, pkg.name.replace("/", "-"));
    mkdirSync(own, { recursive: true });
    packPackage(pkg.dir, own);
  }
  writeFileSync(join(app, "package.json"), '{ "name": "app", "private": true }\n');
  const files = readdirSync(tarballs).flatMap((dir) =>
    readdirSync(join(tarballs, dir)).map((file) => join(tarballs, dir, file)),
  );
  const install = spawnSync("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", ...files], {
    cwd: app,
    encoding: "utf8",
    timeout: toolTimeoutMs,
  });
  expect(install.status, `npm install failed:\n${install.stderr}`).toBe(0);
  bin = join(app, "node_modules", ".bin", "cse-flags");
}, toolTimeoutMs * 2);

afterAll(() => {
  if (workDir !== "") rmSync(workDir, { recursive: true, force: true });
});

const exportFile = join(repoRoot, "examples", "consistent-flagging", "exports", "crime.csv");

it("runs cse-flags --version from an npm install of the tarballs", () => {
  const result = spawnSync(bin, ["--version"], { encoding: "utf8" });
  expect(result.status).toBe(0);
  expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
});

it("flags the example crime export on two worker threads from the installed package", () => {
  const one = spawnSync(bin, ["flag", "--force", "example-force", "--adapter", "crime", exportFile], {
    encoding: "utf8",
  });
  const two = spawnSync(
    bin,
    ["flag", "--jobs", "2", "--force", "example-force", "--adapter", "crime", exportFile],
    {
      encoding: "utf8",
    },
  );
  expect([one.status, two.status]).toEqual([0, 0]);
  expect(one.stdout).toContain("propose CSE");
  expect(two.stdout).toBe(one.stdout);
  expect(two.stderr).toMatch(/^cse-flags flag: read 5, ok 5, rejected 0 \(1 file\)/m);
});
