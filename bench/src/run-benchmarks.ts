// `pnpm bench`: generates the seeded exports (cached in bench/data/), measures the targets of
// issue BENCH, prints a table and rewrites the generated part of docs/performance.md.
// `--size 200 --quick --out <file>` is the smoke run the tests use.
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { parseArgs } from "node:util";
import { scriptArgs } from "./cli-args.js";
import { type ExportFormat, writeExport } from "./export-writer.js";
import { defaultDataDir, defaultSeed, exportPath } from "./generate.js";
import { generators, type SystemName, systemNames } from "./generators/index.js";
import { measureFlag, measureFlagRuns, measureStartup } from "./measures/cli-runs.js";
import { measureParallelCapacity } from "./measures/parallel-capacity.js";
import { measureRecordCost } from "./measures/record-cost.js";
import { describeMachine } from "./report/machine.js";
import {
  mergePerformanceDoc,
  renderGenerated,
  type SystemRun,
  targetHeader,
  targetRows,
} from "./report/performance-doc.js";
import { textTable } from "./report/table.js";
import { evaluateTargets } from "./report/targets.js";

const defaultOut = new URL("../../docs/performance.md", import.meta.url).pathname;

export interface BenchOptions {
  /** Rows in the export for throughput, --jobs and the smaller memory run. */
  readonly size: number;
  /** Rows in the larger memory run. */
  readonly large: number;
  /** Rows per system for the per-system table. */
  readonly systemSize: number;
  readonly repeats: number;
  readonly quick: boolean;
  readonly out: string;
  readonly data: string;
  readonly seed: number;
}

function readOptions(): BenchOptions {
  const { values } = parseArgs({
    args: scriptArgs(),
    options: {
      size: { type: "string" },
      large: { type: "string" },
      repeats: { type: "string" },
      quick: { type: "boolean", default: false },
      out: { type: "string", default: defaultOut },
      data: { type: "string", default: defaultDataDir },
      seed: { type: "string", default: String(defaultSeed) },
    },
  });
  const whole = (name: string, text: string | undefined, fallback: number): number => {
    const value = text === undefined ? fallback : Number(text);
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number above 0`);
    return value;
  };
  const quick = values.quick;
  const size = whole("size", values.size, 100_000);
  return {
    size,
    large: whole("large", values.large, size * 10),
    systemSize: Math.min(size, 10_000),
    repeats: whole("repeats", values.repeats, quick ? 1 : 3),
    quick,
    out: values.out,
    data: values.data,
    seed: whole("seed", values.seed, defaultSeed),
  };
}

const log = (message: string): void => {
  process.stderr.write(`bench: ${message}\n`);
};

/** The export's path, generated first if this seed and size were never written. */
async function dataFile(options: BenchOptions, system: SystemName, size: number, format: ExportFormat) {
  const path = exportPath(options.data, system, size, format, options.seed);
  if (!existsSync(path)) {
    log(`generating ${size.toLocaleString("en-GB")} ${system} rows (${format})`);
    await mkdir(dirname(path), { recursive: true });
    await writeExport(path, generators[system], size, format, options.seed);
  }
  return path;
}

export async function runBenchmarks(options: BenchOptions): Promise<string> {
  const machine = describeMachine();
  const small = await dataFile(options, "crime", options.size, "ndjson");
  const large = await dataFile(options, "crime", options.large, "ndjson");

  log("1/5 per-record cost (parseRecord + evaluate, JSON.parse, ajv, io-ts)");
  const recordCost = await measureRecordCost({
    records: options.quick ? 50 : 500,
    seed: options.seed,
    timeMs: options.quick ? 100 : 2_000,
  });
  log(`2/5 and 4/5: baseline, flag --jobs 1 and --jobs 2 on ${options.size} rows, ${options.repeats} rounds`);
  const capacityBefore = await measureParallelCapacity(options.repeats);
  const flagRuns = await measureFlagRuns(small, options.repeats);
  const capacityAfter = await measureParallelCapacity(options.repeats);
  // The command as run by default (--jobs 1); --jobs 2's peak on the smaller file is reported beside it.
  log(`3/5 flag (--jobs 1) on ${options.large} rows, ${options.repeats} rounds`);
  const largeRun = await measureFlag(large, { jobs: 1, repeats: options.repeats });
  log("5/5 start-up");
  const startup = await measureStartup(options.quick ? 3 : 15);
  log(`per system: flag --jobs 1 on ${options.systemSize} rows of each export`);
  const systems: SystemRun[] = [];
  for (const system of systemNames) {
    const file = await dataFile(options, system, options.systemSize, "csv");
    const run = await measureFlag(file, { jobs: 1, repeats: 1, adapter: system });
    systems.push({ system, records: options.systemSize, ...run });
  }

  const targets = evaluateTargets({
    recordCost,
    flagRuns: { ...flagRuns, file: small, records: options.size },
    memory: {
      smallRecords: options.size,
      largeRecords: options.large,
      smallPeakMb: flagRuns.jobs1PeakMb,
      smallJobs2PeakMb: flagRuns.jobs2PeakMb,
      largePeakMb: largeRun.peakMb,
      largeMs: largeRun.ms,
    },
    startup,
    parallelCapacity: Math.min(capacityBefore, capacityAfter),
  });
  const table = textTable(targetHeader, targetRows(targets));
  const command = options.quick
    ? `pnpm bench -- --size ${options.size} --quick`
    : `pnpm bench${options.size === 100_000 ? "" : ` -- --size ${options.size}`}`;
  const generated = renderGenerated(
    { machine, date: new Date().toISOString().slice(0, 10), command, quick: options.quick },
    targets,
    recordCost,
    systems,
  );
  const existing = existsSync(options.out) ? await readFile(options.out, "utf8") : undefined;
  await mkdir(dirname(options.out), { recursive: true });
  await writeFile(options.out, mergePerformanceDoc(existing, generated));
  return table;
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const options = readOptions();
  const table = await runBenchmarks(options);
  console.log(table);
  console.log(`\nwritten: ${options.out}`);
}
