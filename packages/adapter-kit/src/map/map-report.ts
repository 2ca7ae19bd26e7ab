import type { CanonicalRecord } from "@cse-flags/core";
import type { LookupNote } from "./record-context.js";

/** A source code with no mapping, as the canonical record holds it. */
export type UnmappedCode = CanonicalRecord["unmappedCodes"][number];

/**
 * What happened to the fields and codes of one record. Holds source codes and field
 * names (never other values): for reconciliation and the conformance suite, not for logs.
 */
export interface MapReport {
  /** Top-level fields of the source record as read. */
  readonly fields: readonly string[];
  /** Fields `map` read by name. */
  readonly accessed: readonly string[];
  /** Set when `map` listed the record's keys (a spread, `Object.keys`, `JSON.stringify`): then no read counts. */
  readonly bulkRead: boolean;
  readonly ignored: readonly { readonly field: string; readonly reason: string }[];
  /** Fields named in an unmapped-code report or a lookup. */
  readonly reported: readonly string[];
  readonly unmapped: readonly UnmappedCode[];
  /** Code systems (or `unreportable`) of reported codes that did not fit core's `UnmappedCode`: see `reportableCode`. */
  readonly unreportable: readonly string[];
  readonly lookups: readonly LookupNote[];
  /** The source record's id, when `recordIdField` names it and it is a short reference. */
  readonly recordId?: string;
}
