import { formatPath, type PathSegment } from "@cse-flags/core";

/**
 * A problem with one record or document, as the command reports it: a JSON Pointer, a
 * stable code, and a message written by this project. Built only from core's and the
 * adapter kit's issues, whose messages never quote a value.
 */
export interface CliIssue {
  /** JSON Pointer into the record (or the source row, for an adapter), `""` for the whole of it. */
  readonly path: string;
  readonly code: string;
  /** An adapter's own reason code, for `adapter_rejected`. */
  readonly reason?: string;
  readonly message: string;
  /** The 1-based line in the file the problem is on, when the reader knows it. */
  readonly line?: number;
}

interface AnyIssue {
  readonly path: readonly PathSegment[];
  readonly code: string;
  readonly message: string;
  readonly line?: number;
  readonly reason?: string;
}

/** Core or kit issues in the command's shape. */
export function toCliIssues(issues: readonly AnyIssue[]): CliIssue[] {
  return issues.map(({ path, code, message, line, reason }) => ({
    path: formatPath(path),
    code,
    ...(reason === undefined ? {} : { reason }),
    message,
    ...(line === undefined ? {} : { line }),
  }));
}

/** `code` or `code:reason`: how an issue's code is printed and counted. */
export const issueCodeText = (issue: CliIssue): string =>
  issue.reason === undefined ? issue.code : `${issue.code}:${issue.reason}`;

/** `/path code: message`, or `code: message` for the whole record: one line, no values. */
export const describeCliIssue = (issue: CliIssue): string =>
  `${issue.path === "" ? "" : `${issue.path} `}${issueCodeText(issue)}: ${issue.message}`;
