import { Worker } from "node:worker_threads";
import type { Reconciliation } from "@cse-flags/adapter-kit";
import { InternalError, UsageError } from "../errors.js";
import type { Executor } from "./executor.js";
import type { JobSpec } from "./job-spec.js";
import type { ItemOutcome } from "./processor.js";
import type { WorkerReply, WorkerRequest } from "./worker-messages.js";

type Answer = readonly ItemOutcome[] | readonly (Reconciliation | undefined)[];

interface Pending {
  readonly resolve: (answer: Answer) => void;
  readonly reject: (error: Error) => void;
}

interface PoolWorker {
  readonly worker: Worker;
  readonly pending: Map<number, Pending>;
  alive: boolean;
}

/** Where the built worker entry is: beside this file's bundle in `dist/`. */
export const defaultWorkerUrl = new URL("./worker.js", import.meta.url);

function start(spec: JobSpec, url: URL): Promise<PoolWorker> {
  const worker = new Worker(url, { workerData: spec });
  const entry: PoolWorker = { worker, pending: new Map(), alive: true };
  return new Promise((resolve, reject) => {
    let ready = false;
    const fail = (error: Error): void => {
      entry.alive = false;
      if (!ready) reject(error);
      for (const pending of entry.pending.values()) pending.reject(error);
      entry.pending.clear();
    };
    worker.on("message", (message: WorkerReply) => {
      if (message.type === "ready") {
        ready = true;
        resolve(entry);
        return;
      }
      if (message.type === "failed") {
        fail(new UsageError(message.message, message.hint));
        return;
      }
      const pending = entry.pending.get(message.id);
      entry.pending.delete(message.id);
      pending?.resolve(message.type === "done" ? message.outcomes : message.results);
    });
    worker.on("error", () => fail(new InternalError("a worker thread failed")));
    worker.on("exit", () => fail(new InternalError("a worker thread stopped")));
  });
}

/**
 * `--jobs N`: N worker threads, each with its own processors. A batch goes to the worker
 * with the fewest requests in hand; the caller keeps input order by awaiting batches in the
 * order it sent them. A batch on a worker that dies is rejected, never dropped.
 */
export async function workerPool(
  spec: JobSpec,
  size: number,
  url: URL = defaultWorkerUrl,
): Promise<Executor> {
  const started = await Promise.allSettled(Array.from({ length: size }, () => start(spec, url)));
  const workers = started.flatMap((s) => (s.status === "fulfilled" ? [s.value] : []));
  const failure = started.find((s): s is PromiseRejectedResult => s.status === "rejected");
  if (failure !== undefined) {
    await Promise.all(workers.map((w) => w.worker.terminate()));
    throw failure.reason instanceof Error
      ? failure.reason
      : new InternalError("a worker thread could not start");
  }
  let nextId = 0;
  const ask = (target: PoolWorker, request: (id: number) => WorkerRequest): Promise<Answer> => {
    const id = nextId;
    nextId += 1;
    return new Promise((resolve, reject) => {
      target.pending.set(id, { resolve, reject });
      target.worker.postMessage(request(id));
    });
  };
  return {
    async run(source, values) {
      const live = workers.filter((w) => w.alive);
      if (live.length === 0) throw new InternalError("every worker thread has stopped");
      const target = live.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      return (await ask(target, (id) => ({ type: "run", id, source, values }))) as readonly ItemOutcome[];
    },
    async reconciliations() {
      // A worker answers in the order it was asked, so its batches are all counted by then.
      const answers = await Promise.all(
        workers.filter((w) => w.alive).map((w) => ask(w, (id) => ({ type: "reconcile", id }))),
      );
      return answers as readonly (readonly (Reconciliation | undefined)[])[];
    },
    async close() {
      for (const w of workers) w.alive = false;
      await Promise.all(workers.map((w) => w.worker.terminate()));
    },
  };
}
