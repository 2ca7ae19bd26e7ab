/**
 * The CI examples, run for real: the shell script with the built `cse-flags` binary on real
 * files, and each `cse-flags` command of the GitHub workflow on the bundled exports. Run
 * with `pnpm test:e2e` (after `pnpm build`).
 */
import { spawn } from "node:child_process";
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, cliBin, exampleExports, repoRoot } from "../../packages/cli/test/run-cli.js";

const script = fileURLToPath(new URL("validate-exports.sh", import.meta.url));
const workflowText = readFileSync(new URL("github-workflow.yml", import.meta.url), "utf8");
const bundledDir = join(repoRoot, "examples/consistent-flagging/exports");

// In a broken row: a made-up value that must never reach any output.
const sentinel = "ZZQ-SENTINEL-4471";

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a command with bash, as a CI system would, and collects what it printed. */
function runBash(
  args: readonly string[],
  options: { cwd: string; env?: Readonly<Record<string, string>> },
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn("bash", [...args], {
      cwd: options.cwd,
      env: { ...process.env, CI: "", GITHUB_ACTIONS: "", CSE_FLAGS: cliBin, ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    child.on("error", reject);
    child.on("close", (code) =>
      resolve({
        code,
        stdout: Buffer.concat(stdout).toString("utf8"),
        stderr: Buffer.concat(stderr).toString("utf8"),
      }),
    );
  });
}

/** Records in a CSV export: line breaks outside quotes, less the header, blank lines left out. */
function csvRecordCount(text: string): number {
  let rows = 0;
  let inQuotes = false;
  let rowHasText = false;
  for (const char of text) {
    if (char === '"') inQuotes = !inQuotes;
    if (char === "\n" && !inQuotes) {
      if (rowHasText) rows += 1;
      rowHasText = false;
    } else if (char !== "\r") rowHasText = true;
  }
  if (rowHasText) rows += 1;
  return rows - 1;
}

interface Counts {
  readonly tests: number;
  readonly failures: number;
  readonly errors: number;
}

const countsOf = (attributes: string): Counts => {
  const read = (name: string): number => Number(new RegExp(`\\b${name}="(\\d+)"`).exec(attributes)?.[1]);
  return { tests: read("tests"), failures: read("failures"), errors: read("errors") };
};

const unescapeXml = (text: string): string =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** The JUnit report's totals and each test suite (one per file), read with regular expressions. */
function readJunit(xml: string): { totals: Counts; suites: Map<string, Counts> } {
  const totals = /<testsuites\b([^>]*)>/.exec(xml);
  if (totals === null) throw new Error("no <testsuites> element in the report");
  const suites = new Map<string, Counts>();
  for (const match of xml.matchAll(/<testsuite name="([^"]*)"([^>]*)>/g))
    suites.set(basename(unescapeXml(match[1] ?? "")), countsOf(match[2] ?? ""));
  return { totals: countsOf(totals[1] ?? ""), suites };
}

const temporary: string[] = [];
function tempDir(prefix = "cse-flags-ci-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}

/** A copy of the bundled exports, under the given file names. */
function copyExports(names: Readonly<Record<keyof typeof exampleExports, string>>, dir = tempDir()): string {
  mkdirSync(dir, { recursive: true });
  for (const [adapter, name] of Object.entries(names))
    copyFileSync(exampleExports[adapter as keyof typeof exampleExports], join(dir, name));
  return dir;
}

const bundledNames = {
  crime: "crime.csv",
  intelligence: "intelligence.csv",
  custody: "custody.csv",
  "missing-person": "missing-person.csv",
} as const;

beforeAll(() => assertBuilt());
afterAll(async () => {
  await Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe("validate-exports.sh", () => {
  it("validates the bundled exports by default: exit 0, one JUnit suite per file with its row count", async () => {
    const cwd = tempDir();
    const run = await runBash([script], { cwd });
    expect(run.stderr).toContain("cse-flags validate: read 20, ok 20, rejected 0 (4 files)");
    expect(run.code).toBe(0);
    const { totals, suites } = readJunit(readFileSync(join(cwd, "reports/cse-flags.xml"), "utf8"));
    const expected = new Map(
      readdirSync(bundledDir).map((name) => [
        name,
        csvRecordCount(readFileSync(join(bundledDir, name), "utf8")),
      ]),
    );
    expect(expected.size).toBe(4);
    expect([...suites.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [name, rows] of expected)
      expect(suites.get(name)).toEqual({ tests: rows, failures: 0, errors: 0 });
    const rows = [...expected.values()].reduce((a, b) => a + b, 0);
    expect(totals).toEqual({ tests: rows, failures: 0, errors: 0 });
  });

  it("exits 1 for a broken row, with a failure naming the file and line, and never its values", async () => {
    const dir = copyExports(bundledNames);
    const crime = join(dir, "crime.csv");
    const text = readFileSync(crime, "utf8");
    const lines = text.trimEnd().split("\n").length;
    // The crime export's columns, with an impossible recorded date; the other cells are blank.
    const columns = (text.split("\n")[0] ?? "").split(",").length;
    const cells = Array.from({ length: columns }, () => "");
    cells[0] = "CR-9001";
    cells[2] = sentinel;
    writeFileSync(crime, `${text.trimEnd()}\n${cells.join(",")}\n`);
    const reports = join(dir, "out");

    const run = await runBash([script, dir, reports], { cwd: dir });
    expect(run.code).toBe(1);
    const xml = readFileSync(join(reports, "cse-flags.xml"), "utf8");
    const { totals, suites } = readJunit(xml);
    expect(suites.get("crime.csv")).toEqual({ tests: lines, failures: 1, errors: 0 });
    expect(totals.failures).toBe(1);
    const failure = /<testcase name="line (\d+)" classname="([^"]*)">\s*<failure message="([^"]*)"/.exec(xml);
    expect(failure?.[1]).toBe(String(lines + 1));
    expect(failure?.[2]).toBe(crime);
    expect(failure?.[3]).toContain(`${crime}:${lines + 1}: rejected`);
    expect(run.stderr).toContain("rejected 1");
    for (const output of [xml, run.stdout, run.stderr]) {
      expect(output).not.toContain(sentinel);
      expect(output).not.toContain("CR-9001");
    }
  });

  it("exits 2 with a clear message for a directory with no exports", async () => {
    const empty = tempDir();
    const run = await runBash([script, empty, join(empty, "out")], { cwd: empty });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`no exports to validate in ${empty}`);
    expect(readdirSync(empty)).toEqual([]);
  });

  it("skips files no adapter reads, and still exits 2 when nothing is left", async () => {
    const dir = tempDir();
    for (const name of ["notes.txt", "README.md", "other.csv", "crimes.txt"])
      writeFileSync(join(dir, name), "x\n");
    const run = await runBash([script, dir, join(dir, "out")], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("skipped other.csv");
    expect(run.stderr).toContain("4 other file(s) skipped");
  });

  it("reads file and folder names with spaces", async () => {
    const dir = join(tempDir(), "force exports");
    copyExports({ ...bundledNames, crime: "crime march 2026.csv", custody: "custody - suite B.csv" }, dir);
    const reports = join(dir, "..", "the reports");
    const run = await runBash([script, dir, reports], { cwd: dir });
    expect(run.stderr).toContain("read 20, ok 20, rejected 0 (4 files)");
    expect(run.code).toBe(0);
    const { suites } = readJunit(readFileSync(join(reports, "cse-flags.xml"), "utf8"));
    expect(suites.get("crime march 2026.csv")?.tests).toBe(5);
    expect(suites.get("custody - suite B.csv")?.tests).toBe(5);
  });

  it("reads a file by the longest adapter id its name starts with, and only the adapters listed", async () => {
    // A first match would read missing-person.csv as "missing", which cse-flags does not know.
    const dir = copyExports({ ...bundledNames, crime: "crime_2026.csv" });
    const run = await runBash([script, dir, join(dir, "out")], {
      cwd: dir,
      env: { CSE_FLAGS_ADAPTERS: "missing missing-person crime" },
    });
    expect(run.stderr).not.toContain("unknown adapter");
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("skipped custody.csv");
    const { suites } = readJunit(readFileSync(join(dir, "out/cse-flags.xml"), "utf8"));
    expect([...suites.keys()].sort()).toEqual(["crime_2026.csv", "missing-person.csv"]);
  });

  it("reads files with an adapter module named by <prefix>=<module>", async () => {
    const dir = tempDir();
    copyFileSync(exampleExports.crime, join(dir, "force-x.csv"));
    const run = await runBash([script, dir, join(dir, "out")], {
      cwd: dir,
      env: { CSE_FLAGS_ADAPTERS: "crime force-x=./adapters/no-such-adapter.mjs" },
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `the adapter module ${join(dir, "adapters/no-such-adapter.mjs")} could not be loaded`,
    );
  });

  it("passes further options to cse-flags, and exits with its exit code", async () => {
    const dir = copyExports(bundledNames);
    const jobs = await runBash([script, dir, join(dir, "out"), "--jobs", "2"], { cwd: dir });
    expect(jobs.code).toBe(0);
    const wrong = await runBash([script, dir, join(dir, "out"), "--no-such-option"], { cwd: dir });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("unknown option --no-such-option");
  });

  it("exits 2 when cse-flags cannot be found", async () => {
    const cwd = tempDir();
    const run = await runBash([script], { cwd, env: { CSE_FLAGS: join(cwd, "no-such-cse-flags") } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("set CSE_FLAGS");
  });
});

/** A step of the workflow: its lines, and its `run` script with folded (`>`) lines joined. */
interface Step {
  readonly lines: readonly string[];
  readonly run?: string;
}

/** The workflow's steps, read line by line: enough YAML for this file, and no YAML library. */
function workflowSteps(text: string): Step[] {
  const lines = text.split("\n");
  const start = lines.findIndex((line) => /^\s*steps:\s*$/.test(line));
  const steps: string[][] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^\s*- /.test(line) && /^(\s*)-/.exec(line)?.[1]?.length === 6) steps.push([line]);
    else steps.at(-1)?.push(line);
  }
  return steps.map((stepLines) => {
    const at = stepLines.findIndex((line) => /^\s*-?\s*run:/.test(line));
    if (at < 0) return { lines: stepLines };
    const head = stepLines[at] ?? "";
    const indent = head.indexOf("run:");
    const style = head.slice(indent + 4).trim();
    if (style !== ">-" && style !== ">" && style !== "|") return { lines: stepLines, run: style };
    const body: string[] = [];
    for (const line of stepLines.slice(at + 1)) {
      if (line.trim() !== "" && line.search(/\S/) <= indent) break;
      body.push(line.trim());
    }
    return { lines: stepLines, run: body.join(style === "|" ? "\n" : " ").trim() };
  });
}

const workflowEnv = (text: string): Record<string, string> => {
  const env: Record<string, string> = {};
  for (const match of text.matchAll(/^ {6}(CSE_FLAGS_[A-Z_]+): (\S+)/gm))
    env[match[1] ?? ""] = match[2] ?? "";
  return env;
};

describe("github-workflow.yml", () => {
  const steps = workflowSteps(workflowText);
  const cliSteps = steps.filter((step) => step.run !== undefined && /(^|[\s;&|])cse-flags\s/.test(step.run));

  it("runs cse-flags validate twice: annotations, then a JUnit report", () => {
    expect(cliSteps).toHaveLength(2);
    expect(cliSteps[0]?.run).toMatch(/cse-flags validate .*--output github/);
    expect(cliSteps[1]?.run).toMatch(/cse-flags validate .*--output junit --report reports\/cse-flags\.xml/);
  });

  it("uploads the report and nothing else", () => {
    const uploads = steps.filter((step) =>
      step.lines.some((line) => line.includes("actions/upload-artifact@")),
    );
    expect(uploads).toHaveLength(1);
    const paths = uploads[0]?.lines
      .filter((line) => /^\s*path:/.test(line))
      .map((line) => line.split(":")[1]?.trim());
    expect(paths).toEqual(["reports/cse-flags.xml"]);
    // A multi-line path (path: |) would hide more files; no other step uploads anything.
    expect(workflowText.match(/^\s*path:/gm)).toHaveLength(1);
    expect(workflowText).not.toMatch(/upload-artifact[\s\S]*path:\s*[|>]/);
  });

  it("pins every action by its major version", () => {
    const uses = [...workflowText.matchAll(/uses: (\S+)/g)].map((match) => match[1]);
    expect(uses.length).toBeGreaterThanOrEqual(3);
    for (const action of uses) expect(action).toMatch(/^actions\/[a-z-]+@v\d+$/);
  });

  it("has cse-flags commands the real CLI accepts: each exits 0 on the bundled exports", async () => {
    // A workspace like the team's repository: exports/ holds the bundled exports, and
    // cse-flags on PATH is the repository's built binary.
    const workspace = copyExports(bundledNames, join(tempDir(), "exports"));
    const root = join(workspace, "..");
    const bin = join(root, ".bin");
    mkdirSync(bin);
    writeFileSync(join(bin, "cse-flags"), `#!/bin/sh\nexec "${cliBin}" "$@"\n`);
    chmodSync(join(bin, "cse-flags"), 0o755);
    const fromWorkflow = workflowEnv(workflowText);
    expect(fromWorkflow.CSE_FLAGS_FORCE).toBe("example-force");
    const env = { ...fromWorkflow, PATH: `${bin}:${process.env.PATH ?? ""}` };

    for (const step of cliSteps) {
      const run = await runBash(["-e", "-o", "pipefail", "-c", step.run ?? ""], { cwd: root, env });
      expect({ run: step.run, code: run.code, stderr: run.stderr }).toMatchObject({ code: 0 });
      expect(run.stderr).toContain("cse-flags validate: read 20, ok 20, rejected 0 (4 files)");
      if (step.run?.includes("--output github"))
        expect(run.stdout).toContain("::notice title=cse-flags validate::read 20, ok 20, rejected 0");
    }
    const { totals } = readJunit(readFileSync(join(root, "reports/cse-flags.xml"), "utf8"));
    expect(totals).toEqual({ tests: 20, failures: 0, errors: 0 });
  });

  it("annotates a rejected record on its file and line", async () => {
    const workspace = copyExports(bundledNames, join(tempDir(), "exports"));
    const root = join(workspace, "..");
    const custody = join(workspace, "custody.csv");
    const text = readFileSync(custody, "utf8");
    writeFileSync(
      custody,
      text.replace(
        "CU-2003,CENTRAL,OFFICIAL-SENSITIVE,20/03/2026 16:40",
        `CU-2003,CENTRAL,OFFICIAL-SENSITIVE,${sentinel}`,
      ),
    );
    const annotate = cliSteps.find((step) => step.run?.includes("--output github"))?.run ?? "";
    const run = await runBash(["-c", annotate.replace(/\bcse-flags\b/, `"${cliBin}"`)], {
      cwd: root,
      env: workflowEnv(workflowText),
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /^::error file=exports\/custody\.csv,line=4,title=cse-flags%3A record rejected/m,
    );
    expect(run.stdout + run.stderr).not.toContain(sentinel);
  });
});
