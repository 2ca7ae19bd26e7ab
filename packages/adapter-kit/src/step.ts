/**
 * What a helper of `map` that reads cells gives back: the value, or the reason code the
 * record must be rejected for and the field at fault (never the value). `map` turns a
 * rejection into `ctx.reject(step.reason, step.field)`; helpers that do not need `ctx` stay
 * plain functions that tests can call directly.
 */
export type Step<T, F extends string = string> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly reason: string; readonly field: F };

/** A step that succeeded with `value`. */
export const proceed = <T>(value: T): Step<T, never> => ({ ok: true, value });

/** A step that rejects the record with a reason code such as `incomplete-person`, at `field`. */
export const rejectAt = <F extends string>(reason: string, field: F): Step<never, F> => ({
  ok: false,
  reason,
  field,
});
