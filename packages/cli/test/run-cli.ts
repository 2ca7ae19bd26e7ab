import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The repository root. */
export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

/** The `cse-flags` command as the workspace installs it: pnpm's shim for the package's `bin`. */
export const cliBin = fileURLToPath(new URL("../../../node_modules/.bin/cse-flags", import.meta.url));

const builtBin = fileURLToPath(new URL("../dist/bin.js", import.meta.url));

/** The bundled example exports of the four systems, by adapter id. */
export const exampleExports = {
  crime: fileURLToPath(new URL("../../../examples/consistent-flagging/exports/crime.csv", import.meta.url)),
  intelligence: fileURLToPath(
    new URL("../../../examples/consistent-flagging/exports/intelligence.csv", import.meta.url),
  ),
  custody: fileURLToPath(
    new URL("../../../examples/consistent-flagging/exports/custody.csv", import.meta.url),
  ),
  "missing-person": fileURLToPath(
    new URL("../../../examples/consistent-flagging/exports/missing-person.csv", import.meta.url),
  ),
} as const;

export interface CliRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CliRunOptions {
  readonly cwd?: string;
  /** Written to stdin, which is then closed; without it stdin is empty. */
  readonly input?: string | Uint8Array;
  readonly env?: Readonly<Record<string, string>>;
}

/** Fails with a clear message when the binary has not been built. */
export function assertBuilt(): void {
  if (!existsSync(builtBin) || !existsSync(cliBin))
    throw new Error("packages/cli/dist/bin.js is missing: run `pnpm build` before `pnpm test:e2e`");
}

/** Runs `cse-flags` with arguments in a child process and collects everything it printed. */
export function runCli(args: readonly string[], options: CliRunOptions = {}): Promise<CliRun> {
  assertBuilt();
  return new Promise((resolve, reject) => {
    const child = spawn(cliBin, [...args], {
      cwd: options.cwd ?? repoRoot,
      env: { ...process.env, CI: "", GITHUB_ACTIONS: "", ...options.env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    child.on("error", reject);
    child.on("close", (code, signal) =>
      resolve({
        code,
        signal,
        stdout: Buffer.concat(stdout).toString("utf8"),
        stderr: Buffer.concat(stderr).toString("utf8"),
      }),
    );
    child.stdin.on("error", () => undefined);
    child.stdin.end(options.input ?? "");
  });
}
