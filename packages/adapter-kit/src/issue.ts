import { formatPath, type Issue, type IssueCode, type PathSegment } from "@cse-flags/core";

/**
 * Codes the kit adds to core's issue codes. Stable: tools may switch on them.
 * Like core's, they describe where and what, never the value found.
 */
export type KitIssueCode =
  // reading sources
  | "invalid_json"
  | "invalid_utf8"
  | "invalid_chunk"
  | "not_json_array"
  | "trailing_content"
  | "unexpected_end"
  | "record_too_long"
  | "line_too_long"
  | "unterminated_quote"
  | "invalid_quote"
  | "wrong_field_count"
  | "empty_header"
  | "duplicate_header"
  | "missing_header"
  | "not_an_object"
  | "input_failed"
  // mapping
  | "map_threw"
  | "map_returned_promise"
  | "record_id_mismatch"
  | "adapter_rejected"
  | "invalid_rejection_code"
  | "adapter_mismatch"
  | "kind_mismatch"
  // concept maps
  | "duplicate_code"
  | "unknown_target"
  | "comment_required"
  | "target_not_allowed"
  // definitions and options
  | "invalid_options"
  | "invalid_adapter";

/**
 * One problem, in core's `Issue` shape with the kit's codes added. `line` is the 1-based
 * line of the source text where the problem is, when there is one.
 */
export interface KitIssue {
  readonly path: readonly PathSegment[];
  readonly code: IssueCode | KitIssueCode;
  readonly message: string;
  readonly line?: number;
  /** For `adapter_rejected`: the adapter's own reason code, e.g. `no-victim`. */
  readonly reason?: string;
}

export type KitResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly KitIssue[] };

export const kitIssue = (
  path: readonly PathSegment[],
  code: KitIssue["code"],
  message: string,
  line?: number,
): KitIssue => (line === undefined ? { path, code, message } : { path, code, message, line });

/** Core issues are kit issues: the same shape with a narrower code. */
export const fromCoreIssues = (issues: readonly Issue[]): KitIssue[] =>
  issues.map(({ path, code, message }) => ({ path, code, message }));

/**
 * Thrown for mistakes in code rather than data: an invalid adapter definition, invalid
 * reader options, an invalid concept map given as a value. Data problems (a bad record, a
 * bad concept-map file read with `parseConceptMap`) come back as results instead.
 */
export class AdapterKitError extends Error {
  override readonly name = "AdapterKitError";
  readonly issues: readonly KitIssue[];

  constructor(summary: string, issues: readonly KitIssue[]) {
    super(`${summary}: ${issues.map(describeIssue).join("; ")}`);
    this.issues = issues;
  }
}

const isIssue = (value: unknown): value is KitIssue => {
  if (typeof value !== "object" || value === null) return false;
  const { path, code, message, line } = value as Record<string, unknown>;
  return (
    Array.isArray(path) &&
    path.every((s) => typeof s === "string" || (typeof s === "number" && Number.isInteger(s))) &&
    typeof code === "string" &&
    typeof message === "string" &&
    (line === undefined || typeof line === "number")
  );
};

/**
 * `/path code: message (line n)`: safe to log, since issues never hold values. Throws
 * `AdapterKitError` for a value that is not an issue.
 */
export function describeIssue(issue: KitIssue): string {
  if (!isIssue(issue)) {
    throw new AdapterKitError("Not an issue", [
      kitIssue([], "invalid_type", "Expected { path, code, message }"),
    ]);
  }
  const where = issue.path.length === 0 ? "/" : formatPath(issue.path);
  const line = issue.line === undefined ? "" : ` (line ${issue.line})`;
  return `${where} ${issue.code}: ${issue.message}${line}`;
}
