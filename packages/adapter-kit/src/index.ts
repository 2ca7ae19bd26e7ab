/**
 * @cse-flags/adapter-kit: write adapters that map a police system's export onto the
 * canonical record, losing nothing.
 *
 * - `defineAdapter`: a typed identity function for an adapter definition;
 * - concept maps (`conceptMap`, `parseConceptMap`, `parseConceptMapCsv`, `loadConceptMapFile`);
 * - streaming readers for CSV, NDJSON and JSON arrays;
 * - `runAdapter`: mapped records or rejections, then a reconciliation.
 *
 * The conformance suite is at `@cse-flags/adapter-kit/conformance`.
 */

export {
  type AdapterOptions,
  type AdapterOptionsSpec,
  type ResolvedAdapterOptions,
  resolveAdapterOptions,
} from "./adapter-options.js";
export { assertAdapter, checkAdapter } from "./check-adapter.js";
export {
  bundledConceptMaps,
  type ConceptMapsFor,
  type ConceptMapTargets,
} from "./concept-map/bundled-concept-maps.js";
export type { CodeOf } from "./concept-map/code-of.js";
export type { ConceptMap, ConceptMapEntry, MappedEntry, NoMapEntry } from "./concept-map/concept-map.js";
export { loadConceptMapFile } from "./concept-map/load-concept-map-file.js";
export { type ConceptLookup, lookupCode } from "./concept-map/lookup.js";
export {
  type ConceptMapExpectation,
  conceptMap,
  parseConceptMap,
  parseConceptMapJson,
} from "./concept-map/parse-concept-map.js";
export {
  type ConceptMapCsvMeta,
  conceptMapCsvColumns,
  conceptMapFromCsv,
  noMapCell,
  parseConceptMapCsv,
} from "./concept-map/parse-concept-map-csv.js";
export { ConceptMapDocument } from "./concept-map/schema.js";
export {
  type Adapter,
  type CodeField,
  type ConceptMaps,
  defineAdapter,
  type RecordKindName,
  type SourceSpec,
  type TargetOf,
} from "./define-adapter.js";
export {
  AdapterKitError,
  describeIssue,
  type KitIssue,
  type KitIssueCode,
  type KitResult,
} from "./issue.js";
export type { MapContext, Rejected } from "./map/map-context.js";
export { type MapOptions, type MapOutcome, mapSourceRecord, type RejectionStage } from "./map/map-record.js";
export type { MapReport } from "./map/map-report.js";
export type { LookupNote } from "./map/record-context.js";
export {
  type GatheredPersons,
  gatherPersons,
  gatherPersonsReasons,
  type PersonGroup,
} from "./persons/gather-persons.js";
export type { CsvOptions } from "./readers/read-csv.js";
export { readCsv } from "./readers/read-csv.js";
export { type JsonArrayOptions, readJsonArray } from "./readers/read-json-array.js";
export {
  defaultMaxLineLength,
  type NdjsonLineItem,
  type NdjsonOptions,
  type NdjsonPosition,
  parseNdjsonLine,
  readNdjson,
  readNdjsonLines,
} from "./readers/read-ndjson.js";
export { type ReaderOptions, readSource } from "./readers/read-source.js";
export {
  defaultMaxDepth,
  defaultMaxRecordLength,
  type SourceFormat,
  type SourceItem,
  type SourcePosition,
  sourceFormats,
} from "./readers/source-item.js";
export type { TextChunk, TextInput } from "./readers/text-input.js";
export { type Count, Reconciler, type Reconciliation, unaccountedFields } from "./run/reconciliation.js";
export {
  type AdapterInput,
  type RecordsInput,
  type RunEvent,
  type RunOptions,
  reconcile,
  runAdapter,
} from "./run/run-adapter.js";
export { ukDateCell, ukDateTimeCell, yesNoCell } from "./source-values/cells.js";
export { firstBlankCell, readColumnGroup } from "./source-values/column-group.js";
export {
  type DateOfBirthProblem,
  dateOfBirthProblem,
  dateOfBirthProblems,
} from "./source-values/date-of-birth.js";
export { splitCell } from "./source-values/split-cell.js";
export { fromUkDate, fromUkDateTime } from "./source-values/uk-dates.js";
export { fromYesNo } from "./source-values/yes-no.js";
export { proceed, rejectAt, type Step } from "./step.js";
