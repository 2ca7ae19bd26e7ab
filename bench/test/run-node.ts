import { spawn } from "node:child_process";

export const benchDir = new URL("../", import.meta.url).pathname;
export const cliBin = new URL("../node_modules/@cse-flags/cli/bin/cse-flags.js", import.meta.url).pathname;

export interface NodeResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node <args>` in bench/ to the end, collecting its output. */
export function runNode(args: readonly string[]): Promise<NodeResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: benchDir, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (text: string) => {
      stdout += text;
    });
    child.stderr.setEncoding("utf8").on("data", (text: string) => {
      stderr += text;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** Values the generator writes into records: none may appear in a report or a table. */
export const recordValue = /CHILD-\d|ADULT-[A-Z]\d|CR-\d|IR-\d|CU-\d|MP-\d|LOC-\d|\d\d\/\d\d\/\d{4}/;
