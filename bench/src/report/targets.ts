import type { FlagRuns } from "../measures/cli-runs.js";
import type { RecordCost } from "../measures/record-cost.js";

/** One target of issue BENCH: a ratio measured in the same run, and whether it was met. */
export interface TargetResult {
  readonly id: number;
  readonly name: string;
  /** The target, as a reader checks it: `≤ 1.00`. */
  readonly limit: string;
  /** The measured value, formatted. */
  readonly measured: string;
  readonly met: boolean;
  /** What was compared, with the raw numbers. */
  readonly detail: string;
}

export interface Measurements {
  readonly recordCost: RecordCost;
  readonly flagRuns: FlagRuns & { readonly file: string; readonly records: number };
  readonly memory: {
    readonly smallRecords: number;
    readonly largeRecords: number;
    /** `--jobs 1`, the default. */
    readonly smallPeakMb: number;
    readonly largePeakMb: number;
    /** `--jobs 2` on the smaller file, for information: each worker thread is a V8 isolate of its own. */
    readonly smallJobs2PeakMb: number;
    readonly largeMs: number;
  };
  readonly startup: { readonly nodeMs: number; readonly cliMs: number };
  /** Two independent CPU-bound processes together vs one after the other, around the --jobs runs: 2.0 is two free cores. */
  readonly parallelCapacity: number;
}

const x = (ratio: number): string => `${ratio.toFixed(2)}×`;
const us = (value: number): string => `${value.toFixed(1)} µs`;
const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const mb = (value: number): string => `${value.toFixed(0)} MB`;

/** Every target, named and numbered as the issue names them. */
export const targetNames = [
  "record cost",
  "flag throughput",
  "flag peak memory",
  "--jobs 2 speed-up",
  "start-up time",
] as const;

export function evaluateTargets(m: Measurements): TargetResult[] {
  const cost = m.recordCost.parseAndEvaluate / m.recordCost.jsonParse;
  const throughput = m.flagRuns.baselineMs / m.flagRuns.jobs1Ms;
  const growth = m.memory.largePeakMb / m.memory.smallPeakMb;
  const speedUp = m.flagRuns.jobs1Ms / m.flagRuns.jobs2Ms;
  const startup = m.startup.cliMs / m.startup.nodeMs;
  return [
    {
      id: 1,
      name: targetNames[0],
      limit: "≤ 1.00×",
      measured: x(cost),
      met: cost <= 1,
      detail: `parseRecord + evaluate ${us(m.recordCost.parseAndEvaluate)} vs JSON.parse ${us(m.recordCost.jsonParse)} per canonical record (${m.recordCost.records} records)`,
    },
    {
      id: 2,
      name: targetNames[1],
      limit: "≥ 0.50×",
      measured: x(throughput),
      met: throughput >= 0.5,
      detail: `flag --adapter crime --jobs 1 ${s(m.flagRuns.jobs1Ms)} vs baseline ${s(m.flagRuns.baselineMs)} on ${m.flagRuns.records.toLocaleString("en-GB")} NDJSON rows (${Math.round((m.flagRuns.records * 1000) / m.flagRuns.jobs1Ms).toLocaleString("en-GB")} vs ${Math.round((m.flagRuns.records * 1000) / m.flagRuns.baselineMs).toLocaleString("en-GB")} rows/s)`,
    },
    {
      id: 3,
      name: targetNames[2],
      limit: "≤ 1.25× and < 200 MB",
      measured: `${x(growth)}, ${mb(m.memory.largePeakMb)}`,
      met: growth <= 1.25 && m.memory.largePeakMb < 200,
      detail: `flag (--jobs 1, the default) peak RSS ${mb(m.memory.largePeakMb)} on ${m.memory.largeRecords.toLocaleString("en-GB")} rows (${s(m.memory.largeMs)}) vs ${mb(m.memory.smallPeakMb)} on ${m.memory.smallRecords.toLocaleString("en-GB")}; --jobs 2 peaks at ${mb(m.memory.smallJobs2PeakMb)} on ${m.memory.smallRecords.toLocaleString("en-GB")}`,
    },
    {
      id: 4,
      name: targetNames[3],
      limit: "≥ 1.60×",
      measured: x(speedUp),
      met: speedUp >= 1.6,
      detail: `flag --jobs 1 ${s(m.flagRuns.jobs1Ms)} vs --jobs 2 ${s(m.flagRuns.jobs2Ms)} on ${m.flagRuns.records.toLocaleString("en-GB")} rows; two independent processes ran ${x(m.parallelCapacity)} faster together than apart in this run (2.00× is two free cores)`,
    },
    {
      id: 5,
      name: targetNames[4],
      limit: "≤ 3.00×",
      measured: x(startup),
      met: startup <= 3,
      detail: `cse-flags --version ${m.startup.cliMs.toFixed(0)} ms vs node -e 0 ${m.startup.nodeMs.toFixed(0)} ms`,
    },
  ];
}
