import type { CliIssue } from "../cli-issue.js";
import type { RecordCommand } from "../jobs/job-spec.js";

/** Where a record is: the file as named on the command line, its 0-based index, and its first line. */
export interface Where {
  readonly file: string;
  readonly index: number;
  readonly line?: number;
}

/** What the command reports, in input order. */
export type ReportEvent =
  | { readonly type: "file"; readonly file: string }
  | (Where & {
      readonly type: "ok";
      /** `flag`: the decision explained (codes, rule ids and paths). */
      readonly lines?: readonly string[];
      /** `flag`: the decision as JSON, in full; `map`: the canonical record as JSON. Data, not for reports. */
      readonly output?: string;
      /** `flag`: the decision as JSON without values from the record (see `redactDecision`). */
      readonly redacted?: string;
      /** `flag`: how many markers the decision proposes. */
      readonly proposals?: number;
    })
  | (Where & { readonly type: "rejected"; readonly stage: string; readonly issues: readonly CliIssue[] })
  /** The file could not be read to its end; nothing after `line` was read. */
  | { readonly type: "stopped"; readonly file: string; readonly issue: CliIssue };

export interface FileSummary {
  readonly file: string;
  readonly read: number;
  readonly ok: number;
  readonly rejected: number;
  /** Set when the file could not be read to its end. */
  readonly stopped?: CliIssue;
}

/** The run's account: `read = ok + rejected`, in total and per file. Counts, names and codes only. */
export interface RunSummary {
  readonly command: RecordCommand;
  readonly read: number;
  readonly ok: number;
  readonly rejected: number;
  readonly files: readonly FileSummary[];
  /** Rejected records by code (`code` or `code:reason`); a record counts once per code. */
  readonly rejectedBy: readonly { readonly code: string; readonly count: number }[];
  /** `flag`: records with at least one proposal. */
  readonly flagged?: number;
}

/** One output format. Events arrive in input order; `finish` is called once, last. */
export interface Report {
  event(event: ReportEvent): Promise<void>;
  finish(summary: RunSummary): Promise<void>;
  /** Releases anything held (temporary files) when the run ends without `finish`. */
  discard?(): void;
}

/** `file:line` or `file (record n)`: where a record is, for people. */
export const placeText = (where: Where): string =>
  where.line === undefined ? `${where.file} (record ${where.index + 1})` : `${where.file}:${where.line}`;
