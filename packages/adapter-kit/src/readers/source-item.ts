import { type KitIssue, kitIssue } from "../issue.js";

/** The formats source records come in. */
export type SourceFormat = "csv" | "ndjson" | "json-array";

export const sourceFormats: readonly SourceFormat[] = ["csv", "ndjson", "json-array"];

/** Where a record is in its input: its 0-based index among the records, and its first line. */
export interface SourcePosition {
  readonly index: number;
  readonly line?: number;
}

/**
 * What a reader yields, in input order:
 * - `record`: one source record, not yet validated (it may be any JSON value);
 * - `unreadable`: a record that could not be read (malformed, too long), with reasons;
 *   it still counts as a record read, so counts reconcile;
 * - `stopped`: the input cannot be read any further (not UTF-8, broken structure); last item.
 */
export type SourceItem =
  | { readonly kind: "record"; readonly position: SourcePosition; readonly value: unknown }
  | { readonly kind: "unreadable"; readonly position: SourcePosition; readonly issues: readonly KitIssue[] }
  | { readonly kind: "stopped"; readonly issue: KitIssue };

/** Longest record (CSV) or array element (JSON), in UTF-16 code units, unless configured. */
export const defaultMaxRecordLength = 1_048_576;

/** Deepest nesting inside one JSON record, matching core's input guard. */
export const defaultMaxDepth = 32;

/**
 * The item for one piece of JSON text: the parsed record, or `invalid_json` at its line.
 * `what` names the piece in the message ("Line", "Record").
 */
export function jsonItem(
  text: string,
  position: SourcePosition & { line: number },
  what: string,
): SourceItem {
  try {
    return { kind: "record", position, value: JSON.parse(text) as unknown };
  } catch {
    return {
      kind: "unreadable",
      position,
      issues: [kitIssue([], "invalid_json", `${what} is not valid JSON`, position.line)],
    };
  }
}
