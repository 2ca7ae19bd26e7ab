import type { Reconciliation } from "@cse-flags/adapter-kit";
import type { ItemOutcome, Processor } from "./processor.js";

/** Runs batches of records through their source's processor; results keep the batch's order. */
export interface Executor {
  run(source: number, values: readonly unknown[]): Promise<readonly ItemOutcome[]>;
  /**
   * Per thread, per source: the adapter kit's account of what that thread mapped so far.
   * Called after every batch has come back.
   */
  reconciliations(): Promise<readonly (readonly (Reconciliation | undefined)[])[]>;
  close(): Promise<void>;
}

/** `--jobs 1`: everything on the main thread. */
export function inThreadExecutor(processors: readonly Processor[]): Executor {
  return {
    run: async (source, values) => {
      const processor = processors[source];
      if (processor === undefined) throw new Error(`no processor ${source}`);
      return values.map((value) => processor.process(value));
    },
    reconciliations: async () => [processors.map((processor) => processor.reconciliation())],
    close: async () => undefined,
  };
}
