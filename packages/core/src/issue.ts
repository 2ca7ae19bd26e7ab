/** A step in a path into the input: an object key or an array index. */
export type PathSegment = string | number;

/**
 * Codes for problems found by validation and the untrusted-input guard (parse
 * functions). Stable: tools may switch on them.
 */
export type ParseIssueCode =
  | "invalid_type"
  | "invalid_value"
  | "invalid_format"
  | "too_small"
  | "too_big"
  | "unrecognized_key"
  | "invalid_union"
  | "custom"
  | "forbidden_key"
  | "too_deep"
  | "string_too_long"
  | "array_too_long"
  | "too_many_keys"
  | "too_many_nodes"
  | "not_json_value"
  | "unreadable_input";

/** Codes `compilePolicy` adds for a policy or overlay that is well formed but wrong. */
export type PolicyIssueCode =
  | "unknown_reference"
  | "duplicate_id"
  | "weakens_policy"
  | "needs_sexual_element"
  | "incompatible_version";

/** Codes `transition` adds for a marker change the lifecycle does not allow. */
export type TransitionIssueCode =
  | "transition_not_allowed"
  | "reviewer_required"
  | "reason_required"
  | "out_of_order";

/** Every issue code. Stable: tools may switch on them. */
export type IssueCode = ParseIssueCode | PolicyIssueCode | TransitionIssueCode;

/**
 * One problem with an input. The message never contains a value from the input:
 * only the path, a stable code, and words about what the schema expects.
 */
export interface Issue {
  readonly path: readonly PathSegment[];
  readonly code: IssueCode;
  readonly message: string;
}

export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** Renders a path as a JSON Pointer (RFC 6901), e.g. `/persons/0/dateOfBirth`. */
export function formatPath(path: readonly PathSegment[]): string {
  return path.map((segment) => `/${String(segment).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}
