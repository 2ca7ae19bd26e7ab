import type { Reconciliation } from "@cse-flags/adapter-kit";
import type { ItemOutcome } from "./processor.js";

/** Main thread to worker: a batch of records of one source to process. */
export interface WorkerRequest {
  readonly type: "run";
  readonly id: number;
  readonly source: number;
  readonly values: readonly unknown[];
}

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
