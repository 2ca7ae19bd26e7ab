import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseRecord } from "@cse-flags/core";
import { describe, expect, it } from "vitest";
import { exportLines, repeatExport } from "./exports.js";
import { expectUsageError, reconciliationOf } from "./reconciliation.js";
import { jsonLines } from "./records.js";
import { exampleExports, runCli } from "./run-cli.js";
import { useTempDir } from "./temp-dir.js";
import { parseXml } from "./xml.js";

const temp = useTempDir();
const map = ["map", "--adapter", "crime", "--force", "example-force"];

// 3 copies of the 5 example rows; every 4th row has a reference the adapter rejects.
const rows = 15;
const rejectEvery = 4;
const rejectedRows = [4, 8, 12];
const exportFile = (): string => temp.write("crime-15.csv", repeatExport("crime", 3, { rejectEvery }));

describe("map: canonical records on stdout", () => {
  it("writes one valid canonical record per mapped row, in input order", async () => {
    const file = exportFile();
    const run = await runCli([...map, file]);
    expect(run.code, run.stderr).toBe(1);
    const records = jsonLines(run.stdout);
    const expectedIds = Array.from({ length: rows }, (_, i) => i + 1)
      .filter((n) => !rejectedRows.includes(n))
      .map((n) => `CR-${String(n).padStart(6, "0")}`);
    expect(records.map((r) => parseRecord(r).ok)).toEqual(expectedIds.map(() => true));
    expect(records.map((r) => (r as { source: { recordId: string } }).source.recordId)).toEqual(expectedIds);
    expect(reconciliationOf(run.stderr)).toEqual({ command: "map", read: 15, ok: 12, rejected: 3, files: 1 });
  });

  it("maps the example export exactly: every row, nothing rejected, exit 0", async () => {
    const run = await runCli([...map, exampleExports.crime]);
    expect(run.code, run.stderr).toBe(0);
    const ids = jsonLines(run.stdout).map((r) => (r as { source: { recordId: string } }).source.recordId);
    expect(ids).toEqual(exportLines("crime").rows.map((row) => row.split(",")[0]));
  });

  it("puts the text report of rejected rows on stderr, never on stdout", async () => {
    const file = exportFile();
    const run = await runCli([...map, file]);
    expect(run.stdout.split("\n").filter((l) => l !== "" && !l.startsWith("{"))).toEqual([]);
    const reported = [...run.stderr.matchAll(/crime-15\.csv:(\d+): rejected \(source\)/g)].map((m) =>
      Number(m[1]),
    );
    // Line numbers count the header: row n is on line n + 1.
    expect(reported).toEqual(rejectedRows.map((n) => n + 1));
    expect(run.stderr).toMatch(/^ {2}\/crime_ref invalid_format: /m);
  });
});

describe("map --rejects", () => {
  it("writes each rejected row's position, stage and issues, and nothing else", async () => {
    const file = exportFile();
    const run = await runCli([...map, "--rejects", "rejects.ndjson", file], { cwd: temp.path() });
    expect(run.code).toBe(1);
    const rejects = jsonLines(readFileSync(join(temp.path(), "rejects.ndjson"), "utf8")) as Record<
      string,
      unknown
    >[];
    expect(rejects.map((r) => r.line)).toEqual(rejectedRows.map((n) => n + 1));
    expect(rejects.map((r) => r.index)).toEqual(rejectedRows.map((n) => n - 1));
    for (const reject of rejects) {
      expect(Object.keys(reject).sort()).toEqual(["file", "index", "issues", "line", "stage", "type"]);
      expect(reject).toMatchObject({ type: "rejected", file, stage: "source" });
      for (const issue of reject.issues as Record<string, unknown>[]) {
        expect(
          Object.keys(issue).every((k) => ["path", "code", "message", "reason", "line"].includes(k)),
        ).toBe(true);
        expect(issue).toMatchObject({ path: "/crime_ref", code: "invalid_format" });
      }
    }
  });

  it("is empty when nothing is rejected", async () => {
    const run = await runCli([...map, "--rejects", "no-rejects.ndjson", exampleExports.crime], {
      cwd: temp.path(),
    });
    expect(run.code).toBe(0);
    expect(readFileSync(join(temp.path(), "no-rejects.ndjson"), "utf8")).toBe("");
  });
});

describe("map reports in other formats", () => {
  it("refuses --output json without --report: stdout already carries the records", async () => {
    const run = await runCli([...map, "--output", "json", exampleExports.crime]);
    expectUsageError(
      run,
      /map writes canonical records to stdout, so a json report needs a file/,
      /--report <file>/,
    );
  });

  it("writes a JUnit report to --report while the records still go to stdout", async () => {
    const file = exportFile();
    const run = await runCli([...map, "--output", "junit", "--report", "map.xml", file], {
      cwd: temp.path(),
    });
    expect(run.code).toBe(1);
    expect(jsonLines(run.stdout)).toHaveLength(12);
    const xml = parseXml(readFileSync(join(temp.path(), "map.xml"), "utf8"));
    expect(xml.attributes).toMatchObject({ name: "cse-flags map", tests: "15", failures: "3", errors: "0" });
  });
});
