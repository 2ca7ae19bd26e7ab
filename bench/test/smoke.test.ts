import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generatedEnd, generatedStart } from "../src/report/performance-doc.js";
import { targetNames } from "../src/report/targets.js";
import { type NodeResult, recordValue, runNode } from "./run-node.js";

// The smoke run of `pnpm bench` (issue BENCH): tiny sizes, one repeat, written to a temp
// folder, never to docs/. It checks the runner works end to end, not the numbers.
describe("pnpm bench, smoke run", () => {
  let result: NodeResult;
  let page: string;
  let dataFiles: string[];
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "cse-bench-smoke-"));
    const out = join(dir, "performance.md");
    result = await runNode([
      "--import",
      "tsx",
      "src/run-benchmarks.ts",
      "--size",
      "200",
      "--large",
      "400",
      "--quick",
      "--out",
      out,
      "--data",
      join(dir, "data"),
    ]);
    page = await readFile(out, "utf8");
    dataFiles = await readdir(join(dir, "data"));
  }, 180_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("exits 0 and prints a table naming every target with its result", () => {
    expect(result.stderr).not.toMatch(/Error/);
    expect(result.code).toBe(0);
    for (const [i, name] of targetNames.entries())
      expect(result.stdout).toMatch(
        new RegExp(`^${i + 1}\\s+${name.replace(/[-]/g, "\\-")}\\s.*\\b(met|MISSED)\\b`, "m"),
      );
  });

  it("writes the page with machine, Node version, date, rerun command and every target", () => {
    expect(page).toContain(generatedStart);
    expect(page).toContain(generatedEnd);
    expect(page).toContain(`Node ${process.version}`);
    expect(page).toMatch(/Measured \d{4}-\d{2}-\d{2} on .+ \(\d+ cores/);
    expect(page).toContain("Rerun: `pnpm bench -- --size 200 --quick`");
    for (const name of targetNames)
      expect(page).toMatch(new RegExp(`\\| \\d +\\| ${name} +\\|.*\\| (met|MISSED) +\\|`));
    for (const path of ["ajv 8", "io-ts decodeRecord", "core parseRecord"]) expect(page).toContain(path);
  });

  it("generates its exports into the data folder it was given", () => {
    expect(dataFiles).toEqual(
      expect.arrayContaining([
        "crime-200-20260401.ndjson",
        "crime-400-20260401.ndjson",
        "custody-200-20260401.csv",
      ]),
    );
  });

  it("never prints or writes a value from a record", () => {
    expect(result.stdout).not.toMatch(recordValue);
    expect(result.stderr).not.toMatch(recordValue);
    expect(page).not.toMatch(recordValue);
  });
});
