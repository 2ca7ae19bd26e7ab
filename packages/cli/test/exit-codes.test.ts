import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { crimeRow, csvFor } from "./exports.js";
import { expectUsageError, reconciliationOf } from "./reconciliation.js";
import { exampleRecord, exampleRecordPaths, ndjson, setAt } from "./records.js";
import { exampleExports, repoRoot, runCli } from "./run-cli.js";
import { useTempDir } from "./temp-dir.js";

// Exit codes are the CLI's contract with CI: 0 all valid, 1 findings, 2 the command could not do its job.

const temp = useTempDir();

const baseRow = crimeRow("CR-0101");

describe("exit code 0: everything read was valid", () => {
  it("validates the four example records", async () => {
    const run = await runCli(["validate", ...Object.values(exampleRecordPaths)]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe("");
    expect(reconciliationOf(run.stderr)).toEqual({
      command: "validate",
      read: 4,
      ok: 4,
      rejected: 0,
      files: 4,
    });
  });

  it("validates the four example exports through their adapters", async () => {
    const run = await runCli([
      "validate",
      "--force",
      "example-force",
      ...Object.entries(exampleExports).flatMap(([id, file]) => ["--adapter", `${id}=${file}`]),
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(reconciliationOf(run.stderr)).toEqual({
      command: "validate",
      read: 20,
      ok: 20,
      rejected: 0,
      files: 4,
    });
  });
});

describe("exit code 1: findings", () => {
  it("an invalid canonical record", async () => {
    const bad = setAt(exampleRecord("crime"), "/classification", "NOT-A-MARKING");
    const file = temp.write("one-invalid.ndjson", ndjson([exampleRecord("crime"), bad]));
    const run = await runCli(["validate", file]);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toMatch(
      /one-invalid\.ndjson:2: rejected \(validate\)\n {2}\/classification invalid_value: /,
    );
    expect(reconciliationOf(run.stderr)).toMatchObject({ read: 2, ok: 1, rejected: 1 });
  });

  it("a source row the adapter rejects", async () => {
    const file = temp.write(
      "one-rejected.csv",
      csvFor("crime", [baseRow, { ...baseRow, crime_ref: "CR-0102", person_1_role: "ZZZ" }]),
    );
    const run = await runCli(["validate", "--adapter", "crime", "--force", "example-force", file]);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toMatch(
      /one-rejected\.csv:3: rejected \(map\)\n {2}\/person_1_role adapter_rejected\W+unmapped-person-role/,
    );
    expect(reconciliationOf(run.stderr)).toMatchObject({ read: 2, ok: 1, rejected: 1 });
  });

  it("a line that is not JSON", async () => {
    const file = temp.write(
      "broken-line.ndjson",
      `${JSON.stringify(exampleRecord("custody"))}\n{"kind": "crime",\n`,
    );
    const run = await runCli(["validate", file]);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toMatch(/broken-line\.ndjson:2: rejected \(read\)\n {2}invalid_json: /);
    expect(reconciliationOf(run.stderr)).toMatchObject({ read: 2, ok: 1, rejected: 1 });
  });

  it("a file that stops early on bytes that are not UTF-8", async () => {
    const good = Buffer.from(ndjson([exampleRecord("crime")]));
    const file = temp.write(
      "not-utf8.ndjson",
      Buffer.concat([good, Buffer.from([0xc3, 0x28, 0xff, 0x0a]), good]),
    );
    const run = await runCli(["validate", file]);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toMatch(/not-utf8\.ndjson(:\d+)?: stopped reading: invalid_utf8: /);
    expect(run.stderr).toMatch(
      /not-utf8\.ndjson: stopped (at line \d+|after \d+ record\(s\)) \(invalid_utf8\); the rest was not read/,
    );
  });
});

describe("exit code 2: the command could not do its job, with a hint", () => {
  const record = exampleRecordPaths.crime;

  it("an unknown option, with a did-you-mean", async () => {
    expectUsageError(
      await runCli(["validate", "--outptu", "json", record]),
      /unknown option --outptu/,
      /Did you mean --output\?/,
    );
  });

  it("a report that would overwrite a policy overlay the command reads", async () => {
    const overlay = temp.write(
      "overlay.json",
      readFileSync(join(repoRoot, "examples", "policy-overlays", "example-force.json"), "utf8"),
    );
    const before = readFileSync(overlay, "utf8");
    expectUsageError(
      await runCli(["flag", "--policy", overlay, "--report", overlay, record]),
      /--report .*overlay\.json is also an input file/,
      /another file/,
    );
    expect(readFileSync(overlay, "utf8")).toBe(before);
  });

  it("an unknown command, with a did-you-mean", async () => {
    expectUsageError(await runCli(["valdate", record]), /unknown command valdate/, /Did you mean validate\?/);
  });

  it("an unknown taxonomy subcommand", async () => {
    expectUsageError(await runCli(["taxonomy", "lst"]), /unknown taxonomy subcommand lst/, /taxonomy list/);
  });

  it("an unknown adapter: the hint lists the known ones", async () => {
    const run = await runCli([
      "validate",
      "--adapter",
      "crimes",
      "--force",
      "example-force",
      exampleExports.crime,
    ]);
    expectUsageError(
      run,
      /unknown adapter crimes/,
      /Known adapters: crime, intelligence, custody, missing-person\./,
    );
  });

  it("a file that does not exist", async () => {
    const run = await runCli(["validate", "no-such-file.ndjson"], { cwd: temp.path() });
    expectUsageError(run, /cannot read no-such-file\.ndjson: no such file/, /Check the path/);
  });

  it("a directory where a file was expected", async () => {
    temp.write("a-folder/records.ndjson", "");
    const run = await runCli(["validate", "a-folder"], { cwd: temp.path() });
    expectUsageError(run, /a-folder is a directory/, /Name the files in it instead/);
  });

  it("--adapter without --force", async () => {
    const run = await runCli(["map", "--adapter", "crime", exampleExports.crime]);
    expectUsageError(run, /--adapter needs --force <ref>/, /--force example-force/);
  });

  it("map without --adapter", async () => {
    expectUsageError(await runCli(["map", record]), /map needs an adapter/, /--adapter <id>/);
  });

  it("a --jobs that is not a whole number from 1 to 64", async () => {
    expectUsageError(await runCli(["validate", "--jobs", "0", record]), /--jobs must be a whole number/);
  });

  it("an --output that is not one of the formats", async () => {
    expectUsageError(
      await runCli(["validate", "--output", "xml", record]),
      /--output must be one of: text, json, junit, github/,
    );
  });

  it("a report file that cannot be written", async () => {
    const run = await runCli(["validate", "--report", "no-such-folder/report.txt", record], {
      cwd: temp.path(),
    });
    expectUsageError(run, /cannot write the report to no-such-folder\/report\.txt/);
  });

  it("--report or --rejects naming an input file: refused, and the input left as it was", async () => {
    const records = ndjson([exampleRecord("crime")]);
    const input = temp.write("input-as-report.ndjson", records);
    const report = await runCli(["validate", "--report", "input-as-report.ndjson", input], {
      cwd: temp.path(),
    });
    expect(readFileSync(input, "utf8"), "the input is not truncated").toBe(records);
    expectUsageError(report, /input-as-report\.ndjson/);

    const csv = temp.write("input-as-rejects.csv", readFileSync(exampleExports.crime));
    const rejects = await runCli([
      "map",
      "--adapter",
      "crime",
      "--force",
      "example-force",
      "--rejects",
      csv,
      csv,
    ]);
    expect(readFileSync(csv, "utf8"), "the input is not truncated").toBe(
      readFileSync(exampleExports.crime, "utf8"),
    );
    expect(rejects.code).toBe(2);
  });

  it("no arguments at all: the main help, on stderr", async () => {
    const run = await runCli([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^Usage: cse-flags <command>/);
  });

  it("no files to read", async () => {
    expectUsageError(await runCli(["validate"]), /no files to read/);
  });
});
