import { parseNdjsonLine, type Reconciliation } from "@cse-flags/adapter-kit";
import { toCliIssues } from "../cli-issue.js";
import { type ItemOutcome, internalFailure, type Processor } from "./processor.js";
import type { NdjsonLine } from "./worker-messages.js";

/** Runs batches of records through their source's processor; results keep the batch's order. */
export interface Executor {
  run(source: number, values: readonly unknown[]): Promise<readonly ItemOutcome[]>;
  /**
   * Parses NDJSON lines (from the adapter kit's `readNdjsonLines`) where the records are
   * processed, then processes them; a line that is not JSON comes back rejected at stage
   * `read`, as the reader would have yielded it. Worker threads have it, so the main thread
   * only splits lines; on one thread, parsing where read costs the same, so it is absent.
   */
  runLines?(source: number, lines: readonly NdjsonLine[]): Promise<readonly ItemOutcome[]>;
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

/**
 * One NDJSON line, parsed where it is processed (`runLines`): a line that is not JSON is
 * rejected at `read` with the reader's own issue, and the processor never sees it, exactly
 * as when the main thread's reader parses it.
 */
export function processNdjsonLine(processor: Processor, { text, index, line }: NdjsonLine): ItemOutcome {
  const item = parseNdjsonLine(text, { index, line });
  if (item.kind === "record") return processor.process(item.value);
  return item.kind === "unreadable"
    ? { ok: false, stage: "read", issues: toCliIssues(item.issues) }
    : internalFailure("read");
}
