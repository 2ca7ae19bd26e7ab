import type { CodeOf } from "../concept-map/code-of.js";
import type { ConceptLookup } from "../concept-map/lookup.js";
import type { ConceptMaps, TargetOf } from "../define-adapter.js";

declare const rejectedBrand: unique symbol;

/** What `ctx.reject` returns; return it from `map`. */
export interface Rejected {
  readonly [rejectedBrand]: true;
  readonly reason: string;
}

/** What `map` is given besides the source record. Nothing in it is ever logged with values. */
export interface MapContext<M extends ConceptMaps> {
  /** The adapter's id and version, for `source.adapter` in the record. */
  readonly adapter: { readonly id: string; readonly version: string };
  /**
   * Looks a code up in one of the adapter's concept maps. A code with no entry is reported
   * as unmapped (system, code, `path`) and added to the record's `unmappedCodes`.
   */
  lookup<N extends keyof M & string>(
    conceptMap: N,
    code: string,
    path: string,
  ): ConceptLookup<TargetOf<M[N]>>;
  /**
   * The target code when the code is mapped by any relationship other than
   * `not-related-to`; otherwise `undefined` (and, when not yet mapped, reported).
   */
  target<N extends keyof M & string>(
    conceptMap: N,
    code: string,
    path: string,
  ): CodeOf<TargetOf<M[N]>> | undefined;
  /**
   * Reports a source code with no mapping. It is added to the record's `unmappedCodes`; a
   * system, code or path core's `UnmappedCode` cannot hold is written as `unreportable`
   * (and counted in the reconciliation), so the record is never lost over it.
   */
  unmapped(system: string, code: string, path: string): void;
  /**
   * Declares a field of the source record deliberately not mapped, with the reason: a code
   * such as `free-text` (lower case, digits, `-` and `_`). A name that is not a key of the
   * source record, or a reason that is not a code, is disregarded: the field stays unaccounted.
   */
  ignore(field: string, reason: string): void;
  /**
   * Rejects the record. `reason` is a stable code such as `no-victim` (lower case, digits,
   * `-` and `_`); `field` optionally names the source field at fault, and goes into the
   * issue's path only when it is a key of the source record. Never pass a value.
   */
  reject(reason: string, field?: string): Rejected;
}
