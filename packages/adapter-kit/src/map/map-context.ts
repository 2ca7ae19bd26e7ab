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
  /** Reports a source code with no mapping. It is added to the record's `unmappedCodes`. */
  unmapped(system: string, code: string, path: string): void;
  /** Declares a source field deliberately not mapped, with the reason (a short phrase, no values). */
  ignore(field: string, reason: string): void;
  /**
   * Rejects the record. `reason` is a stable code such as `no-victim` (lower case, digits,
   * `-` and `_`); `field` optionally names the source field at fault. Never pass a value.
   */
  reject(reason: string, field?: string): Rejected;
}
