import type { CanonicalRecord, CodeSetId } from "@cse-flags/core";
import type { z } from "zod";
import type { ConceptMap } from "./concept-map/concept-map.js";
import type { MapContext, Rejected } from "./map/map-context.js";
import type { ReaderOptions } from "./readers/read-source.js";
import type { SourceFormat } from "./readers/source-item.js";

/** An adapter's concept maps, by the name its `map` function uses to look codes up. */
export type ConceptMaps = Readonly<Record<string, ConceptMap>>;

/** The taxonomy code set a concept map targets. */
export type TargetOf<C> = C extends ConceptMap<infer K> ? K : CodeSetId;

/**
 * A source field that holds codes of a concept map's source system: a string (one code, or
 * several with a separator) or an array of strings.
 */
export interface CodeField<M extends ConceptMaps> {
  readonly conceptMap: keyof M & string;
  /** Splits a cell holding several codes, e.g. `;`. Codes are trimmed; empty ones skipped. */
  readonly separator?: string;
}

/** What the source looks like: its records' schema and the formats they come in. */
export interface SourceSpec<S extends z.ZodType> {
  /**
   * The zod schema of one source record as read (for CSV, every field is a string).
   * Records that fail it are rejected with its issues, before `map` sees them.
   */
  readonly schema: S;
  readonly formats: readonly [SourceFormat, ...SourceFormat[]];
  /** Reader options for this source, e.g. `{ csv: { delimiter: ";" } }`. */
  readonly reader?: ReaderOptions;
  /** The field holding the source record's id; the conformance suite checks it survives into `source.recordId`. */
  readonly recordIdField?: string;
  /**
   * Fields holding codes to look up; conformance checks every code in them is mapped or
   * reported. Typed loosely here so that adapters with different concept maps share one
   * `Adapter` type (a registry can hold them all); `defineAdapter` checks the names against
   * the adapter's own concept maps, and `checkAdapter` at run time.
   */
  readonly codeFields?: Readonly<Record<string, CodeField<ConceptMaps>>>;
}

/** The canonical record kinds: the taxonomy's, or a local `x-` kind. */
export type RecordKindName = CanonicalRecord["kind"];

/**
 * An adapter: how to read one kind of source system's export and turn each of its records
 * into a canonical record. `map` must be pure and deterministic: same source record, same
 * result. It may return a record, or `ctx.reject(reason)`; it should not throw (a throw is
 * caught and the record rejected with `map_threw`).
 */
export interface Adapter<S extends z.ZodType = z.ZodType, M extends ConceptMaps = ConceptMaps> {
  /** Written into every record's `source.adapter.id`. */
  readonly id: string;
  /** Semver; written into every record's `source.adapter.version`. */
  readonly version: string;
  readonly recordKind: RecordKindName;
  readonly source: SourceSpec<S>;
  readonly conceptMaps: M;
  map(record: z.output<S>, ctx: MapContext<M>): CanonicalRecord | Rejected;
}

/**
 * Defines an adapter. A typed identity function: it returns its argument, and exists so
 * that TypeScript infers the source record's type from the schema and the concept-map
 * names from `conceptMaps`. `runAdapter` and the conformance suite check the definition.
 */
export function defineAdapter<S extends z.ZodType, const M extends ConceptMaps>(
  adapter: Adapter<S, M> & {
    readonly source: { readonly codeFields?: Readonly<Record<string, CodeField<M>>> };
  },
): Adapter<S, M> {
  return adapter;
}
