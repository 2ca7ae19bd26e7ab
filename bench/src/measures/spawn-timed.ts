import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface TimedRun {
  readonly ms: number;
  /** Peak resident set size in MB, when measured. */
  readonly peakMb?: number;
}

const peakPreload = new URL("./report-peak-rss.cjs", import.meta.url).pathname;

/**
 * Runs `node <args>` to the end with stdout discarded, timing it from spawn to exit. With
 * `peak`, a preload reports the process's peak RSS. A non-zero exit other than `okCodes`
 * fails the run: a benchmark of a failing command measures nothing.
 */
export async function runNode(
  args: readonly string[],
  options: { readonly peak?: boolean; readonly okCodes?: readonly number[] } = {},
): Promise<TimedRun> {
  const dir = options.peak ? await mkdtemp(join(tmpdir(), "cse-bench-")) : undefined;
  const peakFile = dir === undefined ? undefined : join(dir, "peak-rss");
  try {
    const env = { ...process.env };
    delete env.NODE_OPTIONS;
    if (peakFile !== undefined) {
      env.NODE_OPTIONS = `--require ${peakPreload}`;
      env.BENCH_PEAK_RSS_FILE = peakFile;
    }
    const started = performance.now();
    const child = spawn(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"], env });
    let stderr = "";
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (text: string) => {
      if (stderr.length < 4_000) stderr += text;
    });
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on("error", reject);
      child.on("close", resolve);
    });
    const ms = performance.now() - started;
    if (code !== 0 && !(options.okCodes ?? []).includes(code ?? -1))
      throw new Error(`node ${args.join(" ")} exited ${code}: ${stderr.slice(0, 500)}`);
    if (peakFile === undefined) return { ms };
    const kb = Number((await readFile(peakFile, "utf8")).trim().split("\n").pop());
    return { ms, peakMb: kb / 1024 };
  } finally {
    if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  }
}

export const median = (numbers: readonly number[]): number => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};
