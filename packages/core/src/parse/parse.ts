import type { z } from "zod";
import type { Issue, Result } from "../issue.js";
import { CanonicalRecord } from "../schemas/canonical-record.js";
import { Marker, MarkerTransition } from "../schemas/marker.js";
import { checkTaxonomy } from "../taxonomy/check-taxonomy.js";
import { TaxonomyDocument } from "../taxonomy/taxonomy-schema.js";
import { type InputLimits, inspectUntrustedInput } from "./guard.js";
import { fromZodIssues } from "./zod-issues.js";

export interface ParseOptions {
  /** Limits on size and nesting applied before validation. */
  readonly limits?: Partial<InputLimits>;
}

const fail = (issues: readonly Issue[]): Result<never> => ({ ok: false, issues });

/**
 * Validates untrusted input against a schema and never throws. The input is first
 * checked to be plain JSON data within the size and nesting limits (no
 * `__proto__`/`constructor` keys, no class instances), so a hostile value is
 * refused before the schema sees it. Issues name paths and codes, never values.
 */
export function parseWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
  options: ParseOptions = {},
): Result<z.output<S>> {
  // Options may come from untyped callers: anything but an object means the defaults.
  const limits = typeof options === "object" && options !== null ? options.limits : undefined;
  const guardIssues = inspectUntrustedInput(input, limits);
  if (guardIssues.length > 0) return fail(guardIssues);
  try {
    const parsed = schema.safeParse(input);
    return parsed.success ? { ok: true, value: parsed.data } : fail(fromZodIssues(parsed.error.issues));
  } catch {
    return fail([{ path: [], code: "unreadable_input", message: "Input could not be validated" }]);
  }
}

/** Validates a canonical record. */
export const parseRecord = (input: unknown, options?: ParseOptions): Result<CanonicalRecord> =>
  parseWith(CanonicalRecord, input, options);

/** Validates a marker with its history. */
export const parseMarker = (input: unknown, options?: ParseOptions): Result<Marker> =>
  parseWith(Marker, input, options);

/** Validates one marker transition on its own (use `parseMarker` to check a whole history). */
export const parseMarkerTransition = (input: unknown, options?: ParseOptions): Result<MarkerTransition> =>
  parseWith(MarkerTransition, input, options);

/** Validates a taxonomy document: its shape, then the references between its code sets. */
export function parseTaxonomy(input: unknown, options?: ParseOptions): Result<TaxonomyDocument> {
  const parsed = parseWith(TaxonomyDocument, input, options);
  if (!parsed.ok) return parsed;
  const issues = checkTaxonomy(parsed.value);
  return issues.length > 0 ? fail(issues) : parsed;
}
