import type { MissingPersonExportRow } from "./source-schema.js";

/**
 * What a helper that reads cells returns: the value, or why the row must be rejected and
 * which column is at fault. `map` turns a failure into `ctx.reject(reason, field)`; keeping
 * helpers free of `ctx` lets tests call them directly.
 */
export type Step<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly reason: string; readonly field: keyof MissingPersonExportRow };

export const ok = <T>(value: T): Step<T> => ({ ok: true, value });

export const fail = (reason: string, field: keyof MissingPersonExportRow): Step<never> => ({
  ok: false,
  reason,
  field,
});
