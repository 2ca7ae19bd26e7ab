import type { RunResult } from "./run-records.js";

/**
 * Whether every record read was accounted for: in total, per file, and in each adapter's
 * own account, which the threads that mapped the records kept apart from the reader's
 * count. A run that fails this lost a record on the way: a bug, exit code 2.
 */
export function reconciles(result: RunResult): boolean {
  const { summary } = result;
  return (
    summary.read === summary.ok + summary.rejected &&
    summary.files.every((f) => f.read === f.ok + f.rejected) &&
    summary.files.reduce((n, f) => n + f.read, 0) === summary.read &&
    result.reconciliations.every(
      ({ read, reconciliation: r }) => r.read === read && r.read === r.mapped + r.rejected,
    )
  );
}
