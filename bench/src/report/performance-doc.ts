import type { RecordCost } from "../measures/record-cost.js";
import type { Machine } from "./machine.js";
import { markdownTable } from "./table.js";
import type { TargetResult } from "./targets.js";

export const generatedStart =
  "<!-- bench:generated:start (written by pnpm bench; edit outside these markers) -->";
export const generatedEnd = "<!-- bench:generated:end -->";

/** Throughput of `flag` on each system's export, for information (no target). */
export interface SystemRun {
  readonly system: string;
  readonly records: number;
  readonly ms: number;
  readonly peakMb: number;
}

export interface RunContext {
  readonly machine: Machine;
  readonly date: string;
  readonly command: string;
  readonly quick: boolean;
}

export const targetRows = (targets: readonly TargetResult[]): string[][] =>
  targets.map((t) => [String(t.id), t.name, t.limit, t.measured, t.met ? "met" : "MISSED", t.detail]);
export const targetHeader = ["#", "target", "limit", "measured", "result", "what was compared"];

const perRecordRows = (cost: RecordCost): string[][] => {
  const row = (path: string, value: number, guarantees: string) => [
    path,
    `${value.toFixed(1)} µs`,
    `${(value / cost.jsonParse).toFixed(2)}×`,
    guarantees,
  ];
  return [
    row("JSON.parse of the record's text", cost.jsonParse, "well-formed JSON only"),
    row("ajv 8, shipped JSON Schema", cost.ajv, "shape and code sets; no input guard, no cross-field rules"),
    row("core parseRecord", cost.parseRecord, "input guard, shape, code sets, cross-field rules"),
    row("io-ts decodeRecord", cost.ioTs, "the same as parseRecord (lockstep codecs)"),
    row("policy evaluate (parsed record)", cost.evaluate, "the decision"),
    row("parseRecord + evaluate", cost.parseAndEvaluate, "validated record and its decision"),
  ];
};

/** The generated part of docs/performance.md: machine, date, command, targets and comparisons. */
export function renderGenerated(
  context: RunContext,
  targets: readonly TargetResult[],
  cost: RecordCost,
  systems: readonly SystemRun[],
): string {
  const { machine } = context;
  return [
    generatedStart,
    "",
    `Measured ${context.date} on ${machine.cpu} (${machine.cores} cores, ${machine.memoryGb} GB), ${machine.os}, Node ${machine.node}${context.quick ? " (quick run: one repeat, small sizes; not a result)" : ""}.`,
    `Rerun: \`${context.command}\`.`,
    "",
    "### Targets",
    "",
    markdownTable(targetHeader, targetRows(targets)),
    "",
    "### Per canonical record, against what a user might use instead",
    "",
    `Median per record over ${cost.records} canonical crime records in one process; the ratio is to \`JSON.parse\` of the same record.`,
    "",
    markdownTable(["path", "per record", "vs JSON.parse", "what it guarantees"], perRecordRows(cost)),
    "",
    "### `flag --jobs 1` per system (information, no target)",
    "",
    markdownTable(
      ["system", "rows (CSV)", "time", "rows/s", "peak RSS"],
      systems.map((run) => [
        run.system,
        run.records.toLocaleString("en-GB"),
        `${(run.ms / 1000).toFixed(2)} s`,
        Math.round((run.records * 1000) / run.ms).toLocaleString("en-GB"),
        `${run.peakMb.toFixed(0)} MB`,
      ]),
    ),
    "",
    generatedEnd,
  ].join("\n");
}

const template = (generated: string): string =>
  [
    "# Performance",
    "",
    "`pnpm bench` measures the targets of issue BENCH on seeded synthetic exports and rewrites the",
    "part of this page between the markers. Every target is a ratio measured in the same run.",
    "",
    "## Latest run",
    "",
    generated,
    "",
    "## Findings",
    "",
    "(Written by hand: what the profiles showed, fixes with before and after, and what we will do.)",
    "",
  ].join("\n");

/** The page with its generated part replaced, keeping everything written by hand around it. */
export function mergePerformanceDoc(existing: string | undefined, generated: string): string {
  if (existing === undefined) return template(generated);
  const start = existing.indexOf(generatedStart);
  const end = existing.indexOf(generatedEnd);
  // A page without markers keeps what it says; the run is added after it.
  if (start === -1 || end < start) return `${existing.trimEnd()}\n\n## Latest run\n\n${generated}\n`;
  return existing.slice(0, start) + generated + existing.slice(end + generatedEnd.length);
}
