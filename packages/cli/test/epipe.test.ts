import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { repeatExport } from "./exports.js";
import { assertBuilt, cliBin } from "./run-cli.js";
import { useTempDir } from "./temp-dir.js";

// `cse-flags map ... | head -n 1`: the reader goes away early. The command must stop quietly,
// with no stack trace and no "internal error", and not be killed by a signal.

const temp = useTempDir();

interface EarlyClose {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly firstLine: string;
  readonly stderr: string;
}

/** Runs the command, reads stdout up to its first line, then closes the pipe, as `head -n 1` does. */
function readFirstLineThenClose(args: readonly string[]): Promise<EarlyClose> {
  assertBuilt();
  return new Promise((resolve, reject) => {
    const child = spawn(cliBin, [...args], { cwd: temp.path(), stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      stdout += chunk;
      if (stdout.includes("\n")) child.stdout.destroy();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    child.on("error", reject);
    child.on("close", (code, signal) =>
      resolve({ code, signal, firstLine: stdout.split("\n")[0] ?? "", stderr }),
    );
  });
}

describe("a reader that closes the pipe early", () => {
  it.each([
    ["map", ["map", "--adapter", "crime", "--force", "example-force", "crime-4000.csv"]],
    [
      "flag --output json",
      ["flag", "--adapter", "crime", "--force", "example-force", "--output", "json", "crime-4000.csv"],
    ],
    [
      "map --jobs 2",
      ["map", "--adapter", "crime", "--force", "example-force", "--jobs", "2", "crime-4000.csv"],
    ],
  ])("%s stops quietly", async (_, args) => {
    temp.write("crime-4000.csv", repeatExport("crime", 800));
    const run = await readFirstLineThenClose(args);
    expect(JSON.parse(run.firstLine)).toBeTypeOf("object");
    expect(run.signal).toBeNull();
    // Output that cannot be written is exit code 2 by the contract; it also shows the pipe closed before the end.
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+|Error:|internal error|EPIPE/);
    expect(run.stderr).toMatch(/the output was closed before the command finished/);
  });
});
