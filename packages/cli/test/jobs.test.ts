import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { adapterIds, repeatExport } from "./exports.js";
import { reconciliationOf } from "./reconciliation.js";
import { exampleRecord, ndjson, setAt } from "./records.js";
import { repoRoot, runCli } from "./run-cli.js";
import { useTempDir } from "./temp-dir.js";

// --jobs N spreads batches over worker threads; the output must not show it: byte for byte
// the same as one thread, in input order, rejections included.

const temp = useTempDir();

/** Runs the same command with --jobs 1, 2 and 3; `{jobs}` in an argument becomes the number. */
async function withJobs(args: readonly string[]) {
  const runs = [];
  for (const jobs of ["1", "2", "3"])
    runs.push(
      await runCli([...args.map((a) => a.replace("{jobs}", jobs)), "--jobs", jobs], { cwd: temp.path() }),
    );
  return runs;
}

describe("--jobs keeps output identical to one thread", () => {
  it("map: 4,000 records (some rejected) in the same order", async () => {
    temp.write("crime-4000.csv", repeatExport("crime", 800, { rejectEvery: 97 }));
    const [one, two, three] = await withJobs([
      "map",
      "--adapter",
      "crime",
      "--force",
      "example-force",
      "crime-4000.csv",
    ]);
    expect(one?.code, one?.stderr).toBe(1);
    expect(reconciliationOf(one?.stderr ?? "")).toEqual({
      command: "map",
      read: 4000,
      ok: 3959,
      rejected: 41,
      files: 1,
    });
    const ids = (one?.stdout ?? "")
      .trim()
      .split("\n")
      .map((l) => (JSON.parse(l) as { source: { recordId: string } }).source.recordId);
    expect(ids).toEqual([...ids].sort());
    for (const run of [two, three]) {
      expect(run?.code).toBe(1);
      expect(run?.stdout === one?.stdout, "stdout is byte-identical").toBe(true);
      expect(run?.stderr).toBe(one?.stderr);
    }
  });

  it("flag --output json over four adapters' exports: 2,000 decisions in the same order", async () => {
    const adapters = adapterIds.flatMap((id) => {
      temp.write(`${id}-500.csv`, repeatExport(id, 100, { rejectEvery: 113 }));
      return ["--adapter", `${id}=${id}-500.csv`];
    });
    const [one, two, three] = await withJobs([
      "flag",
      "--force",
      "example-force",
      "--output",
      "json",
      "--decisions",
      "decisions-{jobs}.ndjson",
      ...adapters,
    ]);
    expect(one?.code, one?.stderr).toBe(1);
    expect(reconciliationOf(one?.stderr ?? "")).toMatchObject({ read: 2000, files: 4 });
    for (const run of [two, three])
      expect(run?.stdout === one?.stdout, "stdout is byte-identical").toBe(true);
    const full = ["1", "2", "3"].map((jobs) =>
      readFileSync(join(temp.path(), `decisions-${jobs}.ndjson`), "utf8"),
    );
    expect(full[0]?.split("\n").length).toBeGreaterThan(1900);
    expect(full[1] === full[0] && full[2] === full[0], "--decisions is byte-identical").toBe(true);
  });

  it("validate --output junit over 3,000 canonical records, every 7th invalid", async () => {
    const records = Array.from({ length: 3000 }, (_, i) => {
      const record = setAt(exampleRecord("crime"), "/source/recordId", `CR-JOBS-${i}`);
      return i % 7 === 6 ? setAt(record, "/recordedAt", "not a date") : record;
    });
    temp.write("records-3000.ndjson", ndjson(records));
    const [one, two, three] = await withJobs(["validate", "--output", "junit", "records-3000.ndjson"]);
    expect(reconciliationOf(one?.stderr ?? "")).toEqual({
      command: "validate",
      read: 3000,
      ok: 2572,
      rejected: 428,
      files: 1,
    });
    for (const run of [two, three])
      expect(run?.stdout === one?.stdout, "stdout is byte-identical").toBe(true);
  });
});

describe("--jobs when a worker thread cannot start", () => {
  it("is a usage error (exit 2, no stack trace) even while the main thread is still loading", async () => {
    // The workers fail at once; the main thread takes its time, so their failure comes first.
    const adapter = temp.write(
      "fails-in-workers.mjs",
      [
        'import { isMainThread } from "node:worker_threads";',
        `import { createCrimeAdapter } from ${JSON.stringify(join(repoRoot, "packages/adapter-crime/dist/index.js"))};`,
        'if (!isMainThread) throw new Error("fails in worker threads only");',
        "await new Promise((resolve) => setTimeout(resolve, 1500));",
        "export default createCrimeAdapter;",
        "",
      ].join("\n"),
    );
    temp.write("one-row.ndjson", `${JSON.stringify({ crime_ref: "CR-0001" })}\n`);
    const run = await runCli(
      ["flag", "--force", "example-force", "--adapter", adapter, "--jobs", "2", "one-row.ndjson"],
      {
        cwd: temp.path(),
      },
    );
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toContain("cse-flags flag: error: the adapter module");
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
