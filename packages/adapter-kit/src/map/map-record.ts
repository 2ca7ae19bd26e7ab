import {
  type CanonicalRecord,
  canonicalizeRecord,
  type InputLimits,
  inspectUntrustedInput,
  parseRecord,
  parseWith,
  Ref,
} from "@cse-flags/core";
import type { z } from "zod";
import { checkAdapter } from "../check-adapter.js";
import type { Adapter, ConceptMaps } from "../define-adapter.js";
import { fromCoreIssues, type KitIssue, kitIssue } from "../issue.js";
import { isPlainObject } from "../options.js";
import type { MapReport, UnmappedCode } from "./map-report.js";
import { RecordContext } from "./record-context.js";
import { trackFields } from "./track-fields.js";

/** Where a rejection happened: reading, the source schema, the adapter's `map`, or the core schema. */
export type RejectionStage = "read" | "source" | "map" | "canonical";

export type MapOutcome =
  | { readonly status: "mapped"; readonly record: CanonicalRecord; readonly report: MapReport }
  | {
      readonly status: "rejected";
      readonly stage: Exclude<RejectionStage, "read">;
      readonly issues: readonly KitIssue[];
      readonly report: MapReport;
    };

export interface MapOptions {
  /** Size and nesting limits for the source record (core's input guard). */
  readonly limits?: Partial<InputLimits>;
}

function recordIdOf(raw: unknown, field: string | undefined): string | undefined {
  if (field === undefined || !isPlainObject(raw) || !Object.hasOwn(raw, field)) return undefined;
  const value = raw[field];
  return Ref.safeParse(value).success ? (value as string) : undefined;
}

/** Adds the codes reported through the context to the record's own list, once each. */
function withUnmapped(record: unknown, reported: readonly UnmappedCode[]): unknown {
  if (reported.length === 0 || !isPlainObject(record) || !Array.isArray(record.unmappedCodes)) return record;
  const own = record.unmappedCodes as unknown[];
  const has = (u: UnmappedCode) =>
    own.some((o) => isPlainObject(o) && o.system === u.system && o.code === u.code && o.path === u.path);
  return { ...record, unmappedCodes: [...own, ...reported.filter((u) => !has(u))] };
}

const usableOptions = (options: unknown): options is MapOptions =>
  isPlainObject(options) && (options.limits === undefined || isPlainObject(options.limits));

/** Definitions already checked: an adapter maps many records, and is checked once. */
const checked = new WeakMap<object, readonly KitIssue[]>();

function definitionIssues(adapter: unknown): readonly KitIssue[] {
  if (typeof adapter !== "object" || adapter === null) return checkAdapter(adapter);
  let issues = checked.get(adapter);
  if (issues === undefined) {
    issues = checkAdapter(adapter);
    checked.set(adapter, issues);
  }
  return issues;
}

/** A promise (or any thenable) from `map`: its rejection is caught here, so it never goes unhandled. */
function isThenable(value: unknown): boolean {
  if ((typeof value !== "object" && typeof value !== "function") || value === null) return false;
  try {
    const then = (value as { then?: unknown }).then;
    if (typeof then !== "function") return false;
    then.call(value, undefined, () => {});
    return true;
  } catch {
    return true;
  }
}

/**
 * Maps one source record, never throwing: the input guard and the source schema first,
 * then the adapter's `map` (a throw is caught: `map_threw`; a promise is refused:
 * `map_returned_promise`, since `map` must be synchronous), then core's `parseRecord` and
 * the adapter's identity, and that the record's `source.recordId` is the source record's
 * `recordIdField` when that holds a reference (`record_id_mismatch`). A mapped record comes
 * out in canonical order (`canonicalizeRecord`), whatever order `map` listed things in.
 * An invalid adapter definition or options reject the record with `invalid_adapter` or
 * `invalid_options`. Every issue names a path and a code, never a value.
 */
export function mapSourceRecord<S extends z.ZodType, M extends ConceptMaps>(
  adapter: Adapter<S, M>,
  raw: unknown,
  options: MapOptions = {},
): MapOutcome {
  const empty: MapReport = {
    fields: [],
    accessed: [],
    bulkRead: false,
    ignored: [],
    reported: [],
    unmapped: [],
    unreportable: [],
    lookups: [],
  };
  const badDefinition = definitionIssues(adapter);
  if (badDefinition.length > 0)
    return { status: "rejected", stage: "map", issues: badDefinition, report: empty };
  if (!usableOptions(options)) {
    const issue = kitIssue(["options"], "invalid_options", "Expected map options such as { limits }");
    return { status: "rejected", stage: "map", issues: [issue], report: empty };
  }
  try {
    return mapChecked(adapter, raw, options);
  } catch {
    // Only a definition that changed after it was checked gets here.
    const issue = kitIssue([], "invalid_adapter", "The adapter definition could not be used");
    return { status: "rejected", stage: "map", issues: [issue], report: empty };
  }
}

function mapChecked<S extends z.ZodType, M extends ConceptMaps>(
  adapter: Adapter<S, M>,
  raw: unknown,
  options: MapOptions,
): MapOutcome {
  const accessed = new Set<string>();
  const bulk = { read: false };
  // Read nothing from the input before the guard has found it to be plain JSON data:
  // a getter or a proxy could throw, or change what it returns.
  const guardIssues = inspectUntrustedInput(raw, options.limits);
  const safe = guardIssues.length === 0;
  const fields = safe && isPlainObject(raw) ? Object.keys(raw) : [];
  const ctx = new RecordContext<M>(adapter, fields);
  const recordId = safe ? recordIdOf(raw, adapter.source.recordIdField) : undefined;
  const report = (): MapReport => {
    const base = {
      fields,
      accessed: [...accessed],
      bulkRead: bulk.read,
      ignored: [...ctx.ignored].map(([field, reason]) => ({ field, reason })),
      reported: [...ctx.reportedFields],
      unmapped: ctx.unmappedCodes,
      unreportable: ctx.unreportable,
      lookups: ctx.lookups,
    };
    return recordId === undefined ? base : { ...base, recordId };
  };
  const reject = (stage: Exclude<RejectionStage, "read">, issues: readonly KitIssue[]): MapOutcome => ({
    status: "rejected",
    stage,
    issues,
    report: report(),
  });
  if (!safe) return reject("source", fromCoreIssues(guardIssues));
  const source = parseWith(
    adapter.source.schema,
    raw,
    options.limits === undefined ? {} : { limits: options.limits },
  );
  if (!source.ok) return reject("source", fromCoreIssues(source.issues));
  let produced: unknown;
  try {
    produced = adapter.map(trackFields(source.value as z.output<S>, accessed, bulk), ctx);
  } catch {
    return reject("map", [kitIssue([], "map_threw", "The adapter's map function threw")]);
  }
  if (isThenable(produced)) {
    return reject("map", [
      kitIssue(
        [],
        "map_returned_promise",
        "The adapter's map function returned a promise: it must be synchronous",
      ),
    ]);
  }
  if (ctx.rejection) return reject("map", [ctx.rejection]);
  const canonical = parseRecord(withUnmapped(produced, ctx.unmappedCodes));
  if (!canonical.ok) return reject("canonical", fromCoreIssues(canonical.issues));
  // In canonical order, so the evidence paths of a policy decision point into the record as stored.
  const record = canonicalizeRecord(canonical.value);
  const identity: KitIssue[] = [];
  if (record.source.adapter.id !== adapter.id || record.source.adapter.version !== adapter.version) {
    identity.push(
      kitIssue(["source", "adapter"], "adapter_mismatch", "The record names another adapter or version"),
    );
  }
  if (record.kind !== adapter.recordKind) {
    identity.push(kitIssue(["kind"], "kind_mismatch", "The record's kind is not the adapter's record kind"));
  }
  if (recordId !== undefined && record.source.recordId !== recordId) {
    identity.push(
      kitIssue(
        ["source", "recordId"],
        "record_id_mismatch",
        "The record's source.recordId is not the source record's id field",
      ),
    );
  }
  if (identity.length > 0) return reject("canonical", identity);
  return { status: "mapped", record, report: report() };
}
