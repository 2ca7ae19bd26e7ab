import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectUsageError, reconciliationOf } from "./reconciliation.js";
import { exampleRecord, exampleRecordPaths, ndjson, setAt } from "./records.js";
import { repoRoot, runCli } from "./run-cli.js";
import { useTempDir } from "./temp-dir.js";

const temp = useTempDir();

describe("validate --kind: each kind of document against its own schema", () => {
  it.each([
    ["overlay", "examples/policy-overlays/example-force.json"],
    ["policy", "packages/core/policy/national.json"],
    ["taxonomy", "packages/core/taxonomy.json"],
    ["concept-map", "packages/adapter-crime/src/concept-maps/circumstances.json"],
  ])("--kind %s accepts %s", async (kind, file) => {
    const run = await runCli(["validate", "--kind", kind, file]);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(reconciliationOf(run.stderr)).toEqual({
      command: "validate",
      read: 1,
      ok: 1,
      rejected: 0,
      files: 1,
    });
  });

  it("--kind marker rejects a canonical record", async () => {
    const run = await runCli(["validate", "--kind", "marker", exampleRecordPaths.crime]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/crime-0001\.json:1: rejected \(validate\)\n {2}\/id invalid_type: /);
  });

  it("--kind overlay rejects an overlay that loosens a parameter the national policy only lets it tighten", async () => {
    const overlay = JSON.parse(
      readFileSync(join(repoRoot, "examples/policy-overlays/example-force.json"), "utf8"),
    ) as unknown;
    setAt(overlay, "/parameters/repeat-missing-episodes", 9);
    const file = temp.write("loose-overlay.json", JSON.stringify(overlay));
    const run = await runCli(["validate", "--kind", "overlay", file]);
    expect(run.code, run.stdout).toBe(1);
    expect(run.stdout).toMatch(/repeat-missing-episodes/);
  });

  it("--kind and --adapter together are a usage mistake", async () => {
    const run = await runCli([
      "validate",
      "--kind",
      "record",
      "--adapter",
      "crime",
      "--force",
      "x",
      exampleRecordPaths.crime,
    ]);
    expectUsageError(run, /--kind is for canonical documents/, /Leave out one of them/);
  });
});

describe("validate: what it reports", () => {
  it("prints nothing for valid records and each rejected one with its line, pointer and code", async () => {
    const file = temp.write(
      "mixed.ndjson",
      ndjson([
        exampleRecord("crime"),
        setAt(exampleRecord("custody"), "/persons/0/dateOfBirth", "2011-02-30"),
        exampleRecord("intelligence"),
        setAt(exampleRecord("missing-person"), "/indicators", "none"),
      ]),
    );
    const run = await runCli(["validate", file]);
    expect(run.code).toBe(1);
    const rejected = run.stdout.split("\n").filter((line) => /^\S/.test(line));
    expect(rejected).toEqual([`${file}:2: rejected (validate)`, `${file}:4: rejected (validate)`]);
    expect(run.stdout).toMatch(/^ {2}\/persons\/0\/dateOfBirth \w+: /m);
    expect(run.stdout).toMatch(/^ {2}\/indicators invalid_type: Expected array$/m);
  });

  it("counts per run and lists the rejections by code", async () => {
    const unmarked = (kind: "crime" | "custody") => setAt(exampleRecord(kind), "/classification", "UNMARKED");
    const a = temp.write("count-a.ndjson", ndjson([exampleRecord("crime"), unmarked("crime")]));
    const b = temp.write("count-b.ndjson", ndjson([unmarked("custody"), unmarked("crime")]));
    const run = await runCli(["validate", a, b]);
    expect(run.code).toBe(1);
    expect(reconciliationOf(run.stderr)).toEqual({
      command: "validate",
      read: 4,
      ok: 1,
      rejected: 3,
      files: 2,
    });
    expect(run.stderr).toMatch(/^ {2}rejected by code: invalid_value 3$/m);
  });

  it("--report writes the report to a file and leaves stdout empty", async () => {
    const file = temp.write("to-report.ndjson", ndjson([setAt(exampleRecord("crime"), "/kind", "x")]));
    const run = await runCli(["validate", "--output", "json", "--report", "report.ndjson", file], {
      cwd: temp.path(),
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    const lines = readFileSync(join(temp.path(), "report.ndjson"), "utf8").trim().split("\n");
    expect(lines.map((l) => (JSON.parse(l) as { type: string }).type)).toEqual(["rejected", "summary"]);
    expect(reconciliationOf(run.stderr)).toMatchObject({ read: 1, rejected: 1 });
  });

  it("says how far it read when a long file stops part-way, not that it stopped at the start", async () => {
    const line = JSON.stringify(exampleRecord("crime"));
    const body = `${line}\n`.repeat(3000);
    const file = temp.write(
      "stops-late.ndjson",
      Buffer.concat([Buffer.from(body), Buffer.from([0xff, 0x0a])]),
    );
    const run = await runCli(["validate", file]);
    expect(run.code).toBe(1);
    const counts = reconciliationOf(run.stderr);
    expect(counts.read).toBeGreaterThan(2000);
    expect(run.stderr).toMatch(/stops-late\.ndjson: stopped /);
    // Thousands of records were read before the bad bytes: "at the start" would send a person to the wrong place.
    expect(run.stderr).not.toMatch(/stopped at the start/);
  });
});
