import {
  type CanonicalRecord,
  canonicalizeRecord,
  type InputLimits,
  inspectUntrustedInput,
  parseRecord,
  parseWith,
} from "@cse-flags/core";
import type { z } from "zod";
import type { Adapter, ConceptMaps } from "../define-adapter.js";
import { fromCoreIssues, type KitIssue, kitIssue } from "../issue.js";
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

const refPattern = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$/;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function recordIdOf(raw: unknown, field: string | undefined): string | undefined {
  if (field === undefined || !isPlainObject(raw) || !Object.hasOwn(raw, field)) return undefined;
  const value = raw[field];
  return typeof value === "string" && refPattern.test(value) ? value : undefined;
}

/** Adds the codes reported through the context to the record's own list, once each. */
function withUnmapped(record: unknown, reported: readonly UnmappedCode[]): unknown {
  if (reported.length === 0 || !isPlainObject(record) || !Array.isArray(record.unmappedCodes)) return record;
  const own = record.unmappedCodes as unknown[];
  const has = (u: UnmappedCode) =>
    own.some((o) => isPlainObject(o) && o.system === u.system && o.code === u.code && o.path === u.path);
  return { ...record, unmappedCodes: [...own, ...reported.filter((u) => !has(u))] };
}

/**
 * Maps one source record, never throwing: the input guard and the source schema first,
 * then the adapter's `map` (a throw is caught: `map_threw`), then core's `parseRecord`
 * and the adapter's identity. A mapped record comes out in canonical order
 * (`canonicalizeRecord`), whatever order `map` listed things in. Every issue names a path and a code, never a value.
 */
export function mapSourceRecord<S extends z.ZodType, M extends ConceptMaps>(
  adapter: Adapter<S, M>,
  raw: unknown,
  options: MapOptions = {},
): MapOutcome {
  const accessed = new Set<string>();
  const ctx = new RecordContext<M>(adapter);
  // Read nothing from the input before the guard has found it to be plain JSON data:
  // a getter or a proxy could throw, or change what it returns.
  const guardIssues = inspectUntrustedInput(raw, options.limits);
  const safe = guardIssues.length === 0;
  const fields = safe && isPlainObject(raw) ? Object.keys(raw) : [];
  const recordId = safe ? recordIdOf(raw, adapter.source.recordIdField) : undefined;
  const report = (): MapReport => {
    const base = {
      fields,
      accessed: [...accessed],
      ignored: [...ctx.ignored].map(([field, reason]) => ({ field, reason })),
      reported: [...ctx.reportedFields],
      unmapped: ctx.unmappedCodes,
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
    produced = adapter.map(trackFields(source.value as z.output<S>, accessed), ctx);
  } catch {
    return reject("map", [kitIssue([], "map_threw", "The adapter's map function threw")]);
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
  if (identity.length > 0) return reject("canonical", identity);
  return { status: "mapped", record, report: report() };
}
