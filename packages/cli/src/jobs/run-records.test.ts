import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collector } from "../../test/collector.js";
import type { InputFile } from "../inputs/input-file.js";
import type { InputFormat } from "../inputs/input-format.js";
import type { CliIo } from "../io.js";
import { noProgress, type Progress, type ProgressState } from "../progress/progress.js";
import type { Report, ReportEvent, RunSummary } from "../reports/report.js";
import { type Executor, inThreadExecutor, processNdjsonLine } from "./executor.js";
import type { JobSpec, RecordSource } from "./job-spec.js";
import { createProcessor, type Processor } from "./processor.js";
import { maxCodes, type PlannedFile, type RunOutputs, runRecords } from "./run-records.js";

/** The reference crime adapter, as `--adapter crime --force example-force` gives it. */
const crimeSource: RecordSource = {
  type: "adapter",
  adapter: "crime",
  module: false,
  force: "example-force",
  conceptMaps: {},
};

const sentinel = "SENTINEL-CHILD-A-9001";
const valid: unknown = JSON.parse(
  readFileSync(new URL("../../../../examples/records/crime-0001.json", import.meta.url), "utf8"),
);
const invalid = { kind: "crime", source: { recordId: sentinel } };
const crimeCsv = new URL("../../../../examples/consistent-flagging/exports/crime.csv", import.meta.url);

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "run-records-test-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a temporary input file and describes it as checkInputFiles would. */
function inputFile(name: string, content: string | Uint8Array): InputFile {
  const path = join(dir, name);
  writeFileSync(path, content);
  return { name, path, size: statSync(path).size };
}

const ndjson = (values: readonly unknown[]): string => values.map((v) => JSON.stringify(v)).join("\n");

function io(stdin: PassThrough = new PassThrough()): CliIo {
  stdin.end();
  return { stdin, stdout: collector().out, stderr: collector().out, cwd: dir, env: {} };
}

function collectingReport(): Report & { events: ReportEvent[]; summaries: RunSummary[] } {
  const events: ReportEvent[] = [];
  const summaries: RunSummary[] = [];
  return {
    events,
    summaries,
    event: async (event) => {
      events.push(event);
    },
    finish: async (summary) => {
      summaries.push(summary);
    },
  };
}

const documents: RecordSource = { type: "document", kind: "record" };

async function setup(
  command: JobSpec["command"],
  source: RecordSource,
): Promise<{ spec: JobSpec; processors: Processor[] }> {
  return {
    spec: {
      command,
      sources: [source],
      overlays: [],
      decisions: { full: true, redacted: true, explained: true },
    },
    processors: [await createProcessor(command, source, [])],
  };
}

const planned = (file: InputFile, format: InputFormat): PlannedFile => ({ file, source: 0, format });

/** Runs the files on this thread with the plain options most tests need. */
function runInThread(
  spec: JobSpec,
  processors: readonly Processor[],
  files: readonly PlannedFile[],
  report: Report,
): ReturnType<typeof runRecords> {
  return runRecords(spec, files, processors, inThreadExecutor(processors), 1, io(), {
    report,
    progress: noProgress,
    sharesTerminal: false,
  });
}

/** Everything the run counted, checked to reconcile in total and per file. */
function expectReconciled(summary: RunSummary): void {
  expect(summary.read).toBe(summary.ok + summary.rejected);
  for (const file of summary.files) expect(file.read).toBe(file.ok + file.rejected);
  expect(summary.files.reduce((n, f) => n + f.read, 0)).toBe(summary.read);
}

/** Record events as `file#index:type`, to check order. */
const places = (events: readonly ReportEvent[]): string[] =>
  events.map((e) =>
    e.type === "file"
      ? `file ${e.file}`
      : e.type === "stopped"
        ? `stopped ${e.file}`
        : `${e.file}#${e.index}:${e.type}`,
  );

describe("runRecords", () => {
  it("reports every record of every file in input order, with counts per file", async () => {
    const { spec, processors } = await setup("validate", documents);
    const a = inputFile(
      "a.ndjson",
      `${ndjson([valid, invalid])}\nnot json ${sentinel}\n${JSON.stringify(valid)}\n`,
    );
    const many = Array.from({ length: 300 }, (_, i) => (i % 7 === 3 ? invalid : valid));
    const b = inputFile("b.json", JSON.stringify(many));
    const report = collectingReport();
    const outputs: RunOutputs = { report, progress: noProgress, sharesTerminal: false };
    const files = [planned(a, "ndjson"), planned(b, "json")];
    const result = await runRecords(spec, files, processors, inThreadExecutor(processors), 1, io(), outputs);

    expect(places(report.events).slice(0, 6)).toEqual([
      "file a.ndjson",
      "a.ndjson#0:ok",
      "a.ndjson#1:rejected",
      "a.ndjson#2:rejected",
      "a.ndjson#3:ok",
      "file b.json",
    ]);
    const bEvents = report.events.slice(6);
    expect(bEvents.map((e) => (e.type === "file" ? -1 : e.type === "stopped" ? -2 : e.index))).toEqual(
      Array.from({ length: 300 }, (_, i) => i),
    );
    expect(bEvents.map((e) => e.type)).toEqual(many.map((v) => (v === invalid ? "rejected" : "ok")));
    expect(report.events[3]).toMatchObject({ type: "rejected", stage: "read", line: 3 });

    const rejectedInB = many.filter((v) => v === invalid).length;
    expect(result.summary).toMatchObject({
      command: "validate",
      read: 304,
      ok: 302 - rejectedInB,
      rejected: 2 + rejectedInB,
      files: [
        { file: "a.ndjson", read: 4, ok: 2, rejected: 2 },
        { file: "b.json", read: 300, ok: 300 - rejectedInB, rejected: rejectedInB },
      ],
    });
    expect(result.summary.rejectedBy.map((r) => r.code)).toContain("invalid_json");
    expectReconciled(result.summary);
    expect(result.internalErrors).toBe(0);
    expect(result.reconciliations).toEqual([]);
    expect(JSON.stringify(report.events)).not.toContain(sentinel);
    expect(JSON.stringify(result)).not.toContain(sentinel);
  });

  it("sends NDJSON as lines to an executor that parses them, with the same events and counts", async () => {
    const { spec, processors } = await setup("flag", documents);
    const lines = Array.from({ length: 300 }, (_, i) =>
      i % 11 === 5
        ? `not json ${sentinel}`
        : i % 13 === 7
          ? "   "
          : JSON.stringify(i % 5 === 2 ? invalid : valid),
    );
    const file = inputFile("lines.ndjson", `${lines.join("\r\n")}\n`);
    const run = async (executor: Executor) => {
      const report = collectingReport();
      const result = await runRecords(spec, [planned(file, "ndjson")], processors, executor, 2, io(), {
        report,
        progress: noProgress,
        sharesTerminal: false,
      });
      return { events: report.events, result };
    };
    const batches: number[] = [];
    const inThread = inThreadExecutor(processors);
    const parsed = await run(inThread);
    const asLines = await run({
      ...inThread,
      run: () => Promise.reject(new Error("NDJSON must go as lines")),
      runLines: async (source, batch) => {
        batches.push(batch.length);
        const processor = processors[source] as Processor;
        return batch.map((line) => processNdjsonLine(processor, line));
      },
    });
    expect(batches.reduce((n, b) => n + b, 0)).toBe(lines.filter((l) => l.trim() !== "").length);
    expect(asLines.events).toEqual(parsed.events);
    expect(asLines.result.summary).toEqual(parsed.result.summary);
    expect(asLines.result.summary.rejectedBy.map((r) => r.code)).toContain("invalid_json");
    expectReconciled(asLines.result.summary);
    expect(JSON.stringify(asLines.events)).not.toContain(sentinel);
  });

  it("counts a stopped file's records up to the stop, and goes on to the next file", async () => {
    const { spec, processors } = await setup("validate", documents);
    // Separate chunks, as a stream delivers them: the bad bytes arrive after the first record.
    const stdin = Readable.from([
      Buffer.from(`${JSON.stringify(valid)}\n{"a": "`),
      Buffer.from([0xff, 0xfe, 0x22, 0x7d]),
    ]);
    const after = inputFile("after.ndjson", `${JSON.stringify(valid)}\n`);
    const report = collectingReport();
    const result = await runRecords(
      spec,
      [planned({ name: "<stdin>" }, "ndjson"), planned(after, "ndjson")],
      processors,
      inThreadExecutor(processors),
      1,
      { ...io(), stdin },
      { report, progress: noProgress, sharesTerminal: false },
    );
    expect(places(report.events)).toEqual([
      "file <stdin>",
      "<stdin>#0:ok",
      "stopped <stdin>",
      "file after.ndjson",
      "after.ndjson#0:ok",
    ]);
    expect(result.summary.files[0]).toMatchObject({
      file: "<stdin>",
      read: 1,
      ok: 1,
      rejected: 0,
      stopped: { code: "invalid_utf8" },
    });
    expectReconciled(result.summary);
  });

  // Bug (adapter-kit, packages/adapter-kit/src/readers/text-input.ts:52-58, `decode`): a chunk with bytes that
  // are not UTF-8 throws before any of its text is yielded, so the records before the bad bytes in the same
  // chunk are never read. Files are read in 256 KiB chunks, so a small export with one bad byte near the end
  // reports "read 0 ... stopped at the start". Fix: on a decoding error, decode and yield the chunk's valid
  // prefix (up to the first invalid sequence) before throwing StopReading.
  it("reads the records before bytes that are not UTF-8 in the same chunk", async () => {
    const { spec, processors } = await setup("validate", documents);
    const broken = inputFile(
      "broken.ndjson",
      Buffer.concat([
        Buffer.from(`${JSON.stringify(valid)}\n{"a": "`),
        Buffer.from([0xff, 0xfe]),
        Buffer.from('"}\n'),
      ]),
    );
    const report = collectingReport();
    const result = await runInThread(spec, processors, [planned(broken, "ndjson")], report);
    expect(places(report.events)).toEqual([
      "file broken.ndjson",
      "broken.ndjson#0:ok",
      "stopped broken.ndjson",
    ]);
    expect(result.summary.files[0]).toMatchObject({ read: 1, ok: 1, stopped: { code: "invalid_utf8" } });
  });

  it("rejects every record of a batch whose executor fails, as internal errors, and loses none", async () => {
    const { spec, processors } = await setup("validate", documents);
    const file = inputFile(
      "failing.ndjson",
      `${ndjson([valid, invalid])}\nnot json\n${ndjson(Array(200).fill(valid))}\n`,
    );
    const failing: Executor = {
      run: () => Promise.reject(new Error("worker gone")),
      reconciliations: async () => [],
      close: async () => undefined,
    };
    const report = collectingReport();
    const result = await runRecords(spec, [planned(file, "ndjson")], processors, failing, 2, io(), {
      report,
      progress: noProgress,
      sharesTerminal: false,
    });
    expect(result.summary).toMatchObject({ read: 203, ok: 0, rejected: 203 });
    expect(result.internalErrors).toBe(202);
    const records = report.events.filter((e) => e.type === "rejected");
    expect(records.map((e) => e.index)).toEqual(Array.from({ length: 203 }, (_, i) => i));
    for (const event of records) {
      if (event.index === 2) expect(event).toMatchObject({ stage: "read" });
      else expect(event).toMatchObject({ stage: "worker", issues: [{ code: "internal_error" }] });
    }
    expect(result.summary.rejectedBy).toEqual([
      { code: "internal_error", count: 202 },
      { code: "invalid_json", count: 1 },
    ]);
    expectReconciled(result.summary);
  });

  it("rejects a record the executor gave no outcome for, as an internal error", async () => {
    const { spec, processors } = await setup("validate", documents);
    const inner = inThreadExecutor(processors);
    const short: Executor = {
      run: async (source, values) => (await inner.run(source, values)).slice(0, -1),
      reconciliations: () => inner.reconciliations(),
      close: async () => undefined,
    };
    const file = inputFile("short.ndjson", ndjson([valid, valid, valid]));
    const report = collectingReport();
    const result = await runRecords(spec, [planned(file, "ndjson")], processors, short, 1, io(), {
      report,
      progress: noProgress,
      sharesTerminal: false,
    });
    expect(result.summary).toMatchObject({ read: 3, ok: 2, rejected: 1 });
    expect(result.internalErrors).toBe(1);
    expect(report.events[3]).toMatchObject({ type: "rejected", index: 2, stage: "worker" });
  });

  it("keeps input order when later batches finish first", async () => {
    const { spec, processors } = await setup("validate", documents);
    const inner = inThreadExecutor(processors);
    let batch = 0;
    const reversed: Executor = {
      run: async (source, values) => {
        const wait = 40 - batch * 10;
        batch += 1;
        await new Promise((done) => setTimeout(done, Math.max(0, wait)));
        return inner.run(source, values);
      },
      reconciliations: () => inner.reconciliations(),
      close: async () => undefined,
    };
    const values = Array.from({ length: 600 }, (_, i) => (i % 5 === 0 ? invalid : valid));
    const file = inputFile("ordered.ndjson", ndjson(values));
    const report = collectingReport();
    const result = await runRecords(spec, [planned(file, "ndjson")], processors, reversed, 4, io(), {
      report,
      progress: noProgress,
      sharesTerminal: false,
    });
    expect(batch).toBeGreaterThan(3);
    const records = report.events.filter((e) => e.type !== "file");
    expect(records.map((e) => (e.type === "stopped" ? -1 : e.index))).toEqual(values.map((_, i) => i));
    expect(records.map((e) => e.type)).toEqual(values.map((v) => (v === invalid ? "rejected" : "ok")));
    expectReconciled(result.summary);
  });

  it("maps through an adapter: canonical lines to the data stream, and the adapter kit's reconciliation", async () => {
    const { spec, processors } = await setup("map", crimeSource);
    const file = inputFile("crime.csv", readFileSync(crimeCsv));
    const data = collector();
    const rejects = collectingReport();
    const report = collectingReport();
    const result = await runRecords(
      spec,
      [planned(file, "csv")],
      processors,
      inThreadExecutor(processors),
      1,
      io(),
      {
        report,
        data: data.out,
        rejects,
        progress: noProgress,
        sharesTerminal: false,
      },
    );
    const lines = data.text().split("\n");
    expect(lines.pop()).toBe("");
    expect(lines).toHaveLength(result.summary.ok);
    for (const line of lines) expect(JSON.parse(line)).toMatchObject({ kind: "crime" });
    expect(rejects.events).toEqual(report.events.filter((e) => e.type !== "file"));
    expect(result.reconciliations).toHaveLength(1);
    const [entry] = result.reconciliations;
    expect(entry?.files).toEqual(["crime.csv"]);
    expect(entry?.read).toBe(result.summary.read);
    expect(entry?.reconciliation.read).toBe(result.summary.read);
    expect(entry?.reconciliation.mapped).toBe(result.summary.ok);
    expectReconciled(result.summary);
  });

  it("counts flagged records for flag, and only for flag", async () => {
    const { spec, processors } = await setup("flag", documents);
    const file = inputFile("flag.ndjson", ndjson([valid, invalid, valid]));
    const report = collectingReport();
    const result = await runInThread(spec, processors, [planned(file, "ndjson")], report);
    const proposing = await createProcessor("flag", documents, []);
    const outcome = proposing.process(valid);
    const perRecord = outcome.ok && (outcome.proposals ?? 0) > 0 ? 1 : 0;
    expect(result.summary).toMatchObject({
      command: "flag",
      read: 3,
      ok: 2,
      rejected: 1,
      flagged: 2 * perRecord,
    });
    const okEvents = report.events.filter((e) => e.type === "ok");
    for (const event of okEvents)
      expect(event).toMatchObject({ lines: expect.any(Array), output: expect.any(String) });
  });

  it("keeps the adapter kit's count when an adapter batch is lost", async () => {
    const { spec, processors } = await setup("validate", crimeSource);
    const file = inputFile("lost.csv", readFileSync(crimeCsv));
    const failing: Executor = {
      run: () => Promise.reject(new Error("worker gone")),
      reconciliations: async () => [],
      close: async () => undefined,
    };
    const result = await runRecords(spec, [planned(file, "csv")], processors, failing, 2, io(), {
      report: collectingReport(),
      progress: noProgress,
      sharesTerminal: false,
    });
    expect(result.internalErrors).toBe(result.summary.read);
    const [entry] = result.reconciliations;
    expect(entry?.reconciliation.read).toBe(entry?.read);
  });

  it("keeps the code a file stopped with in the adapter kit's account", async () => {
    const { spec, processors } = await setup("validate", crimeSource);
    const file = inputFile(
      "bad-bytes.csv",
      Buffer.concat([readFileSync(crimeCsv), Buffer.from([0xff, 0x0a])]),
    );
    const result = await runRecords(
      spec,
      [planned(file, "csv")],
      processors,
      inThreadExecutor(processors),
      1,
      io(),
      {
        report: collectingReport(),
        progress: noProgress,
        sharesTerminal: false,
      },
    );
    expect(result.summary.files[0]?.stopped).toMatchObject({ code: "invalid_utf8" });
    expect(result.reconciliations[0]?.reconciliation.stopped).toMatchObject({ code: "invalid_utf8" });
  });

  it("counts rejections by at most maxCodes names, the rest as …more, and loses no count", async () => {
    const { spec, processors } = await setup("validate", documents);
    // An adapter's reasons are its own: one that makes a new reason per record must not grow the tally for ever.
    let n = 0;
    const uniqueReasons: Executor = {
      run: async (_source, values) =>
        values.map(() => {
          n += 1;
          return {
            ok: false,
            stage: "map",
            issues: [
              { path: "", code: "adapter_rejected", reason: `r${n}-a`, message: "m" },
              { path: "", code: "adapter_rejected", reason: `r${n}-b`, message: "m" },
            ],
          };
        }),
      reconciliations: async () => [],
      close: async () => undefined,
    };
    const count = Math.ceil((maxCodes + 10) / 2);
    const file = inputFile("many-reasons.ndjson", ndjson(Array(count).fill(valid)));
    const result = await runRecords(spec, [planned(file, "ndjson")], processors, uniqueReasons, 1, io(), {
      report: collectingReport(),
      progress: noProgress,
      sharesTerminal: false,
    });
    const { rejectedBy } = result.summary;
    expect(rejectedBy).toHaveLength(maxCodes + 1);
    expect(rejectedBy.filter((r) => r.code === "…more")).toEqual([
      { code: "…more", count: 2 * count - maxCodes },
    ]);
    expect(rejectedBy.reduce((n, r) => n + r.count, 0)).toBe(2 * count);
    expectReconciled(result.summary);
  });

  it("stops at a stdin that failed before its turn came, without an unheard error", async () => {
    const { spec, processors } = await setup("validate", documents);
    const first = inputFile("first.ndjson", ndjson([valid, valid]));
    const stdin = new PassThrough();
    const report = collectingReport();
    const run = runRecords(
      spec,
      [planned(first, "ndjson"), planned({ name: "<stdin>" }, "ndjson")],
      processors,
      inThreadExecutor(processors),
      1,
      { ...io(), stdin },
      { report, progress: noProgress, sharesTerminal: false },
    );
    stdin.destroy(Object.assign(new Error("EIO: i/o error, read"), { code: "EIO" }));
    const result = await run;
    expect(result.summary.files).toEqual([
      { file: "first.ndjson", read: 2, ok: 2, rejected: 0 },
      {
        file: "<stdin>",
        read: 0,
        ok: 0,
        rejected: 0,
        stopped: expect.objectContaining({ code: "input_failed" }),
      },
    ]);
    // Without the hold the error would go unheard and fail this test as an unhandled error; after the run it is let go.
    expect(stdin.listeners("error").map((listener) => listener.name)).not.toContain("hold");
  });

  it("stops with input_failed at a file removed after it was checked, and at a stdin of objects", async () => {
    const { spec, processors } = await setup("validate", documents);
    const gone: InputFile = { name: "gone.ndjson", path: join(dir, "gone.ndjson"), size: 10 };
    const report = collectingReport();
    const result = await runRecords(
      spec,
      [planned(gone, "ndjson"), planned({ name: "<stdin>" }, "ndjson")],
      processors,
      inThreadExecutor(processors),
      1,
      { ...io(), stdin: Readable.from([{ not: "bytes" }]) },
      { report, progress: noProgress, sharesTerminal: false },
    );
    expect(result.summary.files.map((f) => [f.file, f.read, f.stopped?.code])).toEqual([
      ["gone.ndjson", 0, "input_failed"],
      ["<stdin>", 0, "input_failed"],
    ]);
  });

  it("reads stdin", async () => {
    const { spec, processors } = await setup("validate", documents);
    const stdin = new PassThrough();
    stdin.write(`${ndjson([valid, invalid])}\n`);
    const report = collectingReport();
    const result = await runRecords(
      spec,
      [planned({ name: "<stdin>" }, "ndjson")],
      processors,
      inThreadExecutor(processors),
      1,
      io(stdin),
      { report, progress: noProgress, sharesTerminal: false },
    );
    expect(result.summary.files).toEqual([{ file: "<stdin>", read: 2, ok: 1, rejected: 1 }]);
  });

  it("updates progress per record, clears it before each write when it shares the terminal, and at the end", async () => {
    const { spec, processors } = await setup("validate", documents);
    const calls: string[] = [];
    const states: ProgressState[] = [];
    const progress: Progress = {
      update: (state) => {
        calls.push("update");
        states.push({ ...state });
      },
      clear: () => calls.push("clear"),
    };
    const file = inputFile("progress.ndjson", ndjson([valid, valid, invalid]));
    await runRecords(spec, [planned(file, "ndjson")], processors, inThreadExecutor(processors), 1, io(), {
      report: collectingReport(),
      progress,
      sharesTerminal: true,
    });
    expect(calls).toEqual(["clear", "update", "clear", "update", "clear", "update", "clear"]);
    expect(states.map((s) => s.records)).toEqual([1, 2, 3]);
    expect(states.at(-1)).toMatchObject({
      file: "progress.ndjson",
      fileNumber: 1,
      files: 1,
      totalBytes: file.size,
    });
  });
});
