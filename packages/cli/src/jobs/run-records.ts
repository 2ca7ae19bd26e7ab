import {
  type KitIssue,
  type NdjsonLineItem,
  Reconciler,
  type Reconciliation,
  readCsv,
  readJsonArray,
  readNdjson,
  readNdjsonLines,
  type SourceItem,
} from "@cse-flags/adapter-kit";
import { type CliIssue, issueCodeText, toCliIssues } from "../cli-issue.js";
import { holdStdinErrors, type InputFile, inputBytes } from "../inputs/input-file.js";
import type { InputFormat } from "../inputs/input-format.js";
import { readJsonDocuments } from "../inputs/read-json-documents.js";
import { type CliIo, type OutputStream, writeText } from "../io.js";
import type { Progress, ProgressState } from "../progress/progress.js";
import type { FileSummary, Report, ReportEvent, RunSummary, Where } from "../reports/report.js";
import type { Executor } from "./executor.js";
import type { JobSpec } from "./job-spec.js";
import { mergeReconciliations } from "./merge-reconciliations.js";
import { type ItemOutcome, internalFailure, lostStage, type Processor } from "./processor.js";
import type { NdjsonLine } from "./worker-messages.js";

/** One input file, the source (index into the spec's sources) that reads it, and its format. */
export interface PlannedFile {
  readonly file: InputFile;
  readonly source: number;
  readonly format: InputFormat;
}

export interface RunOutputs {
  readonly report: Report;
  /** `map`: where the canonical records go, one JSON line each. */
  readonly data?: OutputStream;
  /** `map --rejects`: the rejected records, one JSON line each. */
  readonly rejects?: Report;
  readonly progress: Progress;
  /** Clear the progress line before each write, when the output shares the terminal. */
  readonly sharesTerminal: boolean;
}

export interface RunResult {
  readonly summary: RunSummary;
  /** Per adapter source that read at least one file: the adapter kit's account of fields and codes. */
  readonly reconciliations: readonly {
    readonly files: readonly string[];
    /** Records this source's files gave when read, counted by the reader, apart from the kit's count. */
    readonly read: number;
    readonly reconciliation: Reconciliation;
  }[];
  /** Records the command itself failed on (a bug): counted as rejected, and exit code 2. */
  readonly internalErrors: number;
}

/** Distinct rejection codes counted by name; beyond it they count as `…more` (as the adapter kit's account does). */
export const maxCodes = 1_000;
const otherCodes = "…more";

/** Records per batch sent to a processor: big enough to make a worker's message worth it. */
const batchSize = 128;

/** The file's items; the processor's reader settings were checked when it was made. */
function readItems(
  format: InputFormat,
  documents: boolean,
  bytes: AsyncIterable<Uint8Array>,
  processor: Processor,
): AsyncGenerator<SourceItem> {
  if (format === "csv") return readCsv(bytes, processor.reader.csv);
  if (format === "ndjson") return readNdjson(bytes, processor.reader.ndjson);
  return documents ? readJsonDocuments(bytes) : readJsonArray(bytes, processor.reader.jsonArray);
}

/** What flows through the ordered queue: report events with what the counts need, and file boundaries. */
type Emitted =
  | { readonly type: "file-start"; readonly file: InputFile; readonly fileNumber: number }
  | { readonly type: "file-end"; readonly read: number }
  | {
      readonly type: "stopped";
      readonly file: string;
      readonly issue: CliIssue;
      /** The reader's own issue, for the adapter kit's account. */
      readonly cause: KitIssue;
      readonly source: number;
    }
  | (Where & {
      readonly type: "rejected";
      readonly stage: string;
      readonly issues: readonly CliIssue[];
      readonly source: number;
      readonly internal?: boolean;
    })
  | (Where & {
      readonly type: "ok";
      readonly source: number;
      readonly lines?: readonly string[];
      readonly output?: string;
      readonly redacted?: string;
      readonly proposals?: number;
    });

function outcomeEvent(where: Where, source: number, outcome: ItemOutcome): Emitted {
  if (!outcome.ok)
    return {
      type: "rejected",
      ...where,
      source,
      stage: outcome.stage,
      issues: outcome.issues,
      ...(outcome.internal ? { internal: true } : {}),
    };
  const { ok: _ok, ...rest } = outcome;
  return { type: "ok", ...where, source, ...rest };
}

/** The part of an event the reports see: no map reports, no source indexes. */
function toReportEvent(event: Extract<Emitted, { source: number }>): ReportEvent {
  if (event.type === "stopped") return { type: "stopped", file: event.file, issue: event.issue };
  const place: Where = {
    file: event.file,
    index: event.index,
    ...(event.line === undefined ? {} : { line: event.line }),
  };
  if (event.type === "rejected")
    return { type: "rejected", ...place, stage: event.stage, issues: event.issues };
  return {
    type: "ok",
    ...place,
    ...(event.lines === undefined ? {} : { lines: event.lines }),
    ...(event.output === undefined ? {} : { output: event.output }),
    ...(event.redacted === undefined ? {} : { redacted: event.redacted }),
    ...(event.proposals === undefined ? {} : { proposals: event.proposals }),
  };
}

interface FileTally {
  file: string;
  read: number;
  ok: number;
  rejected: number;
  stopped?: CliIssue;
}

/**
 * Reads every file in order, sends its records in batches to the executor (this thread or
 * worker threads), and emits each record's outcome in input order to the reports. Memory
 * stays flat: at most a few batches per job are in flight, and every write waits for its
 * stream. Counts are kept twice, when a record is read and when its outcome is written, so
 * a record lost on the way shows as a count that does not reconcile.
 */
export async function runRecords(
  spec: JobSpec,
  files: readonly PlannedFile[],
  processors: readonly Processor[],
  executor: Executor,
  jobs: number,
  io: CliIo,
  outputs: RunOutputs,
): Promise<RunResult> {
  const release = files.some(({ file }) => file.path === undefined) ? holdStdinErrors(io) : undefined;
  try {
    return await readAndReport(spec, files, processors, executor, jobs, io, outputs);
  } finally {
    release?.();
  }
}

async function readAndReport(
  spec: JobSpec,
  files: readonly PlannedFile[],
  processors: readonly Processor[],
  executor: Executor,
  jobs: number,
  io: CliIo,
  outputs: RunOutputs,
): Promise<RunResult> {
  let read = 0;
  let ok = 0;
  let rejected = 0;
  let flagged = 0;
  let internalErrors = 0;
  const rejectedBy = new Map<string, number>();
  const tallies: FileTally[] = [];
  const reconcilers = new Map<number, { files: string[]; read: number; reconciler: Reconciler }>();
  const queue: Promise<Emitted[]>[] = [];
  const maxInFlight = Math.max(2, jobs * 3);
  // Bytes read so far per file: reading runs ahead of the output, so each file keeps its own count.
  const bytesRead = files.map(() => 0);
  let progressState: { -readonly [K in keyof ProgressState]: ProgressState[K] } = {
    file: "",
    fileNumber: 0,
    files: files.length,
    records: 0,
    bytes: 0,
  };

  const reconcilerFor = (source: number): Reconciler | undefined => reconcilers.get(source)?.reconciler;

  async function emit(event: Emitted): Promise<void> {
    const tally = tallies[tallies.length - 1];
    if (event.type === "file-start") {
      const { file, fileNumber } = event;
      tallies.push({ file: file.name, read: 0, ok: 0, rejected: 0 });
      progressState = {
        file: file.name,
        fileNumber,
        files: files.length,
        records: 0,
        bytes: 0,
        ...(file.size === undefined ? {} : { totalBytes: file.size }),
      };
      await outputs.report.event({ type: "file", file: file.name });
      return;
    }
    if (event.type === "file-end") {
      if (tally !== undefined) tally.read = event.read;
      return;
    }
    const reconciler = reconcilerFor(event.source);
    if (event.type === "ok") {
      ok += 1;
      if (tally !== undefined) tally.ok += 1;
      progressState.records += 1;
      if ((event.proposals ?? 0) > 0) flagged += 1;
    } else if (event.type === "rejected") {
      rejected += 1;
      if (tally !== undefined) tally.rejected += 1;
      progressState.records += 1;
      if (event.internal) internalErrors += 1;
      for (const code of new Set(event.issues.map(issueCodeText))) {
        // Codes are few, but an adapter's reasons are its own: past the cap they share one count.
        const key = rejectedBy.has(code) || rejectedBy.size < maxCodes ? code : otherCodes;
        rejectedBy.set(key, (rejectedBy.get(key) ?? 0) + 1);
      }
      // Read-stage rejections happen here; the processors count the rest where they map.
      if (event.stage === "read" || event.stage === lostStage) reconciler?.addRejected(event.issues);
    } else {
      if (tally !== undefined) tally.stopped = event.issue;
      reconciler?.stop(event.cause);
    }
    if (outputs.sharesTerminal) outputs.progress.clear();
    const reported = toReportEvent(event);
    if (reported.type === "ok" && outputs.data !== undefined && reported.output !== undefined)
      await writeText(outputs.data, `${reported.output}\n`);
    await outputs.report.event(reported);
    if (outputs.rejects !== undefined) await outputs.rejects.event(reported);
    progressState.bytes = bytesRead[progressState.fileNumber - 1] ?? 0;
    outputs.progress.update(progressState);
  }

  async function drainOne(): Promise<void> {
    const head = queue.shift();
    if (head === undefined) return;
    for (const event of await head) await emit(event);
  }
  async function enqueue(events: Emitted[] | Promise<Emitted[]>): Promise<void> {
    queue.push(Promise.resolve(events));
    while (queue.length > maxInFlight) await drainOne();
  }

  for (const [fileIndex, planned] of files.entries()) {
    const { file, source, format } = planned;
    const processor = processors[source];
    const sourceSpec = spec.sources[source];
    if (processor === undefined || sourceSpec === undefined) throw new Error("no processor for a file");
    if (sourceSpec.type === "adapter") {
      const entry = reconcilers.get(source) ?? { files: [], read: 0, reconciler: new Reconciler() };
      entry.files.push(file.name);
      reconcilers.set(source, entry);
    }
    await enqueue([{ type: "file-start", file, fileNumber: fileIndex + 1 }]);
    let fileRead = 0;
    const bytes = inputBytes(file, io, (count) => {
      bytesRead[fileIndex] = (bytesRead[fileIndex] ?? 0) + count;
    });
    // NDJSON for worker threads goes as lines, parsed where they are processed.
    const asLines = format === "ndjson" && executor.runLines !== undefined;
    const items: AsyncGenerator<SourceItem | NdjsonLineItem> = asLines
      ? readNdjsonLines(bytes, processor.reader.ndjson)
      : readItems(format, sourceSpec.type === "document", bytes, processor);
    let values: unknown[] = [];
    let wheres: Where[] = [];
    const flush = async (): Promise<void> => {
      if (values.length === 0) return;
      const batchValues = values;
      const batchWheres = wheres;
      values = [];
      wheres = [];
      const run =
        asLines && executor.runLines !== undefined
          ? executor.runLines(source, batchValues as NdjsonLine[])
          : executor.run(source, batchValues);
      const done = run.then(
        (outcomes) =>
          batchWheres.map((where, i) =>
            outcomeEvent(where, source, outcomes[i] ?? internalFailure(lostStage)),
          ),
        () => batchWheres.map((where) => outcomeEvent(where, source, internalFailure(lostStage))),
      );
      await enqueue(done);
    };
    for await (const item of items) {
      if (item.kind === "stopped") {
        await flush();
        const issue = toCliIssues([item.issue])[0] as CliIssue;
        await enqueue([{ type: "stopped", file: file.name, issue, cause: item.issue, source }]);
        break;
      }
      read += 1;
      fileRead += 1;
      const counted = reconcilers.get(source);
      if (counted !== undefined) counted.read += 1;
      const where: Where = {
        file: file.name,
        index: item.position.index,
        ...(item.position.line === undefined ? {} : { line: item.position.line }),
      };
      if (item.kind === "unreadable") {
        await flush();
        await enqueue([
          { type: "rejected", ...where, stage: "read", issues: toCliIssues(item.issues), source },
        ]);
        continue;
      }
      values.push(
        item.kind === "line"
          ? ({ text: item.text, index: item.position.index, line: item.position.line } satisfies NdjsonLine)
          : item.value,
      );
      wheres.push(where);
      if (values.length >= batchSize) await flush();
    }
    await flush();
    await enqueue([{ type: "file-end", read: fileRead }]);
  }
  while (queue.length > 0) await drainOne();
  outputs.progress.clear();
  const threads = await executor.reconciliations();

  const fileSummaries: FileSummary[] = tallies.map(({ file, read: r, ok: o, rejected: j, stopped }) => ({
    file,
    read: r,
    ok: o,
    rejected: j,
    ...(stopped === undefined ? {} : { stopped }),
  }));
  const summary: RunSummary = {
    command: spec.command,
    read,
    ok,
    rejected,
    files: fileSummaries,
    rejectedBy: [...rejectedBy]
      .map(([code, count]) => ({ code, count }))
      .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)),
    ...(spec.command === "flag" ? { flagged } : {}),
  };
  return {
    summary,
    reconciliations: [...reconcilers].map(([source, { files: names, read: sourceRead, reconciler }]) => ({
      files: names,
      read: sourceRead,
      reconciliation: mergeReconciliations([
        reconciler.result(),
        ...threads.flatMap((results) => {
          const result = results[source];
          return result === undefined ? [] : [result];
        }),
      ]),
    })),
    internalErrors,
  };
}
