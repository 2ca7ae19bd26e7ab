/**
 * What `cse-flags` exits with. Stable: CI pipelines branch on them.
 * - `ok` (0): everything read was valid (for `flag`: every record was evaluated);
 * - `findings` (1): at least one record, document or file was invalid or rejected, or `audit` has findings;
 * - `error` (2): the command could not do its job: a usage mistake, a file that cannot be
 *   read or written, or an internal error (a count that does not reconcile is one).
 */
export const exitCodes = { ok: 0, findings: 1, error: 2 } as const;

export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];
