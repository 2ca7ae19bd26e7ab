import type { Reconciliation } from "@cse-flags/adapter-kit";
import type { ItemOutcome } from "./processor.js";

/** Main thread to worker: a batch to process, or a request for the worker's reconciliations. */
export type WorkerRequest =
  | {
      readonly type: "run";
      readonly id: number;
      readonly source: number;
      readonly values: readonly unknown[];
    }
  | { readonly type: "reconcile"; readonly id: number };

/** Worker to main thread. */
export type WorkerReply =
  | { readonly type: "ready" }
  | { readonly type: "failed"; readonly message: string; readonly hint?: string }
  | { readonly type: "done"; readonly id: number; readonly outcomes: readonly ItemOutcome[] }
  | {
      readonly type: "reconciled";
      readonly id: number;
      readonly results: readonly (Reconciliation | undefined)[];
    };
