import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { expectUsageError, reconciliationOf } from "./reconciliation.js";
import { exampleRecord, jsonLines, ndjson, setAt } from "./records.js";
import { exampleExports, runCli } from "./run-cli.js";
import { useTempDir } from "./temp-dir.js";

const temp = useTempDir();

const threeRecords = () => [
  exampleRecord("crime"),
  setAt(exampleRecord("custody"), "/kind", "x"),
  exampleRecord("intelligence"),
];

describe("stdin as -", () => {
  it("reads NDJSON from stdin with --format ndjson, and names it <stdin>", async () => {
    const run = await runCli(["validate", "--format", "ndjson", "-"], { input: ndjson(threeRecords()) });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^<stdin>:2: rejected \(validate\)$/m);
    expect(reconciliationOf(run.stderr)).toEqual({
      command: "validate",
      read: 3,
      ok: 2,
      rejected: 1,
      files: 1,
    });
  });

  it("reads a JSON array from stdin with --format json", async () => {
    const run = await runCli(["validate", "--format", "json", "--output", "json", "-"], {
      input: JSON.stringify(threeRecords(), null, 2),
    });
    expect(run.code).toBe(1);
    const [rejected] = jsonLines(run.stdout) as { file: string; index: number }[];
    expect(rejected).toMatchObject({ type: "rejected", file: "<stdin>", index: 1 });
  });

  it("maps a CSV export from stdin", async () => {
    const run = await runCli(
      ["map", "--adapter", "crime", "--force", "example-force", "--format", "csv", "-"],
      {
        input: readFileSync(exampleExports.crime),
      },
    );
    expect(run.code, run.stderr).toBe(0);
    expect(jsonLines(run.stdout)).toHaveLength(5);
  });

  it("reads stdin alongside files, in the order named", async () => {
    const file = temp.write("before-stdin.ndjson", ndjson([exampleRecord("crime")]));
    const run = await runCli(["flag", "--format", "ndjson", file, "-"], {
      input: ndjson([exampleRecord("custody")]),
    });
    expect(run.code).toBe(0);
    const headers = run.stdout.split("\n").filter((l) => /^\S/.test(l));
    expect(headers.map((h) => h.replace(/:1:.*$/, ""))).toEqual([file, "<stdin>"]);
    expect(reconciliationOf(run.stderr)).toMatchObject({ read: 2, files: 2 });
  });

  it("needs --format: stdin has no extension", async () => {
    expectUsageError(
      await runCli(["validate", "-"], { input: ndjson(threeRecords()) }),
      /cannot tell the format of stdin/,
      /--format/,
    );
  });

  it("can be named only once", async () => {
    expectUsageError(
      await runCli(["validate", "--format", "ndjson", "-", "-"]),
      /stdin \(-\) can be read only once/,
    );
  });
});

describe("the format from the file's extension", () => {
  it(".jsonl is NDJSON", async () => {
    const file = temp.write("records.jsonl", ndjson(threeRecords()));
    const run = await runCli(["validate", file]);
    expect(run.code).toBe(1);
    expect(reconciliationOf(run.stderr)).toMatchObject({ read: 3, ok: 2, rejected: 1 });
  });

  it("a .json array is read element by element, each with the line it starts on", async () => {
    const file = temp.write("records.json", JSON.stringify(threeRecords(), null, 2));
    const run = await runCli(["validate", "--output", "json", file]);
    expect(run.code).toBe(1);
    const [rejected, summary] = jsonLines(run.stdout) as Record<string, unknown>[];
    const starts = JSON.stringify(threeRecords(), null, 2)
      .split("\n")
      .flatMap((text, i) => (text === "  {" ? [i + 1] : []));
    const secondStarts = starts[1];
    expect(rejected).toMatchObject({ type: "rejected", index: 1, line: secondStarts });
    expect(summary).toMatchObject({ type: "summary", read: 3, ok: 2, rejected: 1 });
  });

  it("a .json file holding one document is one record", async () => {
    const file = temp.write("one.json", JSON.stringify(exampleRecord("missing-person"), null, 2));
    const run = await runCli(["validate", file]);
    expect(run.code).toBe(0);
    expect(reconciliationOf(run.stderr)).toMatchObject({ read: 1, ok: 1, rejected: 0 });
  });

  it("a .json file that is not JSON is one rejected record", async () => {
    const file = temp.write("broken.json", '{"kind": "crime",');
    const run = await runCli(["validate", file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/broken\.json:1: rejected \(read\)\n {2}invalid_json: /);
  });

  it("--format overrides the extension", async () => {
    const file = temp.write("records.txt", ndjson(threeRecords()));
    expectUsageError(
      await runCli(["validate", file]),
      /cannot tell the format of .*records\.txt from its extension/,
      /--format/,
    );
    const run = await runCli(["validate", "--format", "ndjson", file]);
    expect(reconciliationOf(run.stderr)).toMatchObject({ read: 3, ok: 2, rejected: 1 });
  });

  it("a CSV of canonical records is a usage mistake whose hint names --adapter", async () => {
    const file = temp.write("records.csv", "kind,recordId\ncrime,CR-1\n");
    expectUsageError(
      await runCli(["validate", file]),
      /records\.csv is csv, but --kind record reads ndjson or json/,
      /--adapter/,
    );
  });

  it("an adapter that reads JSON takes the export as a .json array and maps it as it maps the CSV", async () => {
    const [header = "", ...rows] = readFileSync(exampleExports.crime, "utf8").trim().split("\n");
    const columns = header.split(",");
    const objects = rows.map((row) =>
      Object.fromEntries(row.split(",").map((cell, i) => [columns[i], cell])),
    );
    const file = temp.write("crime-export.json", JSON.stringify(objects));
    const map = ["map", "--adapter", "crime", "--force", "example-force"];
    const [fromJson, fromCsv] = await Promise.all([
      runCli([...map, file]),
      runCli([...map, exampleExports.crime]),
    ]);
    expect(fromJson.code, fromJson.stderr).toBe(0);
    expect(jsonLines(fromJson.stdout)).toHaveLength(5);
    expect(fromJson.stdout).toBe(fromCsv.stdout);
  });
});
