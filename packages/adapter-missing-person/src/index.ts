/**
 * @cse-flags/adapter-missing-person: maps the missing-person reference export (CSV or JSON)
 * onto canonical missing-person records. See docs/formats/missing-person.md for the format.
 */
export { createMissingPersonAdapter, type MissingPersonAdapter } from "./adapter.js";
export { conceptMapTargets, type DefaultMaps, missingPersonConceptMaps } from "./concept-maps.js";
export type { MissingPersonAdapterOptions } from "./options.js";
export { MissingPersonExportRow, missingPersonExportColumns } from "./source-schema.js";
