import { open } from "node:fs/promises";
import { isAbsolute, resolve } from "node:path";
import type { Reconciliation } from "@cse-flags/adapter-kit";
import type { ParsedArgs } from "../args/command-spec.js";
import { flagValue, stringValue } from "../args/parse-command-args.js";
import { InputOutputError, InternalError, UsageError } from "../errors.js";
import { type ExitCode, exitCodes } from "../exit-codes.js";
import { checkInputFiles, stdinName } from "../inputs/input-file.js";
import { formatFromName, type InputFormat } from "../inputs/input-format.js";
import { type CliIo, type OutputStream, writeText } from "../io.js";
import { type Executor, inThreadExecutor } from "../jobs/executor.js";
import type { DocumentKind, JobSpec, RecordCommand } from "../jobs/job-spec.js";
import { createProcessor } from "../jobs/processor.js";
import { type PlannedFile, type RunResult, runRecords } from "../jobs/run-records.js";
import { workerPool } from "../jobs/worker-pool.js";
import { noProgress, terminalProgress } from "../progress/progress.js";
import { createReport, type OutputFormat } from "../reports/create-report.js";
import { jsonReport } from "../reports/json-report.js";
import type { Report } from "../reports/report.js";
import { checkOutputsApart } from "./check-output-paths.js";
import { planSources } from "./plan-sources.js";

/** What differs between `validate`, `map` and `flag`. */
export interface RecordCommandSetup {
  readonly command: RecordCommand;
  readonly kind: DocumentKind;
  /** `flag --policy`: overlays, parsed. */
  readonly overlays: readonly unknown[];
  /** `map`: canonical records go to stdout, so the report goes to stderr or `--report`. */
  readonly dataToStdout: boolean;
  /** `map --rejects <file>`. */
  readonly rejectsPath?: string;
  /** `flag --decisions <file>`: each decision in full, one JSON line per valid record. */
  readonly decisionsPath?: string;
}

const maxJobs = 64;

function parseJobs(value: string | undefined): number {
  if (value === undefined) return 1;
  const jobs = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > maxJobs)
    throw new UsageError(
      `--jobs must be a whole number from 1 to ${maxJobs}`,
      "Use about one job per CPU core, e.g. --jobs 2",
    );
  return jobs;
}

/** Opens a file for writing before any work starts, so a bad path fails at once. */
async function openOutput(path: string, cwd: string, what: string): Promise<OutputStream> {
  const absolute = isAbsolute(path) ? path : resolve(cwd, path);
  try {
    const handle = await open(absolute, "w");
    return handle.createWriteStream({ encoding: "utf8" });
  } catch {
    throw new InputOutputError(
      `cannot write the ${what} to ${path}`,
      "Check that its folder exists and can be written.",
    );
  }
}

async function closeOutput(stream: OutputStream): Promise<void> {
  await new Promise<void>((done, fail) => {
    stream.once("error", fail);
    stream.end(() => done());
  });
}

const count = (n: number): string => n.toLocaleString("en-GB");

const countList = (list: readonly { readonly name: string; readonly count: number }[]): string =>
  list.map(({ name, count: n }) => `${name} ${count(n)}`).join(", ");

/** The adapter kit's account, as lines for stderr: only what needs attention. Names and counts only. */
function reconciliationLines(files: readonly string[], r: Reconciliation): string[] {
  const lines: string[] = [];
  const label = files.length === 1 ? files[0] : `${files.length} files`;
  if (r.unmappedCodes.length > 0)
    lines.push(`  ${label}: source codes with no mapping, by code system: ${countList(r.unmappedCodes)}`);
  if (r.unreportableCodes.length > 0)
    lines.push(`  ${label}: codes that could not be reported as given: ${countList(r.unreportableCodes)}`);
  if (r.unaccountedFields.length > 0)
    lines.push(
      `  ${label}: fields the adapter neither read, ignored nor reported: ${countList(r.unaccountedFields)}`,
    );
  return lines;
}

/** The reconciliation line (always) and what needs attention, for stderr. */
function summaryText(result: RunResult): string {
  const { summary } = result;
  const files = summary.files.length === 1 ? "1 file" : `${summary.files.length} files`;
  const flagged = summary.flagged === undefined ? "" : `; markers proposed for ${count(summary.flagged)}`;
  const lines = [
    `cse-flags ${summary.command}: read ${count(summary.read)}, ok ${count(summary.ok)}, rejected ${count(summary.rejected)} (${files})${flagged}`,
  ];
  if (summary.rejectedBy.length > 0)
    lines.push(
      `  rejected by code: ${summary.rejectedBy.map((r) => `${r.code} ${count(r.count)}`).join(", ")}`,
    );
  for (const file of summary.files) {
    if (file.stopped !== undefined)
      lines.push(
        `  ${file.file}: stopped ${file.stopped.line === undefined ? `after ${count(file.read)} record(s)` : `at line ${file.stopped.line}`} (${file.stopped.code}); the rest was not read`,
      );
    // Not a finding, but an empty export in CI is more often a broken job than a quiet day.
    else if (file.read === 0) lines.push(`  ${file.file}: no records`);
  }
  for (const { files: names, reconciliation } of result.reconciliations)
    lines.push(...reconciliationLines(names, reconciliation));
  return `${lines.join("\n")}\n`;
}

/** Checks that every record read was accounted for, in total and per file. */
function reconciles(result: RunResult): boolean {
  const { summary } = result;
  return (
    summary.read === summary.ok + summary.rejected &&
    summary.files.every((f) => f.read === f.ok + f.rejected) &&
    summary.files.reduce((n, f) => n + f.read, 0) === summary.read &&
    result.reconciliations.every(
      ({ read, reconciliation: r }) => r.read === read && r.read === r.mapped + r.rejected,
    )
  );
}

/** Runs `validate`, `map` or `flag` once the command's own options are read. */
export async function runRecordCommand(
  args: ParsedArgs,
  io: CliIo,
  setup: RecordCommandSetup,
): Promise<ExitCode> {
  const output = (stringValue(args, "output") ?? "text") as OutputFormat;
  const reportPath = stringValue(args, "report");
  const jobs = parseJobs(stringValue(args, "jobs"));
  const plan = planSources(args, io.cwd, setup.kind);
  if (setup.dataToStdout && output !== "text" && reportPath === undefined)
    throw new UsageError(
      `map writes canonical records to stdout, so a ${output} report needs a file`,
      `Add --report <file> (or leave out --output for a text report on stderr).`,
    );
  const given = plan.files.map((f) => f.name);
  const inputs = await checkInputFiles(given, io);
  await checkOutputsApart(
    [
      ...(reportPath === undefined ? [] : [{ path: reportPath, option: "--report" }]),
      ...(setup.rejectsPath === undefined ? [] : [{ path: setup.rejectsPath, option: "--rejects" }]),
      ...(setup.decisionsPath === undefined ? [] : [{ path: setup.decisionsPath, option: "--decisions" }]),
    ],
    inputs,
    io.cwd,
  );
  const spec: JobSpec = {
    command: setup.command,
    sources: plan.sources,
    overlays: setup.overlays,
    decisions: { full: setup.decisionsPath !== undefined, redacted: output === "json" },
  };
  const processors = await Promise.all(
    spec.sources.map((source) => createProcessor(setup.command, source, setup.overlays, spec.decisions)),
  );
  const forcedFormat = stringValue(args, "format") as InputFormat | undefined;
  const files: PlannedFile[] = inputs.map((file, i) => {
    const source = (plan.files[i] as { source: number }).source;
    const format = forcedFormat ?? formatFromName(file.name);
    if (format === undefined)
      throw new UsageError(
        file.name === stdinName
          ? "cannot tell the format of stdin"
          : `cannot tell the format of ${file.name} from its extension`,
        "Add --format csv, --format ndjson or --format json.",
      );
    const formats = (processors[source] as { formats: readonly InputFormat[] }).formats;
    if (!formats.includes(format)) {
      const sourceSpec = spec.sources[source];
      const what =
        sourceSpec?.type === "adapter"
          ? `the adapter ${sourceSpec.module ? "module" : sourceSpec.adapter}`
          : `--kind ${setup.kind}`;
      throw new UsageError(
        `${file.name} is ${format}, but ${what} reads ${formats.join(" or ")}`,
        sourceSpec?.type === "document" && format === "csv"
          ? "Canonical documents are JSON. For a CSV source export, name its adapter with --adapter."
          : "Check the file, or say its format with --format.",
      );
    }
    return { file, source, format };
  });

  const stdoutOpen: OutputStream = io.stdout;
  const reportStream =
    reportPath !== undefined
      ? await openOutput(reportPath, io.cwd, "report")
      : setup.dataToStdout
        ? io.stderr
        : stdoutOpen;
  const rejectsStream =
    setup.rejectsPath === undefined ? undefined : await openOutput(setup.rejectsPath, io.cwd, "rejects");
  const decisionsStream =
    setup.decisionsPath === undefined
      ? undefined
      : await openOutput(setup.decisionsPath, io.cwd, "decisions");
  const dataStream = setup.dataToStdout ? io.stdout : decisionsStream;
  const report: Report = createReport(output, reportStream);
  const rejects: Report | undefined =
    rejectsStream === undefined ? undefined : jsonReport(rejectsStream, { problemsOnly: true });
  const progressOn = io.stderr.isTTY === true && !flagValue(args, "no-progress");
  const progress = progressOn ? terminalProgress(io.stderr) : noProgress;

  let executor: Executor = inThreadExecutor(processors);
  if (jobs > 1) executor = await workerPool(spec, jobs);
  let result: RunResult;
  let finished = false;
  try {
    result = await runRecords(spec, files, processors, executor, jobs, io, {
      report,
      ...(dataStream === undefined ? {} : { data: dataStream }),
      ...(rejects === undefined ? {} : { rejects }),
      progress,
      sharesTerminal: progressOn && (reportStream === io.stderr || io.stdout.isTTY === true),
    });
    await report.finish(result.summary);
    if (rejects !== undefined) await rejects.finish(result.summary);
    finished = true;
  } finally {
    if (!finished) report.discard?.();
    progress.clear();
    await executor.close();
    if (reportPath !== undefined) await closeOutput(reportStream);
    if (rejectsStream !== undefined) await closeOutput(rejectsStream);
    if (decisionsStream !== undefined) await closeOutput(decisionsStream);
  }
  await writeText(io.stderr, summaryText(result));
  if (!reconciles(result))
    throw new InternalError(
      "the counts do not reconcile: a record was lost on the way (this is a bug; please report it)",
    );
  if (result.internalErrors > 0)
    throw new InternalError(
      `cse-flags failed on ${result.internalErrors} record(s); they are counted as rejected (this is a bug; please report it)`,
    );
  const stopped = result.summary.files.some((f) => f.stopped !== undefined);
  return result.summary.rejected > 0 || stopped ? exitCodes.findings : exitCodes.ok;
}
