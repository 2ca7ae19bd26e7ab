import type { Reconciliation } from "@cse-flags/adapter-kit";
import type { ItemOutcome } from "./processor.js";

/** An NDJSON line still to be parsed, with where it was in its file. */
export interface NdjsonLine {
  readonly text: string;
  readonly index: number;
  readonly line: number;
}

/**
 * Main thread to worker: a batch of records of one source to process, as parsed values or
 * as NDJSON lines the worker parses (a string crosses threads far cheaper than an object).
 */
export type WorkerRequest =
  | {
      readonly type: "run";
      readonly id: number;
      readonly source: number;
      readonly values: readonly unknown[];
    }
  | {
      readonly type: "lines";
      readonly id: number;
      readonly source: number;
      readonly lines: readonly NdjsonLine[];
    };

/** Worker to main thread. */
export type WorkerReply =
  | { readonly type: "ready" }
  | { readonly type: "failed"; readonly message: string; readonly hint?: string }
  | {
      readonly type: "done";
      readonly id: number;
      readonly outcomes: readonly ItemOutcome[];
      /**
       * The worker's account for the batch's source so far, this batch included: the main
       * thread keeps the latest, so the batches a worker finished still count if it dies later.
       */
      readonly reconciliation?: Reconciliation;
    };
