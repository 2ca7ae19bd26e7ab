import { resolve } from "node:path";
import type { Reconciliation } from "@cse-flags/adapter-kit";
import type { ParsedArgs } from "../args/command-spec.js";
import { flagValue, stringValue } from "../args/parse-command-args.js";
import type { LinkConfig } from "../audit/audit-model.js";
import { InputOutputError, InternalError, UsageError } from "../errors.js";
import { type ExitCode, exitCodes } from "../exit-codes.js";
import { checkInputFiles, type InputFile, stdinName } from "../inputs/input-file.js";
import { formatFromName, type InputFormat } from "../inputs/input-format.js";
import { type CliIo, type OutputStream, writeText } from "../io.js";
import { type Executor, inThreadExecutor } from "../jobs/executor.js";
import type { DocumentKind, JobSpec, RecordCommand } from "../jobs/job-spec.js";
import { createProcessor, type Processor } from "../jobs/processor.js";
import { reconciles } from "../jobs/reconciles.js";
import { type PlannedFile, type RunResult, runRecords } from "../jobs/run-records.js";
import { workerPool } from "../jobs/worker-pool.js";
import { noProgress, terminalProgress } from "../progress/progress.js";
import { createReport, type OutputFormat } from "../reports/create-report.js";
import { jsonReport } from "../reports/json-report.js";
import type { Report } from "../reports/report.js";
import { checkOutputsApart } from "./check-output-paths.js";
import { closeOutputs, openOutputs } from "./output-files.js";
import { planSources } from "./plan-sources.js";

/** What differs between `validate`, `map` and `flag`. */
export interface RecordCommandSetup {
  readonly command: RecordCommand;
  readonly kind: DocumentKind;
  /** `flag --policy`: overlays, parsed. */
  readonly overlays: readonly unknown[];
  /** `map`: canonical records go to stdout, so the report goes to stderr or `--report`. */
  readonly dataToStdout: boolean;
  /** Files read for configuration (`flag --policy`), which no output may overwrite. */
  readonly configFiles?: readonly string[];
  /** `map --rejects <file>`. */
  readonly rejectsPath?: string;
  /** `flag --decisions <file>`: each decision in full, one JSON line per valid record. */
  readonly decisionsPath?: string;
  /** `audit --links`: the link keys each record's facts are read with. */
  readonly links?: LinkConfig;
  /** A report of the command's own in place of `--output`'s (`audit` builds its report from the events). */
  readonly report?: (out: OutputStream) => Report;
  /** Files the command writes besides `--report`, `--rejects` and `--decisions`, which no input may be. */
  readonly otherOutputs?: readonly { readonly path: string; readonly option: string }[];
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

interface PreparedRun {
  readonly spec: JobSpec;
  readonly files: readonly PlannedFile[];
  readonly processors: readonly Processor[];
  readonly executor: Executor;
  readonly jobs: number;
  readonly output: OutputFormat;
}

/**
 * Opens the output files, runs the records into the reports, and closes every output
 * whatever happens: a run that fails leaves no file handle and no temporary file behind.
 */
async function runWithOutputs(
  args: ParsedArgs,
  io: CliIo,
  setup: RecordCommandSetup,
  { spec, files, processors, executor, jobs, output }: PreparedRun,
): Promise<RunResult> {
  const reportPath = stringValue(args, "report");
  const [reportFile, rejectsStream, decisionsStream] = await openOutputs(
    [
      reportPath === undefined ? undefined : { path: reportPath, what: "report" },
      setup.rejectsPath === undefined ? undefined : { path: setup.rejectsPath, what: "rejects" },
      setup.decisionsPath === undefined ? undefined : { path: setup.decisionsPath, what: "decisions" },
    ],
    io.cwd,
  );
  const opened = [reportFile, rejectsStream, decisionsStream].filter(
    (s): s is OutputStream => s !== undefined,
  );
  const reportStream = reportFile ?? (setup.dataToStdout ? io.stderr : io.stdout);
  const progressOn = io.stderr.isTTY === true && !flagValue(args, "no-progress");
  const progress = progressOn ? terminalProgress(io.stderr) : noProgress;
  let report: Report | undefined;
  let finished = false;
  try {
    report = setup.report === undefined ? createReport(output, reportStream) : setup.report(reportStream);
    const rejects =
      rejectsStream === undefined ? undefined : jsonReport(rejectsStream, { problemsOnly: true });
    const dataStream = setup.dataToStdout ? io.stdout : decisionsStream;
    const result = await runRecords(spec, files, processors, executor, jobs, io, {
      report,
      ...(dataStream === undefined ? {} : { data: dataStream }),
      ...(rejects === undefined ? {} : { rejects }),
      progress,
      sharesTerminal: progressOn && (reportStream === io.stderr || io.stdout.isTTY === true),
    });
    await report.finish(result.summary);
    if (rejects !== undefined) await rejects.finish(result.summary);
    finished = true;
    // A write the disk refused at the very end shows only when the file is closed.
    await closeOutputs(opened);
    return result;
  } finally {
    if (!finished) {
      report?.discard?.();
      await closeOutputs(opened).catch(() => undefined);
    }
    progress.clear();
  }
}

/** Each input file with the source that reads it and its format; `UsageError` when the format does not fit. */
function planFiles(
  args: ParsedArgs,
  setup: RecordCommandSetup,
  spec: JobSpec,
  inputs: readonly InputFile[],
  plan: ReturnType<typeof planSources>,
  processors: readonly Processor[],
): PlannedFile[] {
  const forcedFormat = stringValue(args, "format") as InputFormat | undefined;
  return inputs.map((file, i) => {
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
}

/** Runs `validate`, `map`, `flag` or `audit` once the command's own options are read. */
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
      ...(setup.otherOutputs ?? []),
    ],
    [
      ...inputs,
      // The configuration files read too: an overlay or concept map must not be overwritten either.
      ...(setup.configFiles ?? []).map((path) => ({ name: path, path: resolve(io.cwd, path) })),
      ...plan.sources.flatMap((source) =>
        source.type === "adapter"
          ? Object.values(source.conceptMaps).map((path) => ({ name: path, path }))
          : [],
      ),
    ],
    io.cwd,
  );
  const spec: JobSpec = {
    command: setup.command,
    sources: plan.sources,
    overlays: setup.overlays,
    decisions: {
      full: setup.decisionsPath !== undefined,
      redacted: output === "json",
      explained: output !== "json",
    },
    ...(setup.links === undefined ? {} : { links: setup.links }),
  };
  // Worker threads start now, while this thread builds its own processors: both load the
  // adapters and compile the policy, and doing it side by side saves that time at start-up.
  const pool = jobs > 1 ? workerPool(spec, jobs) : undefined;
  // Workers may fail while this thread is still busy: the failure is awaited below, and
  // until then it must not count as unhandled (Node would stop the process on it).
  pool?.catch(() => undefined);
  let processors: Processor[];
  let files: PlannedFile[];
  try {
    processors = await Promise.all(
      spec.sources.map((source) =>
        createProcessor(setup.command, source, setup.overlays, spec.decisions, spec.links),
      ),
    );
    files = planFiles(args, setup, spec, inputs, plan, processors);
  } catch (error) {
    // This thread's error is the one to report; the workers (which would fail alike) are stopped.
    await pool?.then(
      (started) => started.close(),
      () => undefined,
    );
    throw error;
  }

  // Everything that can fail before the run (worker threads that cannot load the adapter
  // included) fails before any output file is opened: none is emptied, none left open.
  const executor: Executor = pool === undefined ? inThreadExecutor(processors) : await pool;
  let result: RunResult;
  try {
    result = await runWithOutputs(args, io, setup, { spec, files, processors, executor, jobs, output });
  } finally {
    // Never in place of the run's own error: stopping threads is tidying up.
    await executor.close().catch(() => undefined);
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
  // A file the system would not let us read to its end (a read error, a file removed) is an
  // I/O error, exit 2, like one that cannot be opened; bytes that are not UTF-8 are a finding.
  const unreadable = result.summary.files.find((f) => f.stopped?.code === "input_failed");
  if (unreadable !== undefined)
    throw new InputOutputError(
      `cannot read ${unreadable.file} to its end: the input stream failed`,
      "Check that the file can be read (its permissions, the disk) and run the command again.",
    );
  const stopped = result.summary.files.some((f) => f.stopped !== undefined);
  return result.summary.rejected > 0 || stopped ? exitCodes.findings : exitCodes.ok;
}
