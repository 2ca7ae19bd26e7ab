import { Worker } from "node:worker_threads";
import type { Reconciliation } from "@cse-flags/adapter-kit";
import { InternalError, UsageError } from "../errors.js";
import type { Executor } from "./executor.js";
import type { JobSpec } from "./job-spec.js";
import type { ItemOutcome } from "./processor.js";
import type { WorkerReply, WorkerRequest } from "./worker-messages.js";

interface Pending {
  readonly source: number;
  readonly resolve: (outcomes: readonly ItemOutcome[]) => void;
  readonly reject: (error: Error) => void;
}

interface PoolWorker {
  readonly worker: Worker;
  readonly pending: Map<number, Pending>;
  /** The latest account the worker sent for each source; kept if the worker dies later. */
  readonly reconciliations: Map<number, Reconciliation>;
  alive: boolean;
}

/** Where the built worker entry is: beside this file's bundle in `dist/`. */
export const defaultWorkerUrl = new URL("./worker.js", import.meta.url);

/** A started worker, and whether it became ready (fulfilled) or could not start (rejected). */
function start(spec: JobSpec, url: URL): { entry: PoolWorker; ready: Promise<void> } {
  const worker = new Worker(url, { workerData: spec });
  const entry: PoolWorker = { worker, pending: new Map(), reconciliations: new Map(), alive: true };
  const ready = new Promise<void>((resolve, reject) => {
    const fail = (error: Error): void => {
      entry.alive = false;
      reject(error); // no effect once ready
      for (const pending of entry.pending.values()) pending.reject(error);
      entry.pending.clear();
    };
    worker.on("message", (message: WorkerReply) => {
      if (message.type === "ready") {
        resolve();
        return;
      }
      if (message.type === "failed") {
        fail(new UsageError(message.message, message.hint));
        return;
      }
      const pending = entry.pending.get(message.id);
      if (pending === undefined) return;
      entry.pending.delete(message.id);
      if (message.reconciliation !== undefined)
        entry.reconciliations.set(pending.source, message.reconciliation);
      pending.resolve(message.outcomes);
    });
    worker.on("error", () => fail(new InternalError("a worker thread failed")));
    worker.on("exit", () => fail(new InternalError("a worker thread stopped")));
  });
  return { entry, ready };
}

/**
 * `--jobs N`: N worker threads, each with its own processors. A batch goes to the worker
 * with the fewest batches in hand; the caller keeps input order by awaiting batches in the
 * order it sent them. A batch on a worker that dies is rejected, never dropped, and what
 * the worker finished before stays counted. If any worker cannot start, every one is
 * stopped and the first failure thrown.
 */
export async function workerPool(
  spec: JobSpec,
  size: number,
  url: URL = defaultWorkerUrl,
): Promise<Executor> {
  const started = Array.from({ length: size }, () => start(spec, url));
  const workers = started.map((s) => s.entry);
  const results = await Promise.allSettled(started.map((s) => s.ready));
  const failure = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
  if (failure !== undefined) {
    // A worker that could not start still runs (it waits for work): stop them all, or the process never exits.
    await Promise.all(workers.map((w) => w.worker.terminate()));
    throw failure.reason instanceof Error
      ? failure.reason
      : new InternalError("a worker thread could not start");
  }
  let nextId = 0;
  const send = async (
    source: number,
    request: (id: number) => WorkerRequest,
  ): Promise<readonly ItemOutcome[]> => {
    const live = workers.filter((w) => w.alive);
    if (live.length === 0) throw new InternalError("every worker thread has stopped");
    const target = live.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = nextId;
    nextId += 1;
    return new Promise((resolve, reject) => {
      target.pending.set(id, { source, resolve, reject });
      try {
        target.worker.postMessage(request(id));
      } catch {
        target.pending.delete(id);
        reject(new InternalError("a batch could not be sent to a worker thread"));
      }
    });
  };
  return {
    run: (source, values) => send(source, (id) => ({ type: "run", id, source, values })),
    runLines: (source, lines) => send(source, (id) => ({ type: "lines", id, source, lines })),
    // Every batch has come back by now, so each worker's latest account covers all it did, dead or alive.
    async reconciliations() {
      return workers.map((w) => spec.sources.map((_, source) => w.reconciliations.get(source)));
    },
    async close() {
      for (const w of workers) w.alive = false;
      await Promise.all(workers.map((w) => w.worker.terminate()));
    },
  };
}
