import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot, runCli } from "./run-cli.js";

const commands = ["validate", "map", "flag", "schema", "taxonomy list", "taxonomy show", "taxonomy diff"];

describe("--help", () => {
  it("for the main command: usage, every command, the exit codes, and examples", async () => {
    const run = await runCli(["--help"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/^Usage: cse-flags <command> \[options\]/);
    for (const command of commands) expect(run.stdout).toMatch(new RegExp(`^ {2}${command} {2,}\\S`, "m"));
    expect(run.stdout).toMatch(/^ {2}2 {2}the command could not do its job/m);
    expect(run.stdout).toContain("Examples:");
  });

  it.each(commands)("for %s: usage, options and examples, on stdout, exit code 0", async (command) => {
    const run = await runCli([...command.split(" "), "--help"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout.startsWith(`Usage: cse-flags ${command} `)).toBe(true);
    expect(run.stdout).toMatch(/\nOptions:\n/);
    expect(run.stdout).toMatch(/^ {2}-h, --help {2,}Show this help$/m);
    expect(run.stdout).toMatch(/\nExamples:\n {2}\S.*\n {4}\$ cse-flags /);
  });

  it("-h and `help <command>` show the same help as --help", async () => {
    const [long, short, word] = await Promise.all([
      runCli(["flag", "--help"]),
      runCli(["flag", "-h"]),
      runCli(["help", "flag"]),
    ]);
    expect(short.stdout).toBe(long.stdout);
    expect(word.stdout).toBe(long.stdout);
  });

  it("for the taxonomy group: names its subcommands, exit code 0, also as `help taxonomy`", async () => {
    const [run, word] = await Promise.all([runCli(["taxonomy", "--help"]), runCli(["help", "taxonomy"])]);
    expect(run.code, run.stderr).toBe(0);
    for (const sub of ["list", "show", "diff"]) expect(run.stdout).toContain(`taxonomy ${sub}`);
    expect([word.code, word.stdout]).toEqual([0, run.stdout]);
  });

  it("wins over everything else on the line, even a mistake", async () => {
    const run = await runCli(["validate", "--help", "--jobs", "0", "no-such-file.ndjson"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: cse-flags validate /);
  });
});

describe("--version", () => {
  it("prints the version in packages/cli/package.json", async () => {
    const { version } = JSON.parse(readFileSync(join(repoRoot, "packages/cli/package.json"), "utf8")) as {
      version: string;
    };
    const run = await runCli(["--version"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${version}\n`);
    expect(run.stderr).toBe("");
  });
});
