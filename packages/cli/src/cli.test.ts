import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collector } from "../test/collector.js";
import { mainHelp, run } from "./cli.js";
import { validateSpec } from "./commands/validate.js";
import { commandHelp } from "./help.js";
import type { CliIo } from "./io.js";
import { cliVersion } from "./version.js";

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cli-test-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the command line in process with fake streams and returns what it printed. */
async function cli(
  argv: readonly string[],
  over: Partial<CliIo> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = collector();
  const stderr = collector();
  const stdin = new PassThrough();
  stdin.end();
  const code = await run(argv, { stdin, stdout: stdout.out, stderr: stderr.out, cwd: dir, env: {}, ...over });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

const sentinel = "SENTINEL-CHILD-A-9001";
const validRecord = readFileSync(
  new URL("../../../examples/records/crime-0001.json", import.meta.url),
  "utf8",
);
const crimeCsv = new URL("../../../examples/consistent-flagging/exports/crime.csv", import.meta.url);

describe("run: help and dispatch", () => {
  it("prints the top help to stderr and exits 2 when given no arguments", async () => {
    expect(await cli([])).toEqual({ code: 2, stdout: "", stderr: mainHelp() });
  });

  it("prints the top help to stdout and exits 0 for --help, -h and help", async () => {
    for (const argv of [["--help"], ["-h"], ["help"]])
      expect(await cli(argv)).toEqual({ code: 0, stdout: mainHelp(), stderr: "" });
  });

  it("lists every command and the exit codes in the top help", () => {
    const help = mainHelp();
    for (const name of [
      "validate",
      "map",
      "flag",
      "schema",
      "taxonomy list",
      "taxonomy show",
      "taxonomy diff",
    ])
      expect(help).toContain(`  ${name} `);
    expect(help).toMatch(/Exit codes:\n {2}0 +everything read was valid\n {2}1 +findings/);
  });

  it("prints the version", async () => {
    expect(await cli(["--version"])).toEqual({ code: 0, stdout: `${cliVersion}\n`, stderr: "" });
  });

  it("shows a command's help for help <command> and <command> --help", async () => {
    const expected = { code: 0, stdout: commandHelp(validateSpec), stderr: "" };
    expect(await cli(["help", "validate"])).toEqual(expected);
    expect(await cli(["validate", "--help"])).toEqual(expected);
    expect(await cli(["validate", "-h", "--kind", "nonsense"])).toEqual(expected);
    expect(expected.stdout).toContain("Usage: cse-flags validate [options] <file...>");
    expect(expected.stdout).toContain("Examples:");
    const diff = await cli(["help", "taxonomy", "diff"]);
    expect(diff.code).toBe(0);
    expect(diff.stdout).toContain("Usage: cse-flags taxonomy diff");
  });

  it("names an unknown command, guesses the one meant and lists them all", async () => {
    expect(await cli(["valdate", "a.ndjson"])).toEqual({
      code: 2,
      stdout: "",
      stderr:
        "cse-flags: error: unknown command valdate\n" +
        "  Did you mean validate? Commands: validate, map, flag, audit, schema, taxonomy. Run cse-flags --help.\n",
    });
    const far = await cli(["frobnicate"]);
    expect(far.code).toBe(2);
    expect(far.stderr).not.toContain("Did you mean");
  });

  it("asks for a taxonomy subcommand", async () => {
    const none = await cli(["taxonomy"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("cse-flags: error: taxonomy needs a subcommand\n");
    const wrong = await cli(["taxonomy", "lst"]);
    expect(wrong.stderr).toContain("cse-flags: error: unknown taxonomy subcommand lst\n");
    expect(wrong.stderr).toContain("taxonomy list");
  });

  it("prefixes a usage error with the command, and guesses a mistyped option", async () => {
    const result = await cli(["validate", "--kinf", "marker", "a.ndjson"]);
    expect(result).toEqual({
      code: 2,
      stdout: "",
      stderr:
        "cse-flags validate: error: unknown option --kinf\n" +
        "  Did you mean --kind? Run cse-flags validate --help for its options.\n",
    });
  });
});

describe("run: record commands in process", () => {
  it("validates a file: reports the invalid record, prints the reconciliation line, exits 1, never a value", async () => {
    writeFileSync(
      join(dir, "mixed.ndjson"),
      `${JSON.stringify(JSON.parse(validRecord))}\n{"ref":"${sentinel}"}\n`,
    );
    const result = await cli(["validate", "--no-progress", "mixed.ndjson"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^mixed\.ndjson:2: rejected \(validate\)\n/);
    expect(result.stderr).toMatch(/^cse-flags validate: read 2, ok 1, rejected 1 \(1 file\)\n/);
    expect(result.stdout + result.stderr).not.toContain(sentinel);
  });

  it("exits 0 when everything is valid, and 2 for a file that does not exist", async () => {
    writeFileSync(join(dir, "one.json"), validRecord);
    const ok = await cli(["validate", "one.json"]);
    expect(ok).toEqual({
      code: 0,
      stdout: "",
      stderr: "cse-flags validate: read 1, ok 1, rejected 0 (1 file)\n",
    });
    const missing = await cli(["validate", "missing.ndjson"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("cse-flags validate: error: cannot read missing.ndjson: no such file\n");
  });

  it("lists the known adapters for an unknown one", async () => {
    const result = await cli(["map", "--adapter", "crim", "--force", "example-force", "a.csv"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown adapter crim");
    expect(result.stderr).toContain("Known adapters: crime, intelligence, custody, missing-person");
  });

  it("does not call a closed output a bug", async () => {
    const stdout = new Writable({ write: (_chunk, _encoding, done) => done() });
    stdout.destroy();
    const result = await cli(["taxonomy", "list"], { stdout });
    expect(result.code).toBe(2);
    expect(result.stderr).not.toContain("this is a bug");
  });

  it("never throws, exit 2, when even stderr cannot be written", async () => {
    const refusing = (): Writable =>
      new Writable({
        write: (_chunk, _encoding, done) => done(Object.assign(new Error("ENOSPC"), { code: "ENOSPC" })),
      });
    for (const argv of [["validate", "missing.ndjson"], ["valdate"], ["taxonomy", "list"]])
      expect((await cli(argv, { stdout: refusing(), stderr: refusing() })).code).toBe(2);
  });

  it("leaves no junit spool behind when a run fails part way", async () => {
    const spoolRoot = mkdtempSync(join(dir, "tmp-"));
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = spoolRoot;
    try {
      const stdout = new Writable({ write: (_chunk, _encoding, done) => done() });
      stdout.destroy();
      const result = await cli(
        [
          "map",
          "--adapter",
          "crime",
          "--force",
          "example-force",
          "--output",
          "junit",
          "--report",
          "r.xml",
          crimeCsv.pathname,
        ],
        { stdout },
      );
      expect(result.code).toBe(2);
      expect(readdirSync(spoolRoot).filter((name) => name.startsWith("cse-flags-"))).toEqual([]);
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
  });
});
