import { median, runNode } from "./spawn-timed.js";

const cliBin = new URL("../../node_modules/@cse-flags/cli/bin/cse-flags.js", import.meta.url).pathname;
const baselineScript = new URL("./baseline-ndjson.mjs", import.meta.url).pathname;

/** `flag` exits 1 when any record was rejected, as a realistic export's few faulty rows are. */
const flagExitCodes = [1];

const flagArgs = (file: string, jobs: number, adapter = "crime"): string[] => [
  cliBin,
  "flag",
  "--force",
  "bench-force",
  "--adapter",
  adapter,
  "--output",
  "json",
  "--no-progress",
  "--jobs",
  String(jobs),
  file,
];

export interface FlagRuns {
  /** Median wall time in ms of the baseline script (read lines, JSON.parse, JSON.stringify). */
  readonly baselineMs: number;
  readonly jobs1Ms: number;
  readonly jobs2Ms: number;
  /** Median peak RSS in MB. */
  readonly jobs1PeakMb: number;
  readonly jobs2PeakMb: number;
}

/**
 * The baseline, `flag --jobs 1` and `flag --jobs 2` on one NDJSON export, interleaved round by
 * round so a slow spell of the machine hits all three alike.
 */
export async function measureFlagRuns(file: string, repeats: number): Promise<FlagRuns> {
  const rounds: { baseline: number; jobs1: number; jobs2: number; peak1: number; peak2: number }[] = [];
  for (let round = 0; round < repeats; round += 1) {
    const baseline = await runNode([baselineScript, file]);
    const jobs1 = await runNode(flagArgs(file, 1), { peak: true, okCodes: flagExitCodes });
    const jobs2 = await runNode(flagArgs(file, 2), { peak: true, okCodes: flagExitCodes });
    rounds.push({
      baseline: baseline.ms,
      jobs1: jobs1.ms,
      jobs2: jobs2.ms,
      peak1: jobs1.peakMb ?? Number.NaN,
      peak2: jobs2.peakMb ?? Number.NaN,
    });
  }
  return {
    baselineMs: median(rounds.map((r) => r.baseline)),
    jobs1Ms: median(rounds.map((r) => r.jobs1)),
    jobs2Ms: median(rounds.map((r) => r.jobs2)),
    jobs1PeakMb: median(rounds.map((r) => r.peak1)),
    jobs2PeakMb: median(rounds.map((r) => r.peak2)),
  };
}

/** Median wall time and peak RSS of `flag --jobs <jobs>` on one file. */
export async function measureFlag(
  file: string,
  options: { readonly jobs: number; readonly repeats: number; readonly adapter?: string },
): Promise<{ readonly ms: number; readonly peakMb: number }> {
  const runs = [];
  for (let round = 0; round < options.repeats; round += 1)
    runs.push(
      await runNode(flagArgs(file, options.jobs, options.adapter), { peak: true, okCodes: flagExitCodes }),
    );
  return { ms: median(runs.map((r) => r.ms)), peakMb: median(runs.map((r) => r.peakMb ?? Number.NaN)) };
}

/** Median start-up times of `node -e 0` and `cse-flags --version`, interleaved. */
export async function measureStartup(
  repeats: number,
): Promise<{ readonly nodeMs: number; readonly cliMs: number }> {
  const node: number[] = [];
  const cli: number[] = [];
  for (let round = 0; round < repeats; round += 1) {
    node.push((await runNode(["-e", "0"])).ms);
    cli.push((await runNode([cliBin, "--version"])).ms);
  }
  return { nodeMs: median(node), cliMs: median(cli) };
}
