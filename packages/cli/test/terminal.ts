import { spawn, spawnSync } from "node:child_process";
import { assertBuilt, cliBin, repoRoot } from "./run-cli.js";

/** Whether util-linux `script` is there to give the command a real terminal. */
export const hasScript: boolean = (() => {
  const probe = spawnSync("script", ["--version"], { encoding: "utf8" });
  return probe.status === 0 && /util-linux/.test(`${probe.stdout}${probe.stderr}`);
})();

const quote = (word: string): string => `'${word.replace(/'/g, "'\\''")}'`;

export interface TerminalRun {
  readonly code: number | null;
  /** Everything written to the terminal: the command's stderr (stdout goes to /dev/null). */
  readonly terminal: string;
}

/**
 * Runs `cse-flags` with stderr on a pseudo-terminal (util-linux `script`), stdout to
 * /dev/null, and the terminal `columns` wide (`script` gives 0 unless told).
 */
export function runInTerminal(
  args: readonly string[],
  options: { cwd?: string; columns?: number } = {},
): Promise<TerminalRun> {
  assertBuilt();
  const size = options.columns === undefined ? "" : `stty cols ${options.columns}; `;
  const command = `${size}${[cliBin, ...args].map(quote).join(" ")} >/dev/null`;
  return new Promise((resolve, reject) => {
    const child = spawn("script", ["-qec", command, "/dev/null"], {
      cwd: options.cwd ?? repoRoot,
      env: { ...process.env, CI: "", GITHUB_ACTIONS: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const out: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => out.push(chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, terminal: Buffer.concat(out).toString("utf8") }));
  });
}
