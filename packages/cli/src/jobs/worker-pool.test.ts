import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { InternalError, UsageError } from "../errors.js";
import type { JobSpec } from "./job-spec.js";
import { workerPool } from "./worker-pool.js";

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "worker-pool-test-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

/** A worker script in the temporary folder, as a URL the pool can start. */
function script(name: string, source: string): URL {
  const path = join(dir, name);
  writeFileSync(path, source);
  return pathToFileURL(path);
}

// Stand-in workers that speak the pool's protocol, so each way a worker can fail is shown exactly.
const header = `import { parentPort } from "node:worker_threads";\n`;
const account = (read: string): string =>
  `{ read: ${read}, mapped: ${read}, rejected: 0, rejectedBy: [], unmappedCodes: [], unreportableCodes: [], ` +
  "explicitlyUnmapped: [], notRelated: [], ignoredFields: [], unaccountedFields: [] }";

/** Answers every batch with ok outcomes and its running count; `exitOn` batch number ends the thread instead. */
const counting = (exitOn?: number): string =>
  `${header}let seen = 0; let batches = 0;
parentPort.postMessage({ type: "ready" });
parentPort.on("message", (request) => {
  batches += 1;
  if (batches === ${exitOn ?? -1}) process.exit(3);
  seen += request.values.length;
  parentPort.postMessage({ type: "done", id: request.id, outcomes: request.values.map(() => ({ ok: true })), reconciliation: ${account("seen")} });
});\n`;

const spec: JobSpec = {
  command: "validate",
  sources: [{ type: "adapter", adapter: "crime", module: false, force: "example-force", conceptMaps: {} }],
  overlays: [],
  decisions: { full: false, redacted: false, explained: false },
};

describe("workerPool with stand-in workers", () => {
  it("keeps what a worker finished when it dies later; only the batch it died on is rejected", async () => {
    const pool = await workerPool(spec, 1, script("dies-on-second.mjs", counting(2)));
    try {
      expect(await pool.run(0, [1, 2, 3])).toHaveLength(3);
      await expect(pool.run(0, [4, 5])).rejects.toBeInstanceOf(InternalError);
      await expect(pool.run(0, [6])).rejects.toThrow("every worker thread has stopped");
      // The dead worker's account still holds the first batch: it reconciles with what came back.
      const [accounts] = await pool.reconciliations();
      expect(accounts?.[0]).toMatchObject({ read: 3, mapped: 3 });
    } finally {
      await pool.close();
    }
  });

  it("sums each worker's latest account, one per source", async () => {
    const pool = await workerPool(spec, 2, script("counting.mjs", counting()));
    try {
      const batches = await Promise.all([pool.run(0, [1, 2]), pool.run(0, [3]), pool.run(0, [4, 5, 6])]);
      expect(batches.map((b) => b.length)).toEqual([2, 1, 3]);
      const accounts = await pool.reconciliations();
      expect(accounts).toHaveLength(2);
      expect(accounts.reduce((n, [a]) => n + (a?.read ?? 0), 0)).toBe(6);
    } finally {
      await pool.close();
    }
  });

  it("rejects a batch in hand when the pool is closed, rather than leaving it waiting", async () => {
    const silent = script(
      "silent.mjs",
      `${header}parentPort.postMessage({ type: "ready" }); parentPort.on("message", () => {});\n`,
    );
    const pool = await workerPool(spec, 1, silent);
    const pending = pool.run(0, [1]);
    await pool.close();
    await expect(pending).rejects.toBeInstanceOf(InternalError);
  });

  it("stops every worker, those that could not start too, and throws the reason", async () => {
    // Of three threads in a row exactly one has an id divisible by 3: it fails, the others start. Each then
    // waits for work as the real worker does: left running, it would keep the process alive for ever.
    const failing = script(
      "one-fails.mjs",
      `import { parentPort, threadId } from "node:worker_threads";
if (threadId % 3 === 0) {
  parentPort.postMessage({ type: "failed", message: "the adapter module could not be loaded", hint: "Fix it." });
} else parentPort.postMessage({ type: "ready" });
parentPort.on("message", () => {});\n`,
    );
    const terminate = vi.spyOn(Worker.prototype, "terminate");
    const failure = await workerPool(spec, 3, failing).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(UsageError);
    expect(failure).toMatchObject({ message: "the adapter module could not be loaded", hint: "Fix it." });
    expect(terminate).toHaveBeenCalledTimes(3);
  });

  it("throws an internal error when a worker cannot even load", async () => {
    const terminate = vi.spyOn(Worker.prototype, "terminate");
    const failure = await workerPool(spec, 2, script("broken.mjs", "this is not JavaScript\n")).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(InternalError);
    expect(terminate).toHaveBeenCalledTimes(2);
  });
});

// The real worker, run from source through tsx (a development dependency of the repository): its ESM
// entry, which registers the TypeScript loader in the worker thread.
const tsxApi = pathToFileURL(
  join(dirname(createRequire(import.meta.url).resolve("tsx/package.json")), "dist/esm/api/index.mjs"),
);
const realWorker = (): URL =>
  script(
    "real-worker.mjs",
    `import { register } from ${JSON.stringify(tsxApi.href)};
register();
await import(${JSON.stringify(new URL("../worker.ts", import.meta.url).href)});\n`,
  );

const crimeRows = (): Record<string, string>[] => {
  const [header = "", ...rows] = readFileSync(
    new URL("../../../../examples/consistent-flagging/exports/crime.csv", import.meta.url),
    "utf8",
  )
    .split("\n")
    .filter((line) => line !== "");
  const names = header.split(",");
  return rows.map((row) => Object.fromEntries(row.split(",").map((cell, i) => [names[i] ?? "", cell])));
};

describe("workerPool with the real worker", () => {
  it("maps batches on two threads and accounts for every record across them", async () => {
    const rows = crimeRows();
    const pool = await workerPool(spec, 2, realWorker());
    try {
      const outcomes = (await Promise.all([pool.run(0, rows), pool.run(0, rows), pool.run(0, [{}])])).flat();
      expect(outcomes).toHaveLength(2 * rows.length + 1);
      expect(outcomes.at(-1)).toMatchObject({ ok: false, stage: "source" });
      const accounts = await pool.reconciliations();
      const read = accounts.reduce((n, [a]) => n + (a?.read ?? 0), 0);
      const mapped = accounts.reduce((n, [a]) => n + (a?.mapped ?? 0), 0);
      expect(read).toBe(outcomes.length);
      expect(mapped).toBe(outcomes.filter((o) => o.ok).length);
    } finally {
      await pool.close();
    }
  }, 30_000);

  it("parses NDJSON lines on the worker: the outcomes of the parsed rows, and a line not JSON rejected at read", async () => {
    const rows = crimeRows();
    const pool = await workerPool(spec, 2, realWorker());
    try {
      const lines = [
        ...rows.map((row, i) => ({ text: JSON.stringify(row), index: i, line: i + 1 })),
        { text: `{"crime_ref": "SENTINEL-CHILD-A-9001"`, index: rows.length, line: rows.length + 1 },
      ];
      const fromLines = await pool.runLines?.(0, lines);
      const fromValues = await pool.run(0, rows);
      expect(fromLines?.slice(0, rows.length)).toEqual(fromValues);
      expect(fromLines?.at(-1)).toMatchObject({
        ok: false,
        stage: "read",
        issues: [{ code: "invalid_json", line: rows.length + 1 }],
      });
      expect(JSON.stringify(fromLines)).not.toContain("SENTINEL");
      // The line that never parsed is the main thread's to count: the workers saw only the rows.
      const accounts = await pool.reconciliations();
      expect(accounts.reduce((n, [a]) => n + (a?.read ?? 0), 0)).toBe(2 * rows.length);
    } finally {
      await pool.close();
    }
  }, 30_000);

  it("fails with the worker's usage error, and stops every thread, when the adapter module will not load there", async () => {
    const module = join(dir, "loads-only-on-the-main-thread.mjs");
    writeFileSync(
      module,
      `import { isMainThread } from "node:worker_threads";\nif (!isMainThread) throw new Error("SENTINEL-CHILD-A-9001");\nexport default () => ({});\n`,
    );
    const terminate = vi.spyOn(Worker.prototype, "terminate");
    const failure = await workerPool(
      {
        ...spec,
        sources: [
          { type: "adapter", adapter: module, module: true, force: "example-force", conceptMaps: {} },
        ],
      },
      2,
      realWorker(),
    ).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(UsageError);
    expect(failure).toMatchObject({ message: `the adapter module ${module} could not be loaded` });
    expect(String(failure)).not.toContain("SENTINEL");
    expect(terminate).toHaveBeenCalledTimes(2);
  }, 30_000);
});
